package org.joinedup.server.compare;

import java.util.List;
import org.joinedup.core.geography.Area;
import org.joinedup.server.chart.DataTable;

/**
 * The comparison page for an area: a spine chart and a table of every metric with a figure.
 *
 * @param with the second area, or null
 * @param region the area's region (NHS region or region), or null
 * @param peers who the area's peers are, in words
 * @param spine the spine chart's SVG; null when no metric can be charted
 * @param spineTable the chart's figures as a table; null with the chart
 * @param withoutFigures how many catalogue metrics have no figure for the area
 * @param note what could not be shown, in words; null when nothing
 * @param beside links that set each of the area's peers beside it
 * @param up the area the chosen one belongs to, to compare instead; null for England
 */
public record CompareView(
        Area area,
        Area with,
        Area region,
        String peers,
        List<CompareRow> rows,
        String spine,
        DataTable spineTable,
        int withoutFigures,
        String note,
        List<Peer> beside,
        Peer up) {
    public CompareView {
        rows = List.copyOf(rows);
        beside = List.copyOf(beside);
    }

    /** An area by name, with a link to its comparison or that sets it beside. */
    public record Peer(String name, String href) {}
}
