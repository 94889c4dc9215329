package org.joinedup.core.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Proportions x/n with Wilson score confidence intervals, as PHEindicatormethods' {@code phe_proportion}.
 *
 * <p>value = x/n × multiplier and each limit is the {@link WilsonLimits} limit × multiplier. The statistic is
 * "percentage" when the multiplier is 100 and "proportion of m" otherwise; the method is "Wilson".
 *
 * <p>Edge cases: x = 0 gives a lower limit of 0; x = n gives a value and an upper limit of 1 × multiplier;
 * confidence 1 gives limits of 0 and 1 × multiplier. No confidence level gives the value with no intervals.
 * A missing numerator or denominator ({@link #ofNullable}) gives an absent value and absent limits, as R's
 * {@code NA}. Rejected: x &lt; 0, n ≤ 0 (including a zero denominator), x &gt; n, NaN or infinite inputs, a
 * multiplier ≤ 0, and confidence levels outside [0.9, 1] or [90, 100] (two levels must be 0.95 and 0.998).
 */
public final class Proportions {
    static final String METHOD = "Wilson";

    private Proportions() {}

    /**
     * @param numerator cases meeting the condition, x ≥ 0
     * @param denominator cases in the sample, n &gt; 0 and n ≥ x
     * @param multiplier 1 for a proportion, 100 for a percentage (any positive number is accepted)
     * @param confidence none, one level (0.95, 0.998, 99.8, ...) or exactly 0.95 and 0.998
     */
    public static IndicatorValue of(double numerator, double denominator, double multiplier, double... confidence) {
        return ofNullable(
                requireNumber(numerator, "numerator"),
                requireNumber(denominator, "denominator"),
                multiplier,
                confidence);
    }

    /** As {@link #of}, with a null numerator or denominator read as missing: the value and limits are absent. */
    public static IndicatorValue ofNullable(
            Double numerator, Double denominator, double multiplier, double... confidence) {
        if (numerator != null) {
            requireNumber(numerator, "numerator");
            if (numerator < 0) {
                throw new IllegalArgumentException(
                        "numerators must be greater than or equal to zero, not " + numerator);
            }
        }
        if (denominator != null) {
            requireNumber(denominator, "denominator");
            if (denominator <= 0) {
                throw new IllegalArgumentException("denominators must be greater than zero, not " + denominator);
            }
        }
        if (numerator != null && denominator != null && numerator > denominator) {
            throw new IllegalArgumentException(
                    "numerators must be less than or equal to denominator for a proportion statistic: " + numerator
                            + " > " + denominator);
        }
        Confidence.requireMultiplier(multiplier);
        double[] levels = Confidence.levels(Confidence.RANGE_IF_SPECIFIED, confidence);
        String statistic = multiplier == 100 ? "percentage" : "proportion of " + Confidence.plain(multiplier);
        List<ConfidenceInterval> intervals = new ArrayList<>();
        if (numerator == null || denominator == null) {
            for (double level : levels) {
                intervals.add(ConfidenceInterval.absent(level));
            }
            return new IndicatorValue(OptionalDouble.empty(), intervals, statistic, METHOD);
        }
        for (double level : levels) {
            intervals.add(ConfidenceInterval.of(
                    level,
                    WilsonLimits.lower(numerator, denominator, level) * multiplier,
                    WilsonLimits.upper(numerator, denominator, level) * multiplier));
        }
        return new IndicatorValue(
                OptionalDouble.of(numerator / denominator * multiplier), intervals, statistic, METHOD);
    }

    static Double requireNumber(double number, String what) {
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException(what + " must be a finite number, not " + number);
        }
        return number;
    }
}
