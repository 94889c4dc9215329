package org.joinedup.core.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Fingertips' recent-trend marker (fingertips-open @6780897 {@code Analysis/TrendMarkers/TrendMarkerCalculator.cs}),
 * over the most recent points of a series given oldest first.
 *
 * <p><b>Points.</b> The run of usable points is taken back from the most recent until a point lacks what the
 * method needs; fewer than {@code points} (5) usable points give "could not be calculated" ("Not enough data
 * points with valid values to calculate recent trend"). The last {@code points} of the run are used, numbered
 * t = 1..n oldest first.
 *
 * <p><b>{@link #forCounts} (Fingertips' statistic for SPC-for-proportions indicators).</b> The chi-square test
 * for linear trend in proportions (Armitage), 1 degree of freedom, with rᵢ events of nᵢ at time tᵢ, R = Σr and
 * N = Σn:
 * <pre>  χ² = N·(N·Σrt − R·Σnt)² / (R·(N − R)·(N·Σnt² − (Σnt)²))</pre>
 * A count equal to its denominator, or zero, gives "could not be calculated" (the log-odds below are infinite;
 * Fingertips rejects the first and would produce NaN for the second).
 *
 * <p><b>{@link #forIntervals} (Fingertips' statistic for other indicators).</b> Weighted least squares of the value
 * on t with weights wᵢ = 1/SEᵢ², SEᵢ = (U95ᵢ − L95ᵢ)/3.92: slope b = (Σw·Σwyt − Σwt·Σwy)/(Σw·Σwt² − (Σwt)²), its
 * standard error √(Σw/(Σw·Σwt² − (Σwt)²)), and χ² = (b/SE)², 1 degree of freedom. A point whose upper limit
 * is not above its lower limit gives "could not be calculated".
 *
 * <p><b>Significance.</b> χ² must exceed the threshold z² with z = Φ⁻¹(1 − α/2); Fingertips uses 99.8%
 * (9.54953570608324, p &lt; 0.002), the default here; 95% (3.841458820694124, p &lt; 0.05) is available through
 * {@link #forCounts(List, int, double)}. In addition no single point may reverse the trend: the slope with all
 * points and the n slopes each leaving one point out must share a sign (a slope of exactly 0 counts as
 * positive, as Fingertips). For counts these slopes are the ordinary least-squares slopes of the log-odds
 * log(r/(n − r)) on t; for intervals, the weighted slopes above.
 *
 * <p><b>Direction.</b> Increasing when the all-points slope is above 0 and decreasing when below (0 gives no
 * significant change, as FingertipsNext). For counts fingertips-open leaves this slope unset and so marks every
 * significant proportion trend "decreasing"; the log-odds slope is used here instead.
 */
public final class TrendMarkers {
    /** Fingertips' number of recent points. */
    public static final int FINGERTIPS_POINTS = 5;

    /** Fingertips' confidence for the trend test: χ² &gt; 9.54953570608324. */
    public static final double FINGERTIPS_CONFIDENCE = 0.998;

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private TrendMarkers() {}

    /** The trend of counts of denominators over the 5 most recent points, at 99.8%, as Fingertips. */
    public static TrendResult forCounts(List<TrendPoint> series) {
        return forCounts(series, FINGERTIPS_POINTS, FINGERTIPS_CONFIDENCE);
    }

    /**
     * @param points how many recent points to use, at least 3
     * @param confidence the level of the test, e.g. 0.998 (Fingertips) or 0.95
     */
    public static TrendResult forCounts(List<TrendPoint> series, int points, double confidence) {
        double threshold = threshold(points, confidence);
        List<TrendPoint> recent = recent(series, points, true);
        if (recent == null) {
            return TrendResult.notCalculated("Not enough data points with valid values to calculate recent trend");
        }
        double n = 0;
        double r = 0;
        double rt = 0;
        double nt = 0;
        double nt2 = 0;
        double[] logOdds = new double[points];
        for (int i = 0; i < points; i++) {
            double count = recent.get(i).count().getAsDouble();
            double denominator = recent.get(i).denominator().getAsDouble();
            if (!(count > 0) || !(count < denominator)) {
                return TrendResult.notCalculated("The recent trend cannot be calculated");
            }
            int t = i + 1;
            n += denominator;
            r += count;
            rt += count * t;
            nt += denominator * t;
            nt2 += denominator * t * t;
            logOdds[i] = Math.log(count / (denominator - count));
        }
        double chiSquare = n * Math.pow(n * rt - r * nt, 2) / (r * (n - r) * (n * nt2 - nt * nt));
        double[] slopes = new double[points + 1];
        for (int leftOut = 0; leftOut <= points; leftOut++) {
            double m = 0;
            double sy = 0;
            double sty = 0;
            double st = 0;
            double st2 = 0;
            for (int i = 0; i < points; i++) {
                int t = i + 1;
                if (t != leftOut) {
                    m++;
                    sy += logOdds[i];
                    sty += logOdds[i] * t;
                    st += t;
                    st2 += (double) t * t;
                }
            }
            slopes[leftOut] = (m * sty - sy * st) / (m * st2 - st * st);
        }
        return result(points, chiSquare, slopes, threshold);
    }

    /** The trend of values with 95% intervals over the 5 most recent points, at 99.8%, as Fingertips. */
    public static TrendResult forIntervals(List<TrendPoint> series) {
        return forIntervals(series, FINGERTIPS_POINTS, FINGERTIPS_CONFIDENCE);
    }

    /**
     * @param points how many recent points to use, at least 3
     * @param confidence the level of the test, e.g. 0.998 (Fingertips) or 0.95
     */
    public static TrendResult forIntervals(List<TrendPoint> series, int points, double confidence) {
        double threshold = threshold(points, confidence);
        List<TrendPoint> recent = recent(series, points, false);
        if (recent == null) {
            return TrendResult.notCalculated("Not enough data points with valid values to calculate recent trend");
        }
        double[] w = new double[points];
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            TrendPoint p = recent.get(i);
            double width = p.upper95().getAsDouble() - p.lower95().getAsDouble();
            if (!(width > 0)) {
                return TrendResult.notCalculated("The recent trend cannot be calculated");
            }
            double se = width / 3.92;
            w[i] = 1 / (se * se);
            y[i] = p.value().getAsDouble();
        }
        double[] slopes = new double[points + 1];
        double chiSquare = 0;
        for (int leftOut = 0; leftOut <= points; leftOut++) {
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            double s4 = 0;
            double s5 = 0;
            for (int i = 0; i < points; i++) {
                int t = i + 1;
                if (t != leftOut) {
                    s1 += w[i];
                    s2 += y[i] * t * w[i];
                    s3 += t * w[i];
                    s4 += y[i] * w[i];
                    s5 += (double) t * t * w[i];
                }
            }
            slopes[leftOut] = (s1 * s2 - s3 * s4) / (s1 * s5 - s3 * s3);
            if (leftOut == 0) {
                double se = Math.sqrt(s1 / (s1 * s5 - s3 * s3));
                chiSquare = Math.pow(slopes[0] / se, 2);
            }
        }
        return result(points, chiSquare, slopes, threshold);
    }

    private static TrendResult result(int points, double chiSquare, double[] slopes, double threshold) {
        int signs = 0;
        for (double s : slopes) {
            signs += s < 0 ? -1 : 1;
        }
        boolean noOutliers = Math.abs(signs) == slopes.length;
        boolean significant = noOutliers && chiSquare > threshold;
        TrendMarker marker = TrendMarker.NO_SIGNIFICANT_CHANGE;
        if (significant && slopes[0] > 0) {
            marker = TrendMarker.INCREASING;
        } else if (significant && slopes[0] < 0) {
            marker = TrendMarker.DECREASING;
        }
        return new TrendResult(marker, points, chiSquare, slopes[0], significant, "");
    }

    /** The last {@code points} of the unbroken run of usable points ending at the most recent; null if too few. */
    private static List<TrendPoint> recent(List<TrendPoint> series, int points, boolean counts) {
        Objects.requireNonNull(series, "series");
        List<TrendPoint> run = new ArrayList<>();
        for (int i = series.size() - 1; i >= 0 && run.size() < points; i--) {
            TrendPoint p = Objects.requireNonNull(series.get(i), "trend point");
            if (counts ? !p.hasCounts() : !p.hasInterval()) {
                break;
            }
            run.add(0, p);
        }
        return run.size() < points ? null : run;
    }

    /** The χ² (1 df) threshold z², z = Φ⁻¹(1 − α/2). */
    static double threshold(int points, double confidence) {
        if (points < 3) {
            throw new IllegalArgumentException("a trend needs at least 3 points, not " + points);
        }
        if (!(confidence > 0.5 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be a fraction in (0.5, 1), not " + confidence);
        }
        double z = STANDARD_NORMAL.inverseCumulativeProbability(confidence + (1 - confidence) / 2);
        return z * z;
    }
}
