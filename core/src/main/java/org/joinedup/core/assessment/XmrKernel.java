package org.joinedup.core.assessment;

import org.joinedup.core.spc.ImprovementDirection;
import org.joinedup.core.spc.PointType;
import org.joinedup.core.spc.SpecialCause;

/**
 * The XmR chart of {@link org.joinedup.core.spc.SpcCalculator#xmr} with {@link
 * org.joinedup.core.spc.SpcOptions#DEFAULT} rules and settings (one period, limits from every point,
 * moving ranges at or above 3.267 times their mean screened out, limits at 2.66 mean moving ranges, the
 * Making Data Count rules in their priority order), over a {@code double[]} and without allocating: every
 * scratch array lives in a {@link Workspace} reused from one series to the next.
 *
 * <p>The arithmetic is the reference's, operation for operation (compensated means corrected by a second
 * pass, the same limit constants), so means and limits are bit for bit those of {@code SpcCalculator}, and
 * labels and point types are identical; {@code XmrKernelEquivalenceTest} checks this on random series and
 * on the reference vectors.
 */
public final class XmrKernel {
    /** 3 / d2, as {@code XmrLimits.LIMIT}. */
    static final double LIMIT = 2.66;

    /** Two sigma, written as {@code XmrLimits.NEAR_LIMIT} writes it. */
    static final double NEAR_LIMIT = 2 * (LIMIT / 3);

    /** Screening cut-off, as {@code XmrLimits.SCREEN}. */
    static final double SCREEN = 3.267;

    private static final int RUN = 7;

    /** Code of a point with no value: it is not charted. */
    public static final byte NO_POINT = -1;

    private static final byte COMMON = (byte) SpecialCause.COMMON_CAUSE.ordinal();
    private static final byte ABOVE = (byte) SpecialCause.ABOVE_UPPER_LIMIT.ordinal();
    private static final byte BELOW = (byte) SpecialCause.BELOW_LOWER_LIMIT.ordinal();
    private static final byte TREND_UP = (byte) SpecialCause.TREND_INCREASING.ordinal();
    private static final byte TREND_DOWN = (byte) SpecialCause.TREND_DECREASING.ordinal();
    private static final byte TWO_ABOVE = (byte) SpecialCause.TWO_IN_THREE_ABOVE.ordinal();
    private static final byte TWO_BELOW = (byte) SpecialCause.TWO_IN_THREE_BELOW.ordinal();
    private static final byte SHIFT_ABOVE = (byte) SpecialCause.SHIFT_ABOVE.ordinal();
    private static final byte SHIFT_BELOW = (byte) SpecialCause.SHIFT_BELOW.ordinal();

    private static final SpecialCause[] CAUSES = SpecialCause.values();

    private XmrKernel() {}

    /** Scratch space and results of one chart; one per thread, reused. Not thread-safe. */
    public static final class Workspace {
        /** The values charted, in order: fill {@code y[0, n)} before {@link XmrKernel#chart}. */
        public double[] y;

        /** Per point: special cause code (a {@link SpecialCause} ordinal). */
        public byte[] cause;

        byte[] rel;
        byte[] close;
        byte[] signal;
        byte[] part;
        /** Positions of charted points in their series (used by {@link Assessor}). */
        int[] position;

        public double mean;
        public double lpl;
        public double upl;
        public double nearLpl;
        public double nearUpl;
        public double meanMovingRange;

        public Workspace() {
            this(128);
        }

        public Workspace(int capacity) {
            allocate(Math.max(16, capacity));
        }

        /** Makes room for a series of n points, keeping nothing. */
        public void ensure(int n) {
            if (y.length < n) {
                allocate(Math.max(n, y.length * 2));
            }
        }

        private void allocate(int capacity) {
            y = new double[capacity];
            cause = new byte[capacity];
            rel = new byte[capacity];
            close = new byte[capacity];
            signal = new byte[capacity];
            part = new byte[capacity];
            position = new int[capacity];
        }
    }

    /**
     * Charts {@code ws.y[0, n)}: sets the mean, limits and mean moving range of the workspace and one
     * special-cause code per point in {@code ws.cause}. n may be 0 (nothing is charted).
     */
    public static void chart(Workspace ws, int n) {
        double[] y = ws.y;
        double mean = mean(y, n);
        double mr = meanMovingRange(y, n);
        double lpl = mean - LIMIT * mr;
        double upl = mean + LIMIT * mr;
        double nearLpl = mean - NEAR_LIMIT * mr;
        double nearUpl = mean + NEAR_LIMIT * mr;
        ws.mean = mean;
        ws.meanMovingRange = mr;
        ws.lpl = lpl;
        ws.upl = upl;
        ws.nearLpl = nearLpl;
        ws.nearUpl = nearUpl;

        byte[] rel = ws.rel;
        byte[] close = ws.close;
        byte[] cause = ws.cause;
        // rule 1, outside the limits; strict comparisons, false against NaN limits
        for (int i = 0; i < n; i++) {
            double v = y[i];
            boolean outside = v > upl || v < lpl;
            int side = (int) Math.signum(v - mean);
            rel[i] = (byte) side;
            close[i] = (byte) (!outside && (v < nearLpl || v > nearUpl) ? 1 : 0);
            cause[i] = outside ? (side == 1 ? ABOVE : BELOW) : COMMON;
        }
        trend(ws, n);
        twoInThree(ws, n);
        shift(ws, n);
    }

    /** Rule 2: seven points each strictly above (below) the one before; every point of such a run. */
    private static void trend(Workspace ws, int n) {
        double[] y = ws.y;
        byte[] signal = ws.signal;
        int up = 0;
        int down = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0) {
                up = 0;
                down = 0;
            } else {
                double d = y[i] - y[i - 1];
                up = d > 0 ? up + 1 : 0;
                down = d < 0 ? down + 1 : 0;
            }
            signal[i] = (byte) (i >= RUN - 1 && up >= RUN - 1 ? 1 : i >= RUN - 1 && down >= RUN - 1 ? -1 : 0);
        }
        partOfSeven(signal, ws.part, n);
        byte[] part = ws.part;
        byte[] cause = ws.cause;
        for (int i = 0; i < n; i++) {
            if (part[i] == 0 || cause[i] != COMMON) {
                continue;
            }
            double step;
            if (i + 1 < n && part[i + 1] != 0) {
                step = y[i + 1] - y[i];
            } else {
                step = i > 0 ? y[i] - y[i - 1] : 0;
            }
            cause[i] = step > 0 ? TREND_UP : TREND_DOWN;
        }
    }

    /** Rule 3: two of three points beyond two sigma, all three on one side of the mean; the close ones. */
    private static void twoInThree(Workspace ws, int n) {
        byte[] rel = ws.rel;
        byte[] close = ws.close;
        byte[] cause = ws.cause;
        byte[] qualifies = ws.signal; // window starting at s qualifies
        for (int s = 0; s < n; s++) {
            qualifies[s] = (byte)
                    (s + 2 < n
                                    && close[s] + close[s + 1] + close[s + 2] >= 2
                                    && Math.abs(rel[s] + rel[s + 1] + rel[s + 2]) == 3
                            ? 1
                            : 0);
        }
        for (int i = 0; i < n; i++) {
            if (close[i] == 0 || cause[i] != COMMON) {
                continue;
            }
            boolean flagged =
                    qualifies[i] != 0 || (i >= 1 && qualifies[i - 1] != 0) || (i >= 2 && qualifies[i - 2] != 0);
            if (flagged) {
                cause[i] = rel[i] > 0 ? TWO_ABOVE : TWO_BELOW;
            }
        }
    }

    /** Rule 4: seven points on one side of the mean (a point on the mean breaks the run); every point. */
    private static void shift(Workspace ws, int n) {
        byte[] rel = ws.rel;
        byte[] signal = ws.signal;
        int run = 0;
        for (int i = 0; i < n; i++) {
            int side = rel[i];
            if (side == 0) {
                run = 0;
            } else if (i > 0 && rel[i - 1] == side) {
                run++;
            } else {
                run = 1;
            }
            signal[i] = (byte) (run >= RUN ? 1 : 0);
        }
        partOfSeven(signal, ws.part, n);
        byte[] part = ws.part;
        byte[] cause = ws.cause;
        for (int i = 0; i < n; i++) {
            if (part[i] != 0 && cause[i] == COMMON) {
                cause[i] = rel[i] > 0 ? SHIFT_ABOVE : SHIFT_BELOW;
            }
        }
    }

    /** part[i] = 1 when a signal is set at one of i .. i + 6. */
    private static void partOfSeven(byte[] signal, byte[] part, int n) {
        int next = Integer.MAX_VALUE / 2;
        for (int i = n - 1; i >= 0; i--) {
            if (signal[i] != 0) {
                next = i;
            }
            part[i] = (byte) (next - i < RUN ? 1 : 0);
        }
    }

    /** As {@code spc.Means.mean(x, 0, n)}: Neumaier's sum, divided, corrected by a second pass. */
    static double mean(double[] x, int n) {
        if (n <= 0) {
            return Double.NaN;
        }
        double sum = 0;
        double compensation = 0;
        for (int i = 0; i < n; i++) {
            double v = x[i];
            double t = sum + v;
            if (Math.abs(sum) >= Math.abs(v)) {
                compensation += (sum - t) + v;
            } else {
                compensation += (v - t) + sum;
            }
            sum = t;
        }
        double mean = (sum + compensation) / n;
        double correction = 0;
        for (int i = 0; i < n; i++) {
            correction += x[i] - mean;
        }
        return mean + correction / n;
    }

    /**
     * As {@code XmrLimits.meanMovingRange(x, n, true)}: the compensated mean of |x[i] - x[i-1]|, then, unless
     * it is 0, the compensated mean of the ranges strictly below 3.267 times it. The ranges are recomputed
     * instead of stored.
     */
    static double meanMovingRange(double[] x, int n) {
        if (n < 2) {
            return Double.NaN;
        }
        double mean = rangeMean(x, n, Double.POSITIVE_INFINITY);
        if (mean == 0) {
            return mean;
        }
        return rangeMean(x, n, SCREEN * mean);
    }

    /** Compensated mean of the moving ranges strictly below the cut-off (all when it is infinite). */
    private static double rangeMean(double[] x, int n, double cutOff) {
        double sum = 0;
        double compensation = 0;
        int count = 0;
        for (int i = 1; i < n; i++) {
            double r = Math.abs(x[i] - x[i - 1]);
            if (!(r < cutOff)) {
                continue;
            }
            double t = sum + r;
            if (Math.abs(sum) >= Math.abs(r)) {
                compensation += (sum - t) + r;
            } else {
                compensation += (r - t) + sum;
            }
            sum = t;
            count++;
        }
        if (count == 0) {
            return Double.NaN;
        }
        double mean = (sum + compensation) / count;
        double correction = 0;
        for (int i = 1; i < n; i++) {
            double r = Math.abs(x[i] - x[i - 1]);
            if (r < cutOff) {
                correction += r - mean;
            }
        }
        return mean + correction / count;
    }

    /** The point type code (a {@link PointType} ordinal) of a special-cause code under a direction. */
    public static byte pointType(byte cause, ImprovementDirection direction) {
        int side = CAUSES[cause].side();
        if (side == 0) {
            return (byte) PointType.COMMON_CAUSE.ordinal();
        }
        if (direction == ImprovementDirection.NEUTRAL) {
            return (byte)
                    (side > 0 ? PointType.SPECIAL_CAUSE_NEUTRAL_HIGH : PointType.SPECIAL_CAUSE_NEUTRAL_LOW).ordinal();
        }
        return (byte)
                (side * direction.sign() > 0 ? PointType.SPECIAL_CAUSE_IMPROVEMENT : PointType.SPECIAL_CAUSE_CONCERN)
                        .ordinal();
    }
}
