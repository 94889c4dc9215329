package org.joinedup.core.forecast;

import java.util.Arrays;
import java.util.Random;

/**
 * Future sample paths of a fitted model with Gaussian innovations of variance sigma^2, drawn from
 * {@link Random} with a fixed seed so that results repeat exactly. R's {@code simulate.ets} does the same
 * with R's generator, so individual paths (not their distribution) differ from R's.
 */
final class Simulation {
    /** Paths drawn when intervals or year-end distributions are simulated (R's {@code npaths}). */
    static final int PATHS = 5000;

    /** Seed of the generator; any fixed value would do. */
    static final long SEED = 20_080_101L;

    private Simulation() {}

    /** {@code count} paths of {@code h} values following the end of the fitted series. */
    static double[][] paths(EtsFit fit, int h, int count, long seed) {
        Random random = new Random(seed);
        EtsModel model = fit.model();
        int m = model.isSeasonal() ? fit.period() : 1;
        int seasonStart = model.hasTrend() ? 2 : 1;
        double sigma = Math.sqrt(fit.sigma2());
        double[][] paths = new double[count][h];
        double[] next = new double[model.stateCount(m)];
        for (int path = 0; path < count; path++) {
            double[] state = fit.lastState();
            for (int i = 0; i < h; i++) {
                double f = EtsFilter.oneStep(state, m, model, fit.parameters().phi());
                double e = sigma * random.nextGaussian();
                if (Double.isNaN(f)) {
                    Arrays.fill(paths[path], i, h, Double.NaN);
                    break;
                }
                double y = model.error() == Component.ADDITIVE ? f + e : f * (1 + e);
                paths[path][i] = y;
                EtsFilter.update(state, next, y, m, seasonStart, model, fit.parameters());
                double[] swap = state;
                state = next;
                next = swap;
            }
        }
        return paths;
    }

    /** Quantile of sorted values by R's type 8 (median-unbiased) rule; NaN values must be removed first. */
    static double quantile(double[] sorted, double p) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double position = n * p + (p + 1) / 3;
        int j = (int) Math.floor(position);
        double g = position - j;
        if (j < 1) {
            return sorted[0];
        }
        if (j >= n) {
            return sorted[n - 1];
        }
        return (1 - g) * sorted[j - 1] + g * sorted[j];
    }

    /** The finite values, sorted. */
    static double[] sortedFinite(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    }
}
