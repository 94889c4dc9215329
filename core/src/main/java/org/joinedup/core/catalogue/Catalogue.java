package org.joinedup.core.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joinedup.core.framework.Framework;

/** The logic model and the metrics attached to it. Immutable. */
public final class Catalogue {
    private static final Catalogue EMPTY = new Catalogue(Framework.empty(), Map.of());

    private final Framework framework;
    private final Map<String, Metric> metrics;

    Catalogue(Framework framework, Map<String, Metric> metrics) {
        this.framework = framework;
        this.metrics = Collections.unmodifiableMap(metrics);
    }

    public static Catalogue empty() {
        return EMPTY;
    }

    /**
     * @throws CatalogueException listing every unknown outcome or impact, repeated version and overlap
     */
    public static Catalogue of(Framework framework, Collection<MetricDefinition> definitions) {
        List<Entry<MetricDefinition>> entries = new ArrayList<>();
        definitions.forEach(d -> entries.add(new Entry<>("", 0, d.id(), d)));
        Catalogue withFramework = new Catalogue(framework, Map.of());
        return new CatalogueAssembler(withFramework, new ArrayList<>()).assemble(List.of(), List.of(), entries);
    }

    /**
     * The base with a local extension's boxes, links and metrics added.
     *
     * @throws CatalogueException when the extension redefines a box or a metric version, overlaps an
     *     existing version or names an unknown box
     */
    public static Catalogue merge(Catalogue base, CatalogueExtension extension) {
        List<Entry<org.joinedup.core.framework.FrameworkBox>> boxes = new ArrayList<>();
        extension.boxes().forEach(b -> boxes.add(new Entry<>("extension", 0, b.id(), b)));
        List<Entry<org.joinedup.core.framework.Link>> links = new ArrayList<>();
        extension.links().forEach((box, list) -> list.forEach(l -> links.add(new Entry<>("extension", 0, box, l))));
        List<Entry<MetricDefinition>> defs = new ArrayList<>();
        extension.metrics().forEach(d -> defs.add(new Entry<>("extension", 0, d.id(), d)));
        return new CatalogueAssembler(base, new ArrayList<>()).assemble(boxes, links, defs);
    }

    public Framework framework() {
        return framework;
    }

    public Optional<Metric> metric(String id) {
        return Optional.ofNullable(metrics.get(id));
    }

    public Optional<MetricDefinition> definition(String metricId, int version) {
        return metric(metricId).flatMap(m -> m.version(version));
    }

    /** Every metric in the order first defined. */
    public List<Metric> metrics() {
        return List.copyOf(metrics.values());
    }

    /** Metrics any version of which measures the outcome statement (e.g. "S5"). */
    public List<Metric> metricsForOutcome(String boxId) {
        return metrics.values().stream()
                .filter(m -> m.versions().stream().anyMatch(d -> d.outcomes().contains(boxId)))
                .toList();
    }

    /** Metrics any version of which belongs to the set (e.g. "bcf"). */
    public List<Metric> metricsInSet(String set) {
        return metrics.values().stream()
                .filter(m -> m.versions().stream().anyMatch(d -> d.sets().contains(set)))
                .toList();
    }
}
