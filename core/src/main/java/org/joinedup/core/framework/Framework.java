package org.joinedup.core.framework;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The logic model: its boxes in file order, by id, by layer and by group. */
public final class Framework {
    private final Map<String, FrameworkBox> boxes;

    private Framework(Map<String, FrameworkBox> boxes) {
        this.boxes = boxes;
    }

    public static Framework empty() {
        return new Framework(Map.of());
    }

    /**
     * @throws IllegalArgumentException when an id repeats or a parent is not a box
     */
    public static Framework of(Collection<FrameworkBox> boxes) {
        Map<String, FrameworkBox> byId = new LinkedHashMap<>();
        for (FrameworkBox box : boxes) {
            if (byId.putIfAbsent(box.id(), box) != null) {
                throw new IllegalArgumentException("framework box " + box.id() + " appears more than once");
            }
        }
        for (FrameworkBox box : byId.values()) {
            if (box.parent() != null && !byId.containsKey(box.parent())) {
                throw new IllegalArgumentException("box " + box.id() + " has unknown parent " + box.parent());
            }
        }
        return new Framework(java.util.Collections.unmodifiableMap(byId));
    }

    public Optional<FrameworkBox> box(String id) {
        return Optional.ofNullable(boxes.get(id));
    }

    public boolean contains(String id) {
        return boxes.containsKey(id);
    }

    /** Every box in the order it was defined. */
    public List<FrameworkBox> boxes() {
        return List.copyOf(boxes.values());
    }

    public List<FrameworkBox> boxes(Layer layer) {
        return boxes.values().stream().filter(b -> b.layer() == layer).toList();
    }

    public List<FrameworkBox> boxes(Layer layer, String group) {
        return boxes.values().stream()
                .filter(b -> b.layer() == layer && b.group().equals(group))
                .toList();
    }

    /** The groups of a layer in the order they first appear. */
    public List<String> groups(Layer layer) {
        return boxes(layer).stream().map(FrameworkBox::group).distinct().toList();
    }

    /** The outcome statements (P1-P6, S1-S5, Y1-Y4 in the built-in model) in order. */
    public List<FrameworkBox> outcomes() {
        return boxes(Layer.OUTCOME);
    }

    public List<FrameworkBox> children(String id) {
        return boxes.values().stream().filter(b -> id.equals(b.parent())).toList();
    }

    /**
     * This framework with the extension's boxes added after its own and links attached.
     *
     * @throws IllegalArgumentException when the extension redefines a box
     */
    public Framework plus(Collection<FrameworkBox> newBoxes, Map<String, List<Link>> newLinks) {
        List<FrameworkBox> all = new ArrayList<>(boxes.values());
        all.addAll(newBoxes);
        Framework merged = of(all);
        Map<String, FrameworkBox> linked = new LinkedHashMap<>(merged.boxes);
        newLinks.forEach((id, links) -> {
            FrameworkBox box = linked.get(id);
            if (box == null) {
                throw new IllegalArgumentException("links name unknown box " + id);
            }
            linked.put(id, box.withLinks(links));
        });
        return new Framework(java.util.Collections.unmodifiableMap(linked));
    }
}
