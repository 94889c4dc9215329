package org.joinedup.core.indicator;

import java.util.OptionalDouble;

/** Confidence limits of a Poisson count: exact below 10 events, Byar's at 10 or more, as PHEindicatormethods. */
final class CountLimits {
    static final String EXACT = "Exact";
    static final String BYARS = "Byars";

    private CountLimits() {}

    static String method(double observed) {
        return observed < 10 ? EXACT : BYARS;
    }

    /** The limits of the count, each multiplied by {@code scale}. */
    static ConfidenceInterval of(double observed, double level, double scale) {
        OptionalDouble lower;
        double upper;
        if (observed < 10) {
            lower = OptionalDouble.of(ExactPoissonLimits.lower(observed, level));
            upper = ExactPoissonLimits.upper(observed, level);
        } else {
            lower = ByarsLimits.lower(observed, level);
            upper = ByarsLimits.upper(observed, level);
        }
        return new ConfidenceInterval(
                level,
                lower.isPresent() ? OptionalDouble.of(lower.getAsDouble() * scale) : lower,
                OptionalDouble.of(upper * scale));
    }
}
