package org.joinedup.server.metric;

import org.joinedup.server.chart.DataTable;

/**
 * A chart as the page shows it: its SVG (already escaped, inserted as is), its text alternative and its
 * data table.
 *
 * @param id unique on the page, for the chart's title and description ids
 */
public record ChartView(String id, String svg, String description, DataTable table) {
    /** The data table as HTML (escaped). */
    public String tableHtml() {
        return table.html();
    }
}
