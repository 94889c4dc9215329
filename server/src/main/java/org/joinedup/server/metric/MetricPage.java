package org.joinedup.server.metric;

import java.util.List;
import org.joinedup.core.geography.Area;

/**
 * Everything the metric page shows for one metric and area, in the page's order. A part that cannot be shown
 * is null, with a note saying why.
 *
 * @param noDataNote set when the area has no figure for the metric at all: "No data for ...; held for ..."
 * @param headline the figure for the period shown, null when none
 * @param spc the SPC chart with its icons, null when nothing is charted
 * @param benchmark the area against its peers, null when none
 * @param funnel the funnel plot, null when not a proportion or rate with denominators
 * @param breakdowns the area's figures by patient group for the period, empty when none are held
 * @param forecast the forecast section
 * @param values every period, newest first
 * @param kiteMark the data quality kite mark of the figure shown, null when none
 */
public record MetricPage(
        String metricId,
        DefinitionView definition,
        Area area,
        String areaType,
        String noDataNote,
        Headline headline,
        Spc spc,
        ChartView benchmark,
        String benchmarkNote,
        ChartView funnel,
        String funnelNote,
        BreakdownView breakdowns,
        String breakdownNote,
        ForecastSection forecast,
        List<ValueRow> values,
        String changeSummary,
        Kite kiteMark) {

    /** The same page with its forecast section made. */
    public MetricPage withForecast(ForecastSection made) {
        return new MetricPage(
                metricId,
                definition,
                area,
                areaType,
                noDataNote,
                headline,
                spc,
                benchmark,
                benchmarkNote,
                funnel,
                funnelNote,
                breakdowns,
                breakdownNote,
                made,
                values,
                changeSummary,
                kiteMark);
    }

    public boolean hasData() {
        return noDataNote == null;
    }

    public String title() {
        return definition.shown().title();
    }

    /**
     * The figure shown: value, period, where it came from, and what the assessment adds.
     *
     * @param details 95% interval, comparisons, trend, plan status
     */
    public record Headline(String value, String period, String provenance, String status, List<String> details) {}

    /** The SPC chart with the Making Data Count icons and their words. */
    public record Spc(
            ChartView chart,
            String variationIcon,
            String variationTitle,
            String variationText,
            String assuranceIcon,
            String assuranceTitle,
            String assuranceText) {}

    /**
     * The forecast chart and, for a monthly series, the financial year's outturn in words.
     *
     * @param chart null when there is no forecast (then the note says why) or it is still to be made
     * @param pending true when a seasonal fit is still to be made: the page fetches the section afterwards
     */
    public record ForecastSection(
            ChartView chart, String yearEnd, String yearEndAssumption, String note, boolean pending) {
        static final ForecastSection PENDING = new ForecastSection(null, null, null, null, true);

        static ForecastSection none(String note) {
            return new ForecastSection(null, null, null, note, false);
        }
    }

    /** The kite mark with the reason for each segment and the overall rating. */
    public record Kite(String svg, String overall, String reason, List<Segment> segments) {}

    /** One kite mark segment in words. */
    public record Segment(String dimension, String rating, String reason) {}
}
