package org.joinedup.server.boardpack;

import org.joinedup.core.spc.Assurance;
import org.joinedup.core.spc.Variation;

/**
 * One metric in the summary: its latest figure for the area and what the assessment says about it.
 *
 * @param figure the latest value after disclosure control, or "no data for this period"
 * @param period the period of the figure, e.g. "Mar 2019" (empty without a figure)
 * @param vsEngland e.g. "Better than England", "Similar to England", "Not compared"
 * @param variation the SPC variation icon, or null when the series is not charted
 * @param assurance the SPC assurance icon, or null without a target
 * @param plan where the figure stands against the plan, or "No plan"
 * @param kiteMark the overall data quality rating, e.g. "Good"
 * @param anchor the id of the metric's page, or null when it has none (no figure)
 */
public record PackRow(
        String metricId,
        String title,
        Figure figure,
        String period,
        String vsEngland,
        Variation variation,
        Assurance assurance,
        String plan,
        String kiteMark,
        String anchor) {
    public String variationText() {
        return variation == null ? "Not charted" : org.joinedup.server.chart.Icons.variationTitle(variation);
    }

    public String assuranceText() {
        return assurance == null ? "No target" : org.joinedup.server.chart.Icons.assuranceTitle(assurance);
    }
}
