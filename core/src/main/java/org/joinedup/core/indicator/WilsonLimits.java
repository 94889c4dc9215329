package org.joinedup.core.indicator;

/**
 * Wilson score confidence limits for a proportion x/n (Wilson 1927; Newcombe and Altman 2000), as
 * PHEindicatormethods' {@code wilson_lower} and {@code wilson_upper}:
 * <pre>  L, U = (2x + z² ∓ z·√(z² + 4x(1 − x/n))) / (2(n + z²))</pre>
 * with z the two-sided normal quantile. The limits are on the 0-1 scale.
 *
 * <p>Edge cases: x = 0 gives a lower limit of exactly 0 and x = n an upper limit of exactly 1; confidence 1
 * gives 0 and 1. x need not be a whole number. n = 0 is rejected (the R function returns NaN).
 */
public final class WilsonLimits {
    private WilsonLimits() {}

    public static double lower(double x, double n, double confidence) {
        double level = check(x, n, confidence);
        if (level == 1 || x == 0) {
            return 0;
        }
        double z = Confidence.z(level);
        return (2 * x + z * z - z * Math.sqrt(z * z + 4 * x * (1 - x / n))) / 2 / (n + z * z);
    }

    public static double upper(double x, double n, double confidence) {
        double level = check(x, n, confidence);
        if (level == 1 || x == n) {
            return 1;
        }
        double z = Confidence.z(level);
        return (2 * x + z * z + z * Math.sqrt(z * z + 4 * x * (1 - x / n))) / 2 / (n + z * z);
    }

    private static double check(double x, double n, double confidence) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            throw new IllegalArgumentException("observed events must be a finite number, not " + x);
        }
        if (Double.isNaN(n) || Double.isInfinite(n)) {
            throw new IllegalArgumentException("sample sizes must be a finite number, not " + n);
        }
        if (x < 0) {
            throw new IllegalArgumentException("observed events must all be greater than or equal to zero, not " + x);
        }
        if (n <= 0) {
            throw new IllegalArgumentException("sample sizes must all be greater than zero, not " + n);
        }
        if (x > n) {
            throw new IllegalArgumentException(
                    "numerators must be less than or equal to denominator for a Wilson score to be calculated: " + x
                            + " > " + n);
        }
        return Confidence.single(confidence);
    }
}
