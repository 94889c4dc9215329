package org.joinedup.core.indicator;

import java.util.OptionalDouble;

/**
 * Lower and upper confidence limits at one level. A limit is empty where the method gives none, as
 * PHEindicatormethods gives {@code NA}: a Byar's lower limit below zero, or a suppressed value. Limits may
 * be infinite at confidence 1 (the exact Poisson and Byar's upper limits, and Student t limits).
 *
 * @param confidence the level as a fraction in [0.9, 1], e.g. 0.95 or 0.998
 */
public record ConfidenceInterval(double confidence, OptionalDouble lower, OptionalDouble upper) {
    public ConfidenceInterval {
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " must be a fraction in (0, 1]");
        }
        if (lower == null || upper == null) {
            throw new IllegalArgumentException("limits must not be null; use OptionalDouble.empty()");
        }
        if (lower.isPresent() && Double.isNaN(lower.getAsDouble())
                || upper.isPresent() && Double.isNaN(upper.getAsDouble())) {
            throw new IllegalArgumentException("confidence limits must not be NaN");
        }
        if (lower.isPresent() && upper.isPresent() && lower.getAsDouble() > upper.getAsDouble()) {
            throw new IllegalArgumentException(
                    "lower limit " + lower.getAsDouble() + " is above upper limit " + upper.getAsDouble());
        }
    }

    public static ConfidenceInterval of(double confidence, double lower, double upper) {
        return new ConfidenceInterval(confidence, present(lower), present(upper));
    }

    /** An interval whose limits are both absent, for a missing or suppressed value. */
    public static ConfidenceInterval absent(double confidence) {
        return new ConfidenceInterval(confidence, OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** True when {@code value} lies within the limits that are present. */
    public boolean contains(double value) {
        return (lower.isEmpty() || lower.getAsDouble() <= value) && (upper.isEmpty() || value <= upper.getAsDouble());
    }

    private static OptionalDouble present(double limit) {
        if (Double.isNaN(limit)) {
            throw new IllegalArgumentException("confidence limits must not be NaN");
        }
        return OptionalDouble.of(limit);
    }
}
