package org.joinedup.core.benchmark;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One area on a funnel plot with its significance.
 *
 * @param numerator the events or cases
 * @param denominator the denominator used for the test: the population for proportions, the expected count
 *     for ratios, and for rates the derived population (multiplier·O/rate, or the given denominator when there
 *     are no events); empty for a directly standardised rate with no events, which has none
 * @param significance the outcome
 */
public record FunnelPoint(double numerator, OptionalDouble denominator, FunnelSignificance significance) {
    public FunnelPoint {
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(significance, "significance");
    }
}
