package org.joinedup.server.logicmodel;

import java.util.List;

/** A group of the logic model (e.g. Governance and decision-making) with its boxes; the group is a box too. */
public record GroupView(BoxView box, List<BoxView> items) {
    public GroupView {
        items = List.copyOf(items);
    }
}
