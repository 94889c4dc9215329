package org.joinedup.core.forecast;

/**
 * The ETS recursion of R's {@code forecast} package (its C function {@code etscalc}), in terms of y.
 *
 * <p>The state vector is (l, b, s_1, ..., s_m): level, trend if any, then seasonal values newest first,
 * so s_m is the one that applies to the next observation. With q = l + phi*b (additive trend), l*b^phi
 * (multiplicative) or l (none), the one-step forecast is f = q (+ or *) s_m and, for an observation y:
 * l' = q + alpha (p - q) with p = y - s_m, y / s_m or y; b' = phi b + (beta / alpha)(r - phi b) with
 * r = l' - l or l' / l; s' = s_m + gamma (t - s_m) with t = y - q or y / q. The error type only changes
 * the residual (y - f, or (y - f) / f) and the likelihood.
 */
final class EtsFilter {
    private static final double TOLERANCE = 1e-10;
    private static final double HUGE = 1e10;

    private EtsFilter() {}

    /** One pass over the data. {@code states} has n + 1 rows (the first is the initial state) or is null. */
    record Pass(double[] fitted, double[] residuals, double[][] states, double criterion, double sse) {}

    /**
     * Runs the recursion from {@code initialState} (full length, with all m seasonal values).
     * {@code criterion} is R's {@code lik}: n ln(sum e^2), plus 2 sum ln|f| for multiplicative errors, which
     * is -2 log-likelihood without its constant; it is NaN when a forecast cannot be made (a negative
     * multiplicative trend).
     */
    static Pass run(double[] y, int m, EtsModel model, EtsParameters p, double[] initialState, boolean keepStates) {
        int n = y.length;
        int width = initialState.length;
        int seasonStart = model.hasTrend() ? 2 : 1;
        int period = model.isSeasonal() ? m : 1;
        double[] state = initialState.clone();
        double[] next = new double[width];
        double[] fitted = new double[n];
        double[] residuals = new double[n];
        double[][] states = keepStates ? new double[n + 1][] : null;
        if (keepStates) {
            states[0] = state.clone();
        }
        double sse = 0;
        double logForecasts = 0;
        for (int t = 0; t < n; t++) {
            double f = oneStep(state, period, model, p.phi());
            if (Double.isNaN(f)) {
                return new Pass(fitted, residuals, states, Double.NaN, Double.NaN);
            }
            fitted[t] = f;
            double e = model.error() == Component.ADDITIVE ? y[t] - f : (y[t] - f) / f;
            residuals[t] = e;
            sse += e * e;
            logForecasts += Math.log(Math.abs(f));
            update(state, next, y[t], period, seasonStart, model, p);
            double[] swap = state;
            state = next;
            next = swap;
            if (keepStates) {
                states[t + 1] = state.clone();
            }
        }
        double criterion = n * Math.log(sse);
        if (model.error() == Component.MULTIPLICATIVE) {
            criterion += 2 * logForecasts;
        }
        return new Pass(fitted, residuals, states, criterion, sse);
    }

    /** The one-step forecast from a state: q (+ or *) s_m; NaN for a negative multiplicative trend. */
    static double oneStep(double[] state, int m, EtsModel model, double phi) {
        double level = state[0];
        double q = level;
        if (model.trend() == Component.ADDITIVE) {
            q = level + phi * state[1];
        } else if (model.trend() == Component.MULTIPLICATIVE) {
            if (state[1] < 0) {
                return Double.NaN;
            }
            q = level * Math.pow(state[1], phi);
        }
        if (model.season() == Component.ADDITIVE) {
            return q + state[state.length - 1];
        } else if (model.season() == Component.MULTIPLICATIVE) {
            return q * state[state.length - 1];
        }
        return q;
    }

    /** Writes the state after observing y into {@code next}. */
    static void update(
            double[] state, double[] next, double y, int m, int seasonStart, EtsModel model, EtsParameters p) {
        double oldLevel = state[0];
        double phi = p.phi();
        double q;
        double phiB;
        switch (model.trend()) {
            case NONE -> {
                phiB = 0;
                q = oldLevel;
            }
            case ADDITIVE -> {
                phiB = phi * state[1];
                q = oldLevel + phiB;
            }
            default -> {
                phiB = Math.abs(phi - 1) < TOLERANCE ? state[1] : Math.pow(state[1], phi);
                q = oldLevel * phiB;
            }
        }
        double oldest = model.isSeasonal() ? state[state.length - 1] : 0;
        double deseasonalised = switch (model.season()) {
            case NONE -> y;
            case ADDITIVE -> y - oldest;
            case MULTIPLICATIVE -> Math.abs(oldest) < TOLERANCE ? HUGE : y / oldest;
        };
        double level = q + p.alpha() * (deseasonalised - q);
        next[0] = level;
        if (model.hasTrend()) {
            double growth;
            if (model.trend() == Component.ADDITIVE) {
                growth = level - oldLevel;
            } else {
                growth = Math.abs(oldLevel) < TOLERANCE ? HUGE : level / oldLevel;
            }
            next[1] = phiB + (p.beta() / p.alpha()) * (growth - phiB);
        }
        if (model.isSeasonal()) {
            double detrended = model.season() == Component.ADDITIVE ? y - q : Math.abs(q) < TOLERANCE ? HUGE : y / q;
            next[seasonStart] = oldest + p.gamma() * (detrended - oldest);
            System.arraycopy(state, seasonStart, next, seasonStart + 1, m - 1);
        }
    }

    /**
     * Point forecasts for 1..h steps from a state, as the recursion gives them: the trend enters as
     * (phi + ... + phi^k) b, or b raised to that power, and the season repeats with period m.
     */
    static double[] pointForecasts(double[] state, int m, EtsModel model, double phi, int h) {
        double[] f = new double[h];
        int seasonStart = model.hasTrend() ? 2 : 1;
        double level = state[0];
        double damping = phi;
        double phiPower = phi;
        for (int i = 0; i < h; i++) {
            double value = switch (model.trend()) {
                case NONE -> level;
                case ADDITIVE -> level + damping * state[1];
                case MULTIPLICATIVE -> state[1] < 0 ? Double.NaN : level * Math.pow(state[1], damping);
            };
            if (model.isSeasonal()) {
                double s = state[seasonStart + m - 1 - (i % m)];
                value = model.season() == Component.ADDITIVE ? value + s : value * s;
            }
            f[i] = value;
            phiPower *= phi;
            damping += Math.abs(phi - 1) < TOLERANCE ? 1 : phiPower;
        }
        return f;
    }
}
