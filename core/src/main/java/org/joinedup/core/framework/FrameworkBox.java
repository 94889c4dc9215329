package org.joinedup.core.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One box of the logic model, e.g. outcome statement {@code S5}. {@code parent} is null for top-level
 * boxes; {@code source} names the document the text comes from.
 */
public record FrameworkBox(
        String id, Layer layer, String group, String parent, String text, String source, List<Link> links) {
    public FrameworkBox {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a framework box needs an id");
        }
        Objects.requireNonNull(layer, "layer");
        if (group == null || group.isBlank()) {
            throw new IllegalArgumentException("box " + id + " needs a group");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("box " + id + " needs text");
        }
        parent = parent == null || parent.isBlank() ? null : parent;
        source = source == null ? "" : source;
        links = List.copyOf(links);
    }

    public FrameworkBox withLinks(List<Link> more) {
        List<Link> all = new ArrayList<>(links);
        all.addAll(more);
        return new FrameworkBox(id, layer, group, parent, text, source, all);
    }
}
