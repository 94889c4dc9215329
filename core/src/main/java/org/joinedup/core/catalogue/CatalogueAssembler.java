package org.joinedup.core.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joinedup.core.framework.Framework;
import org.joinedup.core.framework.FrameworkBox;
import org.joinedup.core.framework.Layer;
import org.joinedup.core.framework.Link;

/** Checks new boxes, links and metrics against a base catalogue and each other, then joins them. */
final class CatalogueAssembler {
    private final Catalogue base;
    private final List<CatalogueProblem> problems;

    CatalogueAssembler(Catalogue base, List<CatalogueProblem> problems) {
        this.base = base;
        this.problems = problems;
    }

    Catalogue assemble(
            List<Entry<FrameworkBox>> boxes, List<Entry<Link>> links, List<Entry<MetricDefinition>> metrics) {
        Map<String, FrameworkBox> allBoxes = new HashMap<>();
        base.framework().boxes().forEach(b -> allBoxes.put(b.id(), b));
        List<FrameworkBox> newBoxes = new ArrayList<>();
        for (Entry<FrameworkBox> e : boxes) {
            if (allBoxes.putIfAbsent(e.id(), e.value()) != null) {
                problems.add(e.problem("id", e.id(), "box " + e.id() + " is already defined"));
            } else {
                newBoxes.add(e.value());
            }
        }
        for (Entry<FrameworkBox> e : boxes) {
            String parent = e.value().parent();
            if (parent != null && !allBoxes.containsKey(parent)) {
                problems.add(e.problem("parent", parent, "no framework box has this id"));
            }
        }
        Map<String, List<Link>> newLinks = new LinkedHashMap<>();
        for (Entry<Link> e : links) {
            if (!allBoxes.containsKey(e.id())) {
                problems.add(e.problem("box", e.id(), "no framework box has this id"));
            } else {
                newLinks.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e.value());
            }
        }
        Map<String, List<MetricDefinition>> versions = new LinkedHashMap<>();
        base.metrics().forEach(m -> versions.put(m.id(), new ArrayList<>(m.versions())));
        for (Entry<MetricDefinition> e : metrics) {
            checkReferences(e, allBoxes);
            checkVersion(e, versions.computeIfAbsent(e.id(), k -> new ArrayList<>()));
        }
        if (!problems.isEmpty()) {
            throw new CatalogueException(problems);
        }
        Framework framework = base.framework().plus(newBoxes, newLinks);
        Map<String, Metric> merged = new LinkedHashMap<>();
        versions.forEach((id, list) -> merged.put(id, new Metric(id, list)));
        return new Catalogue(framework, merged);
    }

    private void checkReferences(Entry<MetricDefinition> e, Map<String, FrameworkBox> boxes) {
        check(e, "outcomes", e.value().outcomes(), Layer.OUTCOME, boxes);
        check(e, "impacts", e.value().impacts(), Layer.IMPACT, boxes);
    }

    private void check(
            Entry<MetricDefinition> e, String field, List<String> ids, Layer layer, Map<String, FrameworkBox> boxes) {
        for (String id : ids) {
            FrameworkBox box = boxes.get(id);
            if (box == null) {
                problems.add(e.problem(field, id, "no framework box has this id"));
            } else if (box.layer() != layer) {
                problems.add(e.problem(
                        field, id, "box " + id + " is a " + box.layer().csvName() + ", not an " + layer.csvName()));
            }
        }
    }

    private void checkVersion(Entry<MetricDefinition> e, List<MetricDefinition> existing) {
        MetricDefinition d = e.value();
        for (MetricDefinition other : existing) {
            if (other.version() == d.version()) {
                problems.add(e.problem(
                        "version",
                        Integer.toString(d.version()),
                        "metric " + d.id() + " version " + d.version() + " is already defined"));
                return;
            }
            if (other.overlaps(d)) {
                problems.add(e.problem(
                        "valid_from",
                        d.validityLabel(),
                        "overlaps version " + other.version() + " (" + other.validityLabel()
                                + "): versions of a metric cannot apply to the same year"));
                return;
            }
        }
        existing.add(d);
    }
}
