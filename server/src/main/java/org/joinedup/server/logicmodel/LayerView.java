package org.joinedup.server.logicmodel;

import java.util.List;

/**
 * One layer of the logic model, read top to bottom: enablers, components, outcomes, impacts.
 *
 * @param id for the heading's anchor, e.g. {@code enabler}
 * @param groups the layer's groups with their boxes
 * @param boxes boxes of the layer that belong to no group (the impacts)
 */
public record LayerView(String id, String title, String description, List<GroupView> groups, List<BoxView> boxes) {
    public LayerView {
        groups = List.copyOf(groups);
        boxes = List.copyOf(boxes);
    }
}
