package org.joinedup.server.scorecard;

import java.util.List;

/**
 * One metric on the scorecard for one area: its latest value and where it came from, or an honest
 * reason why there is none.
 *
 * @param provenance e.g. "Reported for this area" or "Sum of 143 trusts"
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
        String emptyReason) {
    public boolean hasValue() {
        return valueText != null;
    }
}
