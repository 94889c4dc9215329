package org.joinedup.server.scorecard;

import java.util.List;

/**
 * One metric on the scorecard for one area: its latest value and where it came from, or an honest
 * reason why there is none.
 *
 * @param provenance e.g. "Reported for this area" or "Sum of the areas within it"
 * @param details further lines about the figure, as the assessment gives them: its 95% confidence
 *     interval, how it compares with England, its recent trend, where it stands against the plan
 */
public record Tile(
        String metricId,
        String title,
        String valueText,
        String unit,
        String period,
        String provenance,
        String polarity,
        String source,
        boolean verified,
        List<String> sets,
        String emptyReason,
        List<String> details) {
    public Tile {
        details = details == null ? List.of() : List.copyOf(details);
    }

    public boolean hasValue() {
        return valueText != null;
    }
}
