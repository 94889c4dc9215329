package org.joinedup.core.catalogue;

import java.util.List;
import java.util.Map;
import org.joinedup.core.framework.FrameworkBox;
import org.joinedup.core.framework.Link;

/**
 * What a local area adds to a catalogue: new boxes, links for any box (by box id) and new metrics or
 * new versions of existing ones. Checked when merged with {@link Catalogue#merge}.
 */
public record CatalogueExtension(
        List<FrameworkBox> boxes, Map<String, List<Link>> links, List<MetricDefinition> metrics) {
    public CatalogueExtension {
        boxes = List.copyOf(boxes);
        links = Map.copyOf(links);
        metrics = List.copyOf(metrics);
    }
}
