package org.joinedup.server.logicmodel;

import java.util.List;
import java.util.Optional;

/**
 * The logic model for an area and period: its layers, the chosen box's detail when one is chosen, and a note
 * when the figures could not be read.
 */
public record LogicModelView(List<LayerView> layers, BoxDetail detail, String figuresNote) {
    public LogicModelView {
        layers = List.copyOf(layers);
    }

    public Optional<BoxDetail> chosen() {
        return Optional.ofNullable(detail);
    }

    /** Every box of the diagram, groups first within their layer, in the model's order. */
    public List<BoxView> boxes() {
        return layers.stream()
                .flatMap(l -> java.util.stream.Stream.concat(
                        l.groups().stream()
                                .flatMap(g -> java.util.stream.Stream.concat(
                                        java.util.stream.Stream.of(g.box()), g.items().stream())),
                        l.boxes().stream()))
                .toList();
    }
}
