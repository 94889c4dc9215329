package org.joinedup.server.chart;

import java.util.List;
import java.util.Objects;

/**
 * The data behind a chart as a table: the chart's text alternative in full. Pages can render it with
 * {@link #html()} or loop over it in a template.
 *
 * @param caption what the table shows (the chart's title)
 * @param columns column headers; the first heads the row headers
 * @param rows one per period, area or metric
 */
public record DataTable(String caption, List<String> columns, List<Row> rows) {
    public DataTable {
        Objects.requireNonNull(caption, "caption");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.cells().size() != columns.size() - 1) {
                throw new IllegalArgumentException("row '" + row.header() + "' has "
                        + row.cells().size() + " cells for " + (columns.size() - 1) + " columns");
            }
        }
    }

    /**
     * One row.
     *
     * @param header the row header (period, area or metric)
     * @param cells the other cells, as text
     * @param highlighted the chosen area, marked with a class so the page can emphasise it
     */
    public record Row(String header, List<String> cells, boolean highlighted) {
        public Row {
            Objects.requireNonNull(header, "header");
            cells = cells.stream().map(c -> c == null ? "" : c).toList();
        }

        public Row(String header, List<String> cells) {
            this(header, cells, false);
        }
    }

    /**
     * The table as HTML (also well-formed XML): a caption, column headers with {@code scope="col"} and row
     * headers with {@code scope="row"}. Every cell is escaped.
     */
    public String html() {
        Svg t = Svg.fragment();
        t.start("table", "class", "chart-data");
        t.text("caption", caption);
        t.start("thead").start("tr");
        for (String column : columns) {
            t.text("th", column, "scope", "col");
        }
        t.end().end();
        t.start("tbody");
        if (rows.isEmpty()) {
            t.start("tr")
                    .text("td", "No data", "colspan", Integer.toString(columns.size()))
                    .end();
        }
        for (Row row : rows) {
            t.start("tr", "class", row.highlighted() ? "chosen" : null);
            t.text("th", row.header(), "scope", "row");
            for (String cell : row.cells()) {
                t.text("td", cell);
            }
            t.end();
        }
        t.end();
        return t.finish();
    }
}
