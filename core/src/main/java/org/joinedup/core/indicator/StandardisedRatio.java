package org.joinedup.core.indicator;

import java.util.Objects;

/**
 * An indirectly standardised ratio or rate.
 *
 * @param observed the observed events
 * @param expected the events expected if the area had the reference population's age-specific rates
 * @param indicator the ratio (or rate) and its intervals
 */
public record StandardisedRatio(double observed, double expected, IndicatorValue indicator) {
    public StandardisedRatio {
        Objects.requireNonNull(indicator, "indicator");
        if (!(observed >= 0) || Double.isInfinite(observed)) {
            throw new IllegalArgumentException("observed must be a finite number of 0 or more, not " + observed);
        }
        if (!(expected > 0) || Double.isInfinite(expected)) {
            throw new IllegalArgumentException("expected must be a finite number above 0, not " + expected);
        }
    }
}
