package org.joinedup.core.forecast;

import java.util.Objects;

/**
 * The forecast outturn of a UK financial year (April to March) from the months known so far and a model
 * fitted to the series up to the last of them.
 *
 * <p><b>Counts</b> (admissions, referrals, packages of care): outturn = sum of the actual months + sum of
 * the forecasts for the remaining months. <b>Rates</b> (per population, per 1,000 attendances): the
 * year's rate is total numerator over total denominator, so the monthly rate model's forecasts are
 * weighted by the remaining months' denominators, which the caller supplies (a known population, or a
 * planned or separately forecast activity, treated as fixed): outturn = (sum of actual numerators + sum
 * of r_i d_i) / (sum of all denominators). This is preferred to forecasting numerator and denominator
 * separately, whose ratio has no simple distribution and ignores how the two move together.
 *
 * <p>The uncertainty is that of a weighted sum of future values, S = sum w_i y_(n+i). For additive errors
 * with no multiplicative component it is exact and normal: writing each future value in terms of the
 * innovations, y_(n+i) = mu_i + e_(n+i) + sum over k &lt; i of c_(i-k) e_(n+k), gives Var S = sigma^2 sum
 * over k of (w_k + sum over i &gt; k of w_i c_(i-k))^2, which carries the covariance between months. For
 * other models it is the empirical distribution of {@value Simulation#PATHS} simulated paths with a fixed
 * seed (so results repeat); its centre is the analytic forecast mean, as for {@link Forecast}.
 *
 * @param monthsActual months of the year already known (0 to 12)
 * @param actualToDate sum of the actual months (counts), or their numerators over all denominators (rates)
 * @param outturn the forecast outturn for the year (point forecast)
 * @param distribution its predictive distribution
 */
public record YearEndForecast(int monthsActual, double actualToDate, double outturn, OutturnDistribution distribution) {
    /** Months in a financial year. */
    public static final int MONTHS = 12;

    public YearEndForecast {
        Objects.requireNonNull(distribution, "distribution");
        if (monthsActual < 0 || monthsActual > MONTHS) {
            throw new IllegalArgumentException("months actual must be 0 to 12, not " + monthsActual);
        }
        if (!Double.isFinite(actualToDate) || !Double.isFinite(outturn)) {
            throw new IllegalArgumentException("actual to date and outturn must be finite numbers");
        }
    }

    /**
     * Outturn of a count. {@code actualsThisYear} are the months known so far from April, and must be the
     * last values of the fitted series (the model is fitted on the history up to the latest month).
     */
    public static YearEndForecast forCount(EtsFit fit, double[] actualsThisYear) {
        Objects.requireNonNull(fit, "fit");
        checkMonths(actualsThisYear, "actuals");
        checkTail(fit, actualsThisYear);
        double actual = 0;
        for (double v : actualsThisYear) {
            actual += v;
        }
        int remaining = MONTHS - actualsThisYear.length;
        double[] weights = new double[remaining];
        java.util.Arrays.fill(weights, 1);
        return build(fit, actualsThisYear.length, actual, weights);
    }

    /**
     * Outturn of a rate: numerator over denominator for the year. The model is fitted to the monthly rates
     * numerator / denominator, ending with the months of this year; {@code remainingDenominators} has one
     * value for each month still to come.
     */
    public static YearEndForecast forRate(
            EtsFit rateFit, double[] actualNumerators, double[] actualDenominators, double[] remainingDenominators) {
        Objects.requireNonNull(rateFit, "rateFit");
        checkMonths(actualNumerators, "actual numerators");
        checkMonths(actualDenominators, "actual denominators");
        if (actualNumerators.length != actualDenominators.length) {
            throw new IllegalArgumentException("one denominator per actual numerator is needed");
        }
        if (actualNumerators.length + remainingDenominators.length != MONTHS) {
            throw new IllegalArgumentException("actual and remaining months must make 12, not "
                    + (actualNumerators.length + remainingDenominators.length));
        }
        double total = 0;
        for (double d : actualDenominators) {
            checkDenominator(d);
            total += d;
        }
        for (double d : remainingDenominators) {
            checkDenominator(d);
            total += d;
        }
        double[] rates = new double[actualNumerators.length];
        double numerator = 0;
        for (int i = 0; i < rates.length; i++) {
            rates[i] = actualNumerators[i] / actualDenominators[i];
            numerator += actualNumerators[i];
        }
        checkTail(rateFit, rates);
        double[] weights = new double[remainingDenominators.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = remainingDenominators[i] / total;
        }
        return build(rateFit, rates.length, numerator / total, weights);
    }

    /** The central interval at a level (percent): {lower, upper}. */
    public double[] interval(double level) {
        if (!(level > 0 && level < 100)) {
            throw new IllegalArgumentException("level must be a percentage between 0 and 100, not " + level);
        }
        return new double[] {distribution.quantile(0.5 - level / 200), distribution.quantile(0.5 + level / 200)};
    }

    /** Probability that the outturn reaches at least the target (for measures where more is better). */
    public double probabilityAtLeast(double target) {
        return 1 - distribution.cumulativeProbability(target);
    }

    /** Probability that the outturn is at most the target (for measures where less is better). */
    public double probabilityAtMost(double target) {
        return distribution.cumulativeProbability(target);
    }

    private static YearEndForecast build(EtsFit fit, int monthsActual, double actual, double[] weights) {
        int h = weights.length;
        if (h == 0) {
            return new YearEndForecast(monthsActual, actual, actual, new OutturnDistribution.Normal(actual, 0));
        }
        Forecast forecast = fit.forecast(h);
        double[] mean = forecast.mean();
        double expected = actual;
        for (int i = 0; i < h; i++) {
            expected += weights[i] * mean[i];
        }
        OutturnDistribution distribution;
        if (EtsForecaster.forecastClass(fit.model()) == 1) {
            double[] c = EtsForecaster.LinearForm.of(fit).meansAndWeights(fit.lastState(), h)[1];
            double variance = 0;
            for (int k = 0; k < h; k++) {
                double coefficient = weights[k];
                for (int i = k + 1; i < h; i++) {
                    coefficient += weights[i] * c[i - k - 1];
                }
                variance += coefficient * coefficient;
            }
            distribution = new OutturnDistribution.Normal(expected, Math.sqrt(fit.sigma2() * variance));
        } else {
            double[][] paths = Simulation.paths(fit, h, Simulation.PATHS, Simulation.SEED);
            double[] sums = new double[paths.length];
            for (int p = 0; p < paths.length; p++) {
                double sum = actual;
                for (int i = 0; i < h; i++) {
                    sum += weights[i] * paths[p][i];
                }
                sums[p] = sum;
            }
            distribution = new OutturnDistribution.Simulated(sums);
        }
        return new YearEndForecast(monthsActual, actual, expected, distribution);
    }

    private static void checkMonths(double[] values, String name) {
        Objects.requireNonNull(values, name);
        if (values.length > MONTHS) {
            throw new IllegalArgumentException(name + ": a financial year has 12 months, not " + values.length);
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(name + " must be finite numbers, not " + v);
            }
        }
    }

    private static void checkDenominator(double d) {
        if (!(d > 0 && Double.isFinite(d))) {
            throw new IllegalArgumentException("denominators must be finite numbers above 0, not " + d);
        }
    }

    /** The model must have been fitted up to and including the months known this year. */
    private static void checkTail(EtsFit fit, double[] months) {
        double[] series = fit.series();
        if (months.length > series.length) {
            throw new IllegalArgumentException("the fitted series is shorter than the months known this year");
        }
        int offset = series.length - months.length;
        for (int i = 0; i < months.length; i++) {
            double expected = series[offset + i];
            if (Math.abs(expected - months[i]) > 1e-9 * Math.max(1, Math.abs(expected))) {
                throw new IllegalArgumentException("month " + (i + 1) + " of the year (" + months[i]
                        + ") is not the matching value of the fitted series (" + expected
                        + "): fit the model up to the latest month");
            }
        }
    }
}
