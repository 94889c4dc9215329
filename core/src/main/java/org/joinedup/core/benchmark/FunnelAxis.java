package org.joinedup.core.benchmark;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The x grid of PHEindicatormethods' {@code phe_funnels}: 100 points from max(1, axis minimum) towards the
 * axis maximum, spaced geometrically and rounded to whole numbers.
 */
final class FunnelAxis {
    static final int POINTS = 100;

    private FunnelAxis() {}

    /**
     * point₁ = max(1, min); pointⱼ = max(round((max/pointⱼ₋₁)^(1/(101 − k))·pointⱼ₋₁), pointⱼ₋₁ + 1) with k = j
     * (proportions and rates) or j − 1 (ratios). R's round() is half to even, hence {@link Math#rint}.
     */
    static double[] grid(double axisMinimum, double axisMaximum, boolean ratio) {
        double[] g = new double[POINTS];
        g[0] = Math.max(1, axisMinimum);
        for (int j = 2; j <= POINTS; j++) {
            int offset = ratio ? j - 1 : j;
            double previous = g[j - 2];
            g[j - 1] = Math.max(
                    Math.rint(Math.pow(axisMaximum / previous, 1.0 / (101 - offset)) * previous), previous + 1);
        }
        return g;
    }

    /** The axis minimum: 0 when the largest denominator is over twice the smallest, else signif.floor(min). */
    static double minimum(double minDenominator, double maxDenominator) {
        return maxDenominator > 2 * minDenominator ? 0 : signifFloor(minDenominator);
    }

    /** R's {@code signif.floor}: ⌊0.95x/10ⁿ⌋·10ⁿ with n = nchar(⌊0.95x⌋) − 1; 0 for x = 0. */
    static double signifFloor(double x) {
        if (x == 0) {
            return 0;
        }
        double n = rNchar(Math.floor(x * 0.95)) - 1;
        return Math.floor(x * 0.95 / Math.pow(10, n)) * Math.pow(10, n);
    }

    /** R's {@code signif.ceiling}: ⌈1.05x/10ⁿ⌉·10ⁿ with n = nchar(⌈1.05x⌉) − 2; 0 for x = 0. */
    static double signifCeiling(double x) {
        if (x == 0) {
            return 0;
        }
        double n = rNchar(Math.ceil(x * 1.05)) - 2;
        return Math.ceil(x * 1.05 / Math.pow(10, n)) * Math.pow(10, n);
    }

    /**
     * R's {@code nchar(x)} of a whole number x, which goes through {@code as.character}: R writes the number in
     * scientific notation (15 significant digits) when that is strictly shorter than the fixed notation, so
     * nchar(100000) is 5 ("1e+05") and nchar(12000000) is 7 ("1.2e+07"), not 6 and 8.
     */
    static int rNchar(double whole) {
        if (whole == 0) {
            return 1;
        }
        BigDecimal exact = new BigDecimal(whole);
        int fixedWidth = exact.toPlainString().length();
        BigDecimal mantissa = exact.round(new MathContext(15)).stripTrailingZeros();
        int significant = mantissa.precision();
        int exponent = mantissa.precision() - mantissa.scale() - 1;
        int exponentDigits = Math.abs(exponent) >= 100 ? 3 : 2;
        int sciWidth = (whole < 0 ? 1 : 0) + significant + (significant > 1 ? 1 : 0) + 2 + exponentDigits;
        return fixedWidth <= sciWidth ? fixedWidth : sciWidth;
    }
}
