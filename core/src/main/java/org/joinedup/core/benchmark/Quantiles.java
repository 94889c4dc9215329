package org.joinedup.core.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.joinedup.core.catalogue.Polarity;

/**
 * Quintile or quartile bounds of a set of values, as Fingertips computes them (fingertips-open @6780897
 * {@code ValueCategoriesCalculator}, {@code QuintilesComparer}, {@code QuartilesComparer}).
 *
 * <p><b>Bounds.</b> With the values sorted, the K + 1 bounds are [min, P(1/K), ..., P((K − 1)/K), max], where P is
 * Excel's PERCENTILE.INC (R's type 7): pos = (n − 1)·f + 1, k = ⌊pos⌋ and P = v_k + (pos − k)(v_{k+1} − v_k),
 * with the fraction f = (1/K)·i computed in floating point as Fingertips does. An interior P is rounded to 10
 * decimal places, halves away from zero, as .NET's {@code Math.Round(x, 10, AwayFromZero)}; min and max are
 * not rounded.
 *
 * <p><b>Minimum counts.</b> Quintiles need at least 5 values and quartiles at least 4 (and bounds at least 4);
 * with fewer there are no bounds and every value is not compared.
 *
 * <p><b>Categories.</b> A value's band is the first i (1..K) with value ≤ bound_i, so a value on a bound joins
 * the lower band. A value below the minimum is in band 1; a value above the maximum is rejected (Fingertips
 * throws "Value does not fall within expected boundaries").
 *
 * @param count 5 for quintiles, 4 for quartiles
 * @param bounds K + 1 ascending bounds, or empty when there were too few values
 */
public record Quantiles(int count, List<Double> bounds) {
    public Quantiles {
        if (count != 4 && count != 5) {
            throw new IllegalArgumentException("quantiles are quartiles (4) or quintiles (5), not " + count);
        }
        bounds = List.copyOf(bounds);
        if (!bounds.isEmpty() && bounds.size() != count + 1) {
            throw new IllegalArgumentException(count + " bands need " + (count + 1) + " bounds, not " + bounds.size());
        }
    }

    /** Quintile bounds of the values; missing values must be left out. NaN and infinities are rejected. */
    public static Quantiles quintiles(Collection<Double> values) {
        return of(5, values);
    }

    /** Quartile bounds of the values; missing values must be left out. NaN and infinities are rejected. */
    public static Quantiles quartiles(Collection<Double> values) {
        return of(4, values);
    }

    private static Quantiles of(int k, Collection<Double> values) {
        Objects.requireNonNull(values, "values");
        double[] sorted = new double[values.size()];
        int i = 0;
        for (Double v : values) {
            if (v == null || !Double.isFinite(v)) {
                throw new IllegalArgumentException(
                        "values must be finite numbers, not " + v + "; leave missing values out");
            }
            sorted[i++] = v;
        }
        Arrays.sort(sorted);
        if (sorted.length < k || sorted.length <= 3) {
            return new Quantiles(k, List.of());
        }
        List<Double> bounds = new ArrayList<>();
        bounds.add(sorted[0]);
        double step = 1.0 / k;
        for (int j = 1; j < k; j++) {
            bounds.add(percentile(sorted, step * j));
        }
        bounds.add(sorted[sorted.length - 1]);
        return new Quantiles(k, bounds);
    }

    /** Excel PERCENTILE.INC of sorted values, as Fingertips' {@code CalculatePercentile}. */
    static double percentile(double[] sorted, double fraction) {
        int count = sorted.length;
        double n = (count - 1.0) * fraction + 1;
        if (n == 1d) {
            return sorted[0];
        }
        if (n == count) {
            return sorted[count - 1];
        }
        int k = (int) n;
        double d = n - k;
        double percentile = sorted[k - 1] + d * (sorted[k] - sorted[k - 1]);
        return roundTo10Places(percentile);
    }

    /** .NET's {@code Math.Round(x, 10, MidpointRounding.AwayFromZero)}: scale, round half away, unscale. */
    static double roundTo10Places(double x) {
        if (Math.abs(x) >= 1e16) {
            return x;
        }
        double scaled = x * 1e10;
        double whole = scaled < 0 ? Math.ceil(scaled) : Math.floor(scaled);
        if (Math.abs(scaled - whole) >= 0.5) {
            whole += Math.signum(scaled);
        }
        return whole / 1e10;
    }

    /** True when there were enough values for bounds. */
    public boolean hasBounds() {
        return !bounds.isEmpty();
    }

    /** The band of a value: 1 (lowest values) to {@link #count()}, or 0 when there are no bounds. */
    public int band(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be a finite number, not " + value);
        }
        if (bounds.isEmpty()) {
            return 0;
        }
        for (int i = 1; i <= count; i++) {
            if (value <= bounds.get(i)) {
                return i;
            }
        }
        throw new IllegalArgumentException(
                "value " + value + " does not fall within the bounds, whose maximum is " + bounds.get(count));
    }

    /**
     * The category of a value for a polarity: the band, Fingertips' category number and the label (Lowest ..
     * Highest without judgement; Worst .. Best with judgement, the best band being the highest values when
     * higher is better and the lowest when lower is better).
     */
    public QuantileCategory categorise(double value, Polarity polarity) {
        Objects.requireNonNull(polarity, "polarity");
        int band = band(value);
        if (band == 0) {
            return QuantileCategory.NOT_COMPARED;
        }
        int category = count == 5 && polarity == Polarity.HIGHER_IS_BETTER ? 6 - band : band;
        return new QuantileCategory(band, category, label(band, polarity));
    }

    private QuantileLabel label(int band, Polarity polarity) {
        QuantileLabel[] neutral = count == 5
                ? new QuantileLabel[] {
                    QuantileLabel.LOWEST,
                    QuantileLabel.LOW,
                    QuantileLabel.MIDDLE,
                    QuantileLabel.HIGH,
                    QuantileLabel.HIGHEST
                }
                : new QuantileLabel[] {
                    QuantileLabel.LOWEST, QuantileLabel.LOW, QuantileLabel.HIGH, QuantileLabel.HIGHEST
                };
        QuantileLabel[] judged = count == 5
                ? new QuantileLabel[] {
                    QuantileLabel.WORST,
                    QuantileLabel.WORSE,
                    QuantileLabel.MIDDLE,
                    QuantileLabel.BETTER,
                    QuantileLabel.BEST
                }
                : new QuantileLabel[] {
                    QuantileLabel.WORST, QuantileLabel.WORSE, QuantileLabel.BETTER, QuantileLabel.BEST
                };
        return switch (polarity) {
            case NO_JUDGEMENT -> neutral[band - 1];
            case HIGHER_IS_BETTER -> judged[band - 1];
            case LOWER_IS_BETTER -> judged[count - band];
        };
    }
}
