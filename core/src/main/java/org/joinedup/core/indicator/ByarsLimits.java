package org.joinedup.core.indicator;

import java.util.OptionalDouble;

/**
 * Byar's approximation to the Poisson confidence limits of an observed count O (Breslow and Day 1987), as
 * PHEindicatormethods' {@code byars_lower} and {@code byars_upper}:
 * <pre>  O_L = O(1 − 1/(9O) − z/(3√O))³
 *  O_U = (O + 1)(1 − 1/(9(O + 1)) + z/(3√(O + 1)))³</pre>
 *
 * <p>Edge cases: where the lower limit would be negative (small O at high confidence, e.g. O = 1 at 99.8%)
 * it is empty, as R gives {@code NA}; for O = 0 the lower limit is empty too (R computes 0 × −∞ = NaN).
 * At confidence 1 the lower limit is empty and the upper limit is +∞. Callers use Byar's for O ≥ 10 and
 * {@link ExactPoissonLimits} below that.
 */
public final class ByarsLimits {
    private ByarsLimits() {}

    public static OptionalDouble lower(double observed, double confidence) {
        double z = Confidence.z(check(observed, confidence));
        if (observed == 0 || Double.isInfinite(z)) {
            return OptionalDouble.empty();
        }
        double lower = observed * Math.pow(1 - 1 / (9 * observed) - z / (3 * Math.sqrt(observed)), 3);
        return lower < 0 ? OptionalDouble.empty() : OptionalDouble.of(lower);
    }

    public static double upper(double observed, double confidence) {
        double z = Confidence.z(check(observed, confidence));
        double o = observed + 1;
        return o * Math.pow(1 - 1 / (9 * o) + z / (3 * Math.sqrt(o)), 3);
    }

    static double check(double observed, double confidence) {
        if (Double.isNaN(observed) || Double.isInfinite(observed)) {
            throw new IllegalArgumentException("observed events must be a finite number, not " + observed);
        }
        if (observed < 0) {
            throw new IllegalArgumentException(
                    "observed events must all be greater than or equal to zero, not " + observed);
        }
        return Confidence.single(confidence);
    }
}
