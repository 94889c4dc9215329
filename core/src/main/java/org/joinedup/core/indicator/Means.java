package org.joinedup.core.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Means with Student t confidence intervals, as PHEindicatormethods' {@code phe_mean}:
 * <pre>  x̄ ± |t_{α/2, n−1}| · s / √n</pre>
 * where s is the sample standard deviation (n − 1 in the denominator). The statistic is "mean" and the
 * method "Student's t-distribution".
 *
 * <p>Edge cases: a single value gives the mean with absent limits and an absent standard deviation, as R's
 * {@code sd} of one value is {@code NA}; identical values give limits equal to the mean; confidence 1 gives
 * infinite limits. Rejected: no values, NaN or infinite values, and confidence levels outside [0.9, 1] or
 * [90, 100] (two levels must be 0.95 and 0.998).
 */
public final class Means {
    static final String METHOD = "Student's t-distribution";

    private Means() {}

    public static MeanValue of(double[] values, double... confidence) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("at least one value is needed for a mean");
        }
        double[] levels = Confidence.levels(confidence);
        double sum = 0;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("values must be finite numbers, not " + v);
            }
            sum += v;
        }
        int n = values.length;
        double mean = sum / n;
        List<ConfidenceInterval> intervals = new ArrayList<>();
        if (n == 1) {
            for (double level : levels) {
                intervals.add(ConfidenceInterval.absent(level));
            }
            return new MeanValue(
                    sum,
                    n,
                    OptionalDouble.empty(),
                    new IndicatorValue(OptionalDouble.of(mean), intervals, "mean", METHOD));
        }
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / (n - 1));
        TDistribution t = TDistribution.of(n - 1);
        for (double level : levels) {
            double half = sd == 0 ? 0 : Math.abs(t.inverseCumulativeProbability((1 - level) / 2)) * sd / Math.sqrt(n);
            intervals.add(ConfidenceInterval.of(level, mean - half, mean + half));
        }
        return new MeanValue(
                sum, n, OptionalDouble.of(sd), new IndicatorValue(OptionalDouble.of(mean), intervals, "mean", METHOD));
    }
}
