package org.joinedup.core.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Fits exponential smoothing state-space models as R's {@code forecast::ets} (Hyndman et al. 2008) with its
 * defaults: maximum likelihood ({@code opt.crit = "lik"}) over the smoothing parameters and the initial
 * states jointly, by Nelder-Mead from {@code ets}'s heuristic starting values, within the usual and the
 * admissible parameter regions ({@code bounds = "both"}); automatic choice by AICc.
 *
 * <p>Edge cases, for every method:
 *
 * <ul>
 *   <li>a NaN or infinite value: {@link IllegalArgumentException} (R would keep the longest run without
 *       missing values; here the caller decides);
 *   <li>a multiplicative component with a zero or negative value: refused by {@link #fit}, left out by
 *       {@link #auto};
 *   <li>seasonality needs 1 &lt; m &lt;= 24 and more than m values; a seasonal model also needs more values
 *       than parameters (for m = 12 about 18 values), otherwise {@link #auto} considers non-seasonal models
 *       only and {@link #fit} refuses;
 *   <li>a series with n &lt;= (number of parameters) + 4 values is refused (R falls back to Holt-Winters
 *       without optimisation there);
 *   <li>a constant series: {@link #auto} returns simple exponential smoothing with alpha = 0.99999 and
 *       l0 = y_1, as R does; its log-likelihood and criteria are NaN (the residuals are all zero).
 * </ul>
 */
public final class Ets {
    /** R's {@code ets} refuses seasonal periods above 24. */
    public static final int MAX_PERIOD = 24;

    private Ets() {}

    /** Fits one model, estimating all its smoothing parameters and initial states. */
    public static EtsFit fit(double[] y, int m, EtsModel model) {
        return fit(y, m, model, GivenParameters.none());
    }

    /**
     * Fits one model with some smoothing parameters held at given values.
     *
     * @throws IllegalArgumentException for bad data (see the class notes), a model {@code ets} forbids
     *     (see {@link EtsModel#isRestricted()}), or too few values
     */
    public static EtsFit fit(double[] y, int m, EtsModel model, GivenParameters given) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(given, "given");
        checkSeries(y, m);
        if (model.isRestricted()) {
            throw new IllegalArgumentException(
                    model.code() + " is a forbidden combination (infinite forecast variance)");
        }
        if (model.needsPositiveData() && !allPositive(y)) {
            throw new IllegalArgumentException(model.code() + " is multiplicative and needs positive data");
        }
        if (model.isSeasonal() && !seasonalityPossible(y.length, m)) {
            throw new IllegalArgumentException("a seasonal model needs 1 < m <= " + MAX_PERIOD
                    + " and more than m values; m = " + m + ", n = " + y.length);
        }
        int smallest = 2 + (model.hasTrend() ? 2 : 0) + (model.isSeasonal() ? m : 0) + (model.damped() ? 1 : 0) + 5;
        if (y.length < smallest) {
            throw new IllegalArgumentException(
                    model.code() + " needs at least " + smallest + " values, not " + y.length);
        }
        EtsFit fit = estimate(y.clone(), m, model, given);
        if (fit == null) {
            throw new IllegalArgumentException("too few values to estimate " + model.code() + ": " + y.length);
        }
        return fit;
    }

    /**
     * Chooses the model with the smallest AICc among {@link #candidates(double[], int)}, each fitted with
     * {@link #fit(double[], int, EtsModel)}. Ties keep the first in R's order.
     *
     * @throws IllegalArgumentException for bad data, or fewer than 7 values
     */
    public static EtsFit auto(double[] y, int m) {
        checkSeries(y, m);
        if (isConstant(y)) {
            return constantSeries(y);
        }
        if (y.length <= 6) {
            throw new IllegalArgumentException("automatic model choice needs at least 7 values, not " + y.length);
        }
        EtsFit best = null;
        for (EtsModel model : candidates(y, m)) {
            EtsFit fit;
            try {
                fit = estimate(y.clone(), m, model, GivenParameters.none());
            } catch (IllegalArgumentException e) {
                continue; // as R's try(): a model that cannot be fitted is not chosen
            }
            if (fit != null && !Double.isNaN(fit.aicc()) && (best == null || fit.aicc() < best.aicc())) {
                best = fit;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no model could be fitted to " + y.length + " values");
        }
        return best;
    }

    /**
     * The models {@link #auto} compares, in R's order (error, then trend, then season, damped before
     * undamped): no multiplicative trend, none of the restricted combinations, multiplicative errors and
     * seasons only for positive data, seasons only when seasonality is possible.
     */
    public static List<EtsModel> candidates(double[] y, int m) {
        checkSeries(y, m);
        boolean positive = allPositive(y);
        List<Component> seasons = seasonalityPossible(y.length, m)
                ? List.of(Component.NONE, Component.ADDITIVE, Component.MULTIPLICATIVE)
                : List.of(Component.NONE);
        List<EtsModel> models = new ArrayList<>();
        for (Component error : List.of(Component.ADDITIVE, Component.MULTIPLICATIVE)) {
            for (Component trend : List.of(Component.NONE, Component.ADDITIVE)) {
                for (Component season : seasons) {
                    for (boolean damped : List.of(true, false)) {
                        if (damped && trend == Component.NONE) {
                            continue;
                        }
                        EtsModel model = new EtsModel(error, trend, damped, season);
                        if (model.isRestricted() || (model.needsPositiveData() && !positive)) {
                            continue;
                        }
                        models.add(model);
                    }
                }
            }
        }
        return models;
    }

    /**
     * Runs a model with every smoothing parameter and initial state given, without estimation: the
     * fixed-parameter path (classical SES and Holt with given starting values, or re-running a model
     * fitted elsewhere). Any model, restricted or not, may be run. {@code initialState} has all the states,
     * in the layout of {@link EtsFit#states()}. The criteria count the parameters as if estimated.
     */
    public static EtsFit filter(double[] y, int m, EtsModel model, EtsParameters parameters, double[] initialState) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(parameters, "parameters");
        checkSeries(y, m);
        if (model.isSeasonal() && (m < 2 || m > MAX_PERIOD)) {
            throw new IllegalArgumentException("a seasonal model needs 1 < m <= " + MAX_PERIOD + ", not " + m);
        }
        int period = model.isSeasonal() ? m : 1;
        if (initialState.length != model.stateCount(period)) {
            throw new IllegalArgumentException(
                    model.code() + " has " + model.stateCount(period) + " states, not " + initialState.length);
        }
        int smoothing = 1 + (model.hasTrend() ? 1 : 0) + (model.isSeasonal() ? 1 : 0) + (model.damped() ? 1 : 0);
        int freeStates = initialState.length - (model.isSeasonal() ? 1 : 0);
        return assemble(
                y.clone(),
                period,
                model,
                parameters,
                initialState.clone(),
                smoothing + freeStates,
                smoothing + freeStates);
    }

    /** R's {@code etsmodel}; null when there are too few values for the number of parameters. */
    private static EtsFit estimate(double[] y, int m, EtsModel model, GivenParameters given) {
        int period = model.isSeasonal() ? m : 1;
        ParameterSpace space = new ParameterSpace(model, period, given);
        double[] start = space.start();
        if (!space.contains(space.parameters(start))) {
            throw new IllegalArgumentException("given parameters are out of range for " + model.code());
        }
        double[] initial = InitialState.heuristic(y, period, model.trend(), model.season());
        double[] x0 = Arrays.copyOf(start, start.length + initial.length);
        System.arraycopy(initial, 0, x0, start.length, initial.length);
        int estimated = x0.length;
        if (estimated >= y.length - 1) {
            return null;
        }
        int offset = start.length;
        NelderMead.Result best = NelderMead.ETS.minimize(x -> objective(y, period, model, space, x, offset), x0);
        double[] x = best.point();
        EtsParameters parameters = space.parameters(x);
        double[] state = InitialState.complete(Arrays.copyOfRange(x, offset, x.length), model, period);
        return assemble(y, period, model, parameters, state, estimated, estimated + space.givenCount());
    }

    /** R's {@code lik} at x, as the optimiser sees it: infinite outside the parameter space. */
    private static double objective(double[] y, int m, EtsModel model, ParameterSpace space, double[] x, int offset) {
        EtsParameters p;
        try {
            p = space.parameters(x);
        } catch (IllegalArgumentException notFinite) {
            return Double.POSITIVE_INFINITY;
        }
        if (!space.contains(p)) {
            return Double.POSITIVE_INFINITY;
        }
        double[] state = InitialState.complete(Arrays.copyOfRange(x, offset, x.length), model, m);
        if (model.season() == Component.MULTIPLICATIVE) {
            for (int i = model.hasTrend() ? 2 : 1; i < state.length; i++) {
                if (state[i] < 0) {
                    return Double.POSITIVE_INFINITY;
                }
            }
        }
        double criterion = EtsFilter.run(y, m, model, p, state, false).criterion();
        if (Double.isNaN(criterion)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(criterion, -1e10); // avoid perfect fits, as R does
    }

    /**
     * Final pass and criteria: k = {@code estimated} + 1 in AIC, AICc and BIC; sigma^2 = SSE / (n - {@code
     * forSigma}), {@code forSigma} counting given parameters too, as R's {@code ets} does.
     */
    private static EtsFit assemble(
            double[] y, int m, EtsModel model, EtsParameters p, double[] state, int estimated, int forSigma) {
        EtsFilter.Pass pass = EtsFilter.run(y, m, model, p, state, true);
        if (Double.isNaN(pass.criterion())) {
            throw new IllegalArgumentException(model.code() + " cannot forecast from these states (negative growth)");
        }
        int n = y.length;
        int k = estimated + 1;
        double logLik = -0.5 * pass.criterion();
        double aic = pass.criterion() + 2 * k;
        double bic = pass.criterion() + Math.log(n) * k;
        double aicc = aic + 2.0 * k * (k + 1) / (n - k - 1);
        double sigma2 = n > forSigma ? pass.sse() / (n - forSigma) : Double.NaN;
        if (Double.isNaN(sigma2)) {
            throw new IllegalArgumentException("too few values for the number of parameters of " + model.code());
        }
        return new EtsFit(
                model, m, p, y, pass.states(), pass.fitted(), pass.residuals(), logLik, aic, aicc, bic, sigma2, k);
    }

    private static EtsFit constantSeries(double[] y) {
        EtsModel ann = EtsModel.parse("ANN");
        EtsParameters p = EtsParameters.level(0.99999);
        EtsFilter.Pass pass = EtsFilter.run(y, 1, ann, p, new double[] {y[0]}, true);
        return new EtsFit(
                ann,
                1,
                p,
                y,
                pass.states(),
                pass.fitted(),
                pass.residuals(),
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                0,
                2);
    }

    static boolean seasonalityPossible(int n, int m) {
        return m > 1 && m <= MAX_PERIOD && n > m;
    }

    private static void checkSeries(double[] y, int m) {
        Objects.requireNonNull(y, "y");
        if (y.length == 0) {
            throw new IllegalArgumentException("the series is empty");
        }
        if (m < 1) {
            throw new IllegalArgumentException("the seasonal period must be 1 or more, not " + m);
        }
        for (int t = 0; t < y.length; t++) {
            if (!Double.isFinite(y[t])) {
                throw new IllegalArgumentException(
                        "value " + (t + 1) + " is " + y[t] + ": ETS needs a complete series");
            }
        }
    }

    private static boolean allPositive(double[] y) {
        for (double v : y) {
            if (v <= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isConstant(double[] y) {
        for (double v : y) {
            if (v != y[0]) {
                return false;
            }
        }
        return true;
    }
}
