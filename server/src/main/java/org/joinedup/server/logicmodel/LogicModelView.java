package org.joinedup.server.logicmodel;

import java.util.List;

/**
 * The logic model for an area and period: its layers, the chosen box's detail when one is chosen (else null),
 * and a note when the figures could not be read (else null).
 */
public record LogicModelView(List<LayerView> layers, BoxDetail detail, String figuresNote) {
    public LogicModelView {
        layers = List.copyOf(layers);
    }
}
