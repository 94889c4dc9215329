package org.joinedup.core.benchmark;

/**
 * A numerator and denominator: cases x of n for a proportion funnel, or observed O and expected E for a
 * ratio funnel.
 */
public record Count(double numerator, double denominator) {
    public Count {
        if (!Double.isFinite(numerator) || !Double.isFinite(denominator)) {
            throw new IllegalArgumentException(
                    "numerator and denominator must be finite numbers, not " + numerator + " and " + denominator);
        }
    }

    public static Count of(double numerator, double denominator) {
        return new Count(numerator, denominator);
    }
}
