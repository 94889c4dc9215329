package org.joinedup.server.boardpack;

import java.util.List;
import org.joinedup.server.commentary.CommentaryView;

/**
 * A metric's page of the board pack.
 *
 * @param anchor the page's id, for links from the contents and summary
 * @param row the metric's summary row (its latest figure, comparison, icons, plan, kite mark)
 * @param definition what the metric counts, from the catalogue
 * @param polarity e.g. "Higher is better"
 * @param spcSvg the SPC chart of the area's series, or null when it has too few points
 * @param spcText the chart's text alternative
 * @param benchmarkSvg the benchmark chart against peer areas, or null when there are none
 * @param benchmarkText the chart's text alternative
 * @param variationSvg the variation icon, or null
 * @param assuranceSvg the assurance icon, or null
 * @param kiteMarkSvg the data quality kite mark
 * @param kiteMarkText the kite mark in words: each dimension and its rating
 * @param commentary the latest commentary on the figure's period, or null when none was written
 * @param values the latest periods, newest first
 */
public record MetricPage(
        String anchor,
        PackRow row,
        String definition,
        String polarity,
        String source,
        String spcSvg,
        String spcText,
        String benchmarkSvg,
        String benchmarkText,
        String variationSvg,
        String assuranceSvg,
        String kiteMarkSvg,
        String kiteMarkText,
        CommentaryView commentary,
        List<ValueRow> values) {
    public MetricPage {
        values = List.copyOf(values);
    }

    public String title() {
        return row.title();
    }
}
