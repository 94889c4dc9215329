package org.joinedup.core.spc;

import java.util.Arrays;

/**
 * Limits of the XmR (individuals) chart, as NHSRplotthedots computes them: mean of the baseline plus
 * or minus 2.66 mean moving ranges, with the 2-sigma lines at two thirds of that.
 */
final class XmrLimits {
    /** 3 / d2 with d2 = 1.128 for moving ranges of 2, rounded as the reference and Making Data Count use it. */
    static final double LIMIT = 2.66;

    /** Two sigma: two thirds of the 3-sigma width, written as the reference writes it. */
    static final double NEAR_LIMIT = 2 * (LIMIT / 3);

    /** Moving ranges at or above this many mean moving ranges are screened out (Nelson 1982). */
    static final double SCREEN = 3.267;

    private XmrLimits() {}

    /**
     * @param values the period's values in date order
     * @param baselineSize how many leading values set the limits (all of them when not fixed)
     * @param screenOutliers whether to drop large moving ranges and recompute their mean once
     */
    static PeriodLimits of(double[] values, int baselineSize, boolean screenOutliers) {
        int b = Math.min(baselineSize, values.length);
        double mean = Means.mean(values, 0, b);
        double movingRange = meanMovingRange(values, b, screenOutliers);
        Limits limits = new Limits(
                mean,
                mean - LIMIT * movingRange,
                mean + LIMIT * movingRange,
                mean - NEAR_LIMIT * movingRange,
                mean + NEAR_LIMIT * movingRange);
        Limits[] points = new Limits[values.length];
        Arrays.fill(points, limits);
        return new PeriodLimits(points, movingRange, b);
    }

    /**
     * The mean of |x[i] - x[i-1]| over the first {@code b} values; NaN when there are fewer than 2.
     * Screening keeps moving ranges strictly below 3.267 times their mean and averages those. When the
     * mean is 0 nothing is screened: every range is 0 and the limits collapse onto the mean (the
     * reference would screen out all of them and leave the limits undefined).
     */
    static double meanMovingRange(double[] x, int b, boolean screenOutliers) {
        if (b < 2) {
            return Double.NaN;
        }
        double[] ranges = new double[b - 1];
        for (int i = 1; i < b; i++) {
            ranges[i - 1] = Math.abs(x[i] - x[i - 1]);
        }
        double mean = Means.mean(ranges);
        if (!screenOutliers || mean == 0) {
            return mean;
        }
        double cutOff = SCREEN * mean;
        double[] kept = Arrays.stream(ranges).filter(r -> r < cutOff).toArray();
        return Means.mean(kept);
    }
}
