package org.joinedup.core.spc;

/**
 * Accurate means. A plain running sum drifts: ten values of 0.1 average to 0.09999999999999999, which
 * would put every point of a flat series below its own mean and fire the shift rule. As R's
 * {@code mean()} does, the sum is compensated and the mean corrected with a second pass.
 */
final class Means {
    private Means() {}

    /** The mean of {@code x[from, to)}; NaN when the range is empty. */
    static double mean(double[] x, int from, int to) {
        int n = to - from;
        if (n <= 0) {
            return Double.NaN;
        }
        double mean = sum(x, from, to) / n;
        double correction = 0;
        for (int i = from; i < to; i++) {
            correction += x[i] - mean;
        }
        return mean + correction / n;
    }

    static double mean(double[] x) {
        return mean(x, 0, x.length);
    }

    /** Neumaier's compensated sum of {@code x[from, to)}. */
    static double sum(double[] x, int from, int to) {
        double sum = 0;
        double compensation = 0;
        for (int i = from; i < to; i++) {
            double t = sum + x[i];
            if (Math.abs(sum) >= Math.abs(x[i])) {
                compensation += (sum - t) + x[i];
            } else {
                compensation += (x[i] - t) + sum;
            }
            sum = t;
        }
        return sum + compensation;
    }
}
