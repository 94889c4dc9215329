package org.joinedup.core.forecast;

import java.util.Objects;

/**
 * A fitted ETS model, with the quantities R's {@code ets} reports.
 *
 * @param model the model form
 * @param period the seasonal period m (1 for non-seasonal models)
 * @param parameters the smoothing parameters (estimated or given)
 * @param series the data fitted
 * @param states n + 1 rows of (l, b, s_1 .. s_m), the first being the initial state; s_1 is the newest
 *     seasonal value, s_m the one applying to the next observation
 * @param fitted one-step forecasts of each observation
 * @param residuals y - fitted for additive errors, (y - fitted) / fitted for multiplicative ones
 * @param logLik R's {@code loglik}: -0.5 (n ln(sum e^2) + 2 sum ln|fitted| for multiplicative errors),
 *     that is the Gaussian log-likelihood with sigma^2 concentrated out and without its constant term
 * @param aic -2 logLik + 2k, k being {@code parameterCount}
 * @param aicc aic + 2k(k + 1) / (n - k - 1)
 * @param bic -2 logLik + k ln n
 * @param sigma2 sum e^2 / (n - k + 1) as R computes it (k - 1 = smoothing parameters plus free initial
 *     states); the variance of the innovations used for prediction intervals
 * @param parameterCount k: estimated smoothing parameters, free initial states (m - 1 seasonal values),
 *     and one for the innovation variance
 */
public record EtsFit(
        EtsModel model,
        int period,
        EtsParameters parameters,
        double[] series,
        double[][] states,
        double[] fitted,
        double[] residuals,
        double logLik,
        double aic,
        double aicc,
        double bic,
        double sigma2,
        int parameterCount) {

    public EtsFit {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(parameters, "parameters");
        if (period < 1) {
            throw new IllegalArgumentException("period must be 1 or more");
        }
        series = series.clone();
        fitted = fitted.clone();
        residuals = residuals.clone();
        if (fitted.length != series.length || residuals.length != series.length || states.length != series.length + 1) {
            throw new IllegalArgumentException("fitted values, residuals and states must match the series");
        }
        double[][] copy = new double[states.length][];
        for (int i = 0; i < states.length; i++) {
            if (states[i].length != model.stateCount(period)) {
                throw new IllegalArgumentException(
                        "state " + i + " has " + states[i].length + " values, expected " + model.stateCount(period));
            }
            copy[i] = states[i].clone();
        }
        states = copy;
        if (!(sigma2 >= 0)) {
            throw new IllegalArgumentException("sigma2 must be 0 or more, not " + sigma2);
        }
    }

    @Override
    public double[] series() {
        return series.clone();
    }

    @Override
    public double[][] states() {
        double[][] copy = new double[states.length][];
        for (int i = 0; i < states.length; i++) {
            copy[i] = states[i].clone();
        }
        return copy;
    }

    @Override
    public double[] fitted() {
        return fitted.clone();
    }

    @Override
    public double[] residuals() {
        return residuals.clone();
    }

    public double[] initialState() {
        return states[0].clone();
    }

    /** The state after the last observation, from which forecasts start. */
    public double[] lastState() {
        return states[states.length - 1].clone();
    }

    public int size() {
        return series.length;
    }

    /** Sum of squared residuals. */
    public double sse() {
        double sum = 0;
        for (double e : residuals) {
            sum += e * e;
        }
        return sum;
    }

    /** Point forecasts and 80% and 95% prediction intervals for 1..h steps ahead. */
    public Forecast forecast(int h) {
        return forecast(h, 80, 95);
    }

    /** Point forecasts and prediction intervals at the given levels (percent, in (0, 100)). */
    public Forecast forecast(int h, double... levels) {
        return EtsForecaster.forecast(this, h, levels);
    }

    @Override
    public String toString() {
        return model + " alpha=" + parameters.alpha() + " beta=" + parameters.beta() + " gamma=" + parameters.gamma()
                + " phi=" + parameters.phi() + " logLik=" + logLik + " AICc=" + aicc;
    }
}
