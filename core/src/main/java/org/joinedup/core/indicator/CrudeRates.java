package org.joinedup.core.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Crude rates O/n with Poisson confidence intervals, as PHEindicatormethods' {@code phe_rate}: exact
 * ({@link ExactPoissonLimits}) when O &lt; 10 and Byar's ({@link ByarsLimits}) when O ≥ 10.
 *
 * <p>value = O/n × multiplier and each limit is the count limit / n × multiplier. The statistic is
 * "rate per m"; the method is "Exact" or "Byars".
 *
 * <p>Edge cases: O = 0 gives a value and lower limit of 0. O may exceed n (a rate is not a proportion). A
 * Byar's lower limit is never negative for O ≥ 10 below confidence 1; at confidence 1 the lower limit is 0
 * (exact) or absent (Byar's) and the upper limit is +∞. A missing count or population ({@link #ofNullable})
 * gives an absent value and limits; the method is then given by the count alone, and is empty when the count
 * is missing. Rejected: O &lt; 0, n ≤ 0 (including a zero denominator), NaN or infinite inputs, a multiplier
 * ≤ 0, and confidence levels outside [0.9, 1] or [90, 100] (two levels must be 0.95 and 0.998).
 */
public final class CrudeRates {
    private CrudeRates() {}

    /**
     * @param observed events, O ≥ 0
     * @param population n &gt; 0
     * @param multiplier e.g. 100000 for a rate per 100,000
     * @param confidence none, one level or exactly 0.95 and 0.998
     */
    public static IndicatorValue of(double observed, double population, double multiplier, double... confidence) {
        return ofNullable(
                Proportions.requireNumber(observed, "numerator"),
                Proportions.requireNumber(population, "denominator"),
                multiplier,
                confidence);
    }

    /** As {@link #of}, with a null count or population read as missing: the value and limits are absent. */
    public static IndicatorValue ofNullable(
            Double observed, Double population, double multiplier, double... confidence) {
        if (observed != null) {
            Proportions.requireNumber(observed, "numerator");
            if (observed < 0) {
                throw new IllegalArgumentException("numerators must be greater than or equal to zero, not " + observed);
            }
        }
        if (population != null) {
            Proportions.requireNumber(population, "denominator");
            if (population <= 0) {
                throw new IllegalArgumentException("denominators must be greater than zero, not " + population);
            }
        }
        Confidence.requireMultiplier(multiplier);
        double[] levels = Confidence.levels(confidence);
        String statistic = "rate per " + Confidence.plain(multiplier);
        String method = observed == null ? "" : CountLimits.method(observed);
        List<ConfidenceInterval> intervals = new ArrayList<>();
        if (observed == null || population == null) {
            for (double level : levels) {
                intervals.add(ConfidenceInterval.absent(level));
            }
            return new IndicatorValue(OptionalDouble.empty(), intervals, statistic, method);
        }
        for (double level : levels) {
            intervals.add(CountLimits.of(observed, level, multiplier / population));
        }
        return new IndicatorValue(OptionalDouble.of(observed / population * multiplier), intervals, statistic, method);
    }
}
