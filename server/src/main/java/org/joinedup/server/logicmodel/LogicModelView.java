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
}
