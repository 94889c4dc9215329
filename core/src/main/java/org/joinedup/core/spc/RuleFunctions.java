package org.joinedup.core.spc;

import java.util.Arrays;

/**
 * The building blocks of the Making Data Count rules, one function per helper of the reference
 * ({@code ptd_seven_point_one_side_mean}, {@code ptd_part_of_seven_trend}, {@code ptd_seven_point_trend},
 * {@code ptd_two_in_three}, {@code ptd_part_of_two_in_three}, {@code ptd_special_cause_type}), so that
 * each can be checked against the reference's own test vectors. Flags are 0/1 and trend signals
 * +1/-1, as there.
 */
final class RuleFunctions {
    static final int RUN = 7;

    private RuleFunctions() {}

    /** 1 at a point that closes a run of 7 with the same non-zero side of the mean; a point on the mean breaks a run. */
    static int[] sevenPointOneSideMean(int[] relativeToMean) {
        int[] out = new int[relativeToMean.length];
        for (int i = RUN - 1; i < relativeToMean.length; i++) {
            int side = relativeToMean[i];
            boolean run = side != 0;
            for (int k = 1; run && k < RUN; k++) {
                run = relativeToMean[i - k] == side;
            }
            out[i] = run ? 1 : 0;
        }
        return out;
    }

    /** 1 at every point of a 7-window that ends at a non-zero signal: spreads a run's last point back over the run. */
    static int[] partOfSeven(int[] signals) {
        int[] out = new int[signals.length];
        for (int i = 0; i < signals.length; i++) {
            for (int k = 0; k < RUN && i + k < signals.length; k++) {
                if (Math.abs(signals[i + k]) == 1) {
                    out[i] = 1;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * +1 (-1) at a point that closes 7 points each strictly above (below) the one before, i.e. 6
     * strict differences; a tie breaks the trend. Fewer than 7 points never trend.
     */
    static int[] sevenPointTrend(double[] y) {
        int[] out = new int[y.length];
        for (int i = RUN - 1; i < y.length; i++) {
            boolean up = true;
            boolean down = true;
            for (int k = 0; k < RUN - 1; k++) {
                double difference = y[i - k] - y[i - k - 1];
                up &= difference > 0;
                down &= difference < 0;
            }
            out[i] = up ? 1 : down ? -1 : 0;
        }
        return out;
    }

    /**
     * 1 at a point in some window of 3 consecutive points in which at least 2 are close to the limits
     * and all 3 are on the same side of the mean (none on it). Opposite sides never count.
     */
    static int[] twoInThree(int[] close, int[] relativeToMean) {
        int n = close.length;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            for (int start = i - 2; start <= i; start++) {
                if (start >= 0 && start + 2 < n && windowQualifies(close, relativeToMean, start)) {
                    out[i] = 1;
                    break;
                }
            }
        }
        return out;
    }

    private static boolean windowQualifies(int[] close, int[] relativeToMean, int start) {
        int closeCount = 0;
        int sides = 0;
        for (int k = start; k < start + 3; k++) {
            closeCount += close[k];
            sides += relativeToMean[k];
        }
        return closeCount >= 2 && Math.abs(sides) == 3;
    }

    /** Of the points in a qualifying window, only those close to the limits are flagged. */
    static int[] partOfTwoInThree(int[] twoInThree, int[] close) {
        int[] out = new int[twoInThree.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = twoInThree[i] == 1 && Math.abs(close[i]) == 1 ? 1 : 0;
        }
        return out;
    }

    static SpecialCause[] outsideLabels(int[] outside, int[] relativeToMean) {
        SpecialCause[] out = commonCause(outside.length);
        for (int i = 0; i < out.length; i++) {
            if (outside[i] != 0) {
                out[i] = SpecialCause.outside(relativeToMean[i] == 1 ? 1 : -1);
            }
        }
        return out;
    }

    /**
     * Labels points that are part of a trend. The direction is that of the step to the next point when
     * the next point is in a trend too, else of the step from the previous point; as in the reference a
     * step of zero reads as decreasing (it can happen where two trends meet).
     */
    static SpecialCause[] trendLabels(double[] y, int[] partOfTrend) {
        int n = y.length;
        SpecialCause[] out = commonCause(n);
        for (int i = 0; i < n; i++) {
            if (partOfTrend[i] == 0) {
                continue;
            }
            double step;
            if (i + 1 < n && partOfTrend[i + 1] != 0) {
                step = y[i + 1] - y[i];
            } else {
                step = i > 0 ? y[i] - y[i - 1] : 0;
            }
            out[i] = SpecialCause.trend(step > 0 ? 1 : -1);
        }
        return out;
    }

    static SpecialCause[] twoInThreeLabels(int[] partOfTwoInThree, int[] relativeToMean) {
        SpecialCause[] out = commonCause(partOfTwoInThree.length);
        for (int i = 0; i < out.length; i++) {
            if (partOfTwoInThree[i] != 0) {
                out[i] = SpecialCause.twoInThree(relativeToMean[i] > 0 ? 1 : -1);
            }
        }
        return out;
    }

    static SpecialCause[] shiftLabels(int[] partOfShift, int[] relativeToMean) {
        SpecialCause[] out = commonCause(partOfShift.length);
        for (int i = 0; i < out.length; i++) {
            if (partOfShift[i] != 0) {
                out[i] = SpecialCause.shift(relativeToMean[i] > 0 ? 1 : -1);
            }
        }
        return out;
    }

    static SpecialCause[] commonCause(int n) {
        SpecialCause[] out = new SpecialCause[n];
        Arrays.fill(out, SpecialCause.COMMON_CAUSE);
        return out;
    }

    static int[] asFlags(boolean[] flags) {
        int[] out = new int[flags.length];
        for (int i = 0; i < flags.length; i++) {
            out[i] = flags[i] ? 1 : 0;
        }
        return out;
    }
}
