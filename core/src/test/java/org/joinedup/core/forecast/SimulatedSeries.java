package org.joinedup.core.forecast;

import java.util.Random;

/** Series drawn from an ETS model with known parameters and Gaussian innovations, for tests. */
final class SimulatedSeries {
    private SimulatedSeries() {}

    static double[] draw(
            EtsModel model, int m, EtsParameters p, double[] initialState, double sigma, int n, long seed) {
        Random random = new Random(seed);
        int period = model.isSeasonal() ? m : 1;
        double[] state = initialState.clone();
        double[] next = new double[state.length];
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            double f = EtsFilter.oneStep(state, period, model, p.phi());
            double e = sigma * random.nextGaussian();
            y[t] = model.error() == Component.ADDITIVE ? f + e : f * (1 + e);
            EtsFilter.update(state, next, y[t], period, model.hasTrend() ? 2 : 1, model, p);
            double[] swap = state;
            state = next;
            next = swap;
        }
        return y;
    }
}
