package org.joinedup.server.scorecard;

import java.util.List;

/**
 * One metric on the whole-system page for one area: its figure, or an honest reason why there is none.
 *
 * @param href the metric page for the same choice
 * @param purpose "Performance", "Improvement" or "Performance and improvement"
 * @param owner the accountable role, as the catalogue names it; empty when none
 * @param figure null when there is no figure; then {@code emptyReason} says why
 */
public record Tile(
        String metricId,
        String title,
        String href,
        String polarity,
        String source,
        boolean verified,
        List<String> sets,
        String purpose,
        String owner,
        Figure figure,
        String emptyReason) {
    public Tile {
        sets = List.copyOf(sets);
    }

    /** The tile as placed under a statement of the page, its sparkline drawn with ids unique there. */
    Tile placedAt(String statementId) {
        if (figure == null) {
            return this;
        }
        return new Tile(
                metricId,
                title,
                href,
                polarity,
                source,
                verified,
                sets,
                purpose,
                owner,
                figure.placedAt(statementId + "-" + metricId),
                emptyReason);
    }

    public boolean hasValue() {
        return figure != null;
    }
}
