package org.joinedup.server.boardpack;

import java.util.List;

/** One section of the whole-system summary (an outcome group of the logic model, or the impacts). */
public record PackSection(String id, String title, List<PackRow> rows) {
    public PackSection {
        rows = List.copyOf(rows);
    }

    /** The rows with a figure (published or suppressed), in order. */
    public List<PackRow> withFigures() {
        return rows.stream().filter(r -> r.anchor() != null).toList();
    }

    /** The titles of the metrics with no figure for the area and period, in order. */
    public List<String> withoutFigures() {
        return rows.stream().filter(r -> r.anchor() == null).map(PackRow::title).toList();
    }
}
