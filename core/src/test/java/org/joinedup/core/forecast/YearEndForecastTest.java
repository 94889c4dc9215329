package org.joinedup.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class YearEndForecastTest {
    private static final EtsModel AAA = EtsModel.parse("AAA");
    private static final EtsModel MAM = EtsModel.parse("MAM");

    /** Five years of monthly counts from April, plus the first {@code monthsThisYear} months of the sixth. */
    private static double[] monthlyCounts(EtsModel model, int monthsThisYear, long seed) {
        double[] state = new double[2 + 12];
        state[0] = model.season() == Component.ADDITIVE ? 500 : 500;
        state[1] = 1;
        for (int i = 0; i < 12; i++) {
            double wave = Math.cos(2 * Math.PI * (11 - i) / 12);
            state[2 + i] = model.season() == Component.ADDITIVE ? 40 * wave : 1 + 0.08 * wave;
        }
        double sigma = model.error() == Component.ADDITIVE ? 10 : 0.02;
        return SimulatedSeries.draw(
                model, 12, new EtsParameters(0.3, 0.02, 0.1, 1), state, sigma, 60 + monthsThisYear, seed);
    }

    private static double[] lastMonths(double[] y, int count) {
        return Arrays.copyOfRange(y, y.length - count, y.length);
    }

    @Test
    void countOutturnIsActualsPlusForecastsOfTheRemainingMonths() {
        double[] y = monthlyCounts(AAA, 5, 1);
        EtsFit fit = Ets.fit(y, 12, AAA);
        double[] actuals = lastMonths(y, 5);
        YearEndForecast outturn = YearEndForecast.forCount(fit, actuals);
        double expected = Arrays.stream(actuals).sum()
                + Arrays.stream(fit.forecast(7).mean()).sum();
        assertThat(outturn.monthsActual()).isEqualTo(5);
        assertThat(outturn.actualToDate()).isCloseTo(Arrays.stream(actuals).sum(), within(1e-9));
        assertThat(outturn.outturn()).isCloseTo(expected, within(1e-9));
        assertThat(outturn.probabilityAtLeast(outturn.outturn())).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void countOutturnVarianceCarriesTheCovarianceBetweenMonths() {
        double[] y = monthlyCounts(AAA, 3, 2);
        EtsFit fit = Ets.fit(y, 12, AAA);
        YearEndForecast outturn = YearEndForecast.forCount(fit, lastMonths(y, 3));
        double[][] paths = Simulation.paths(fit, 9, 20000, 3);
        double[] sums = new double[paths.length];
        for (int p = 0; p < paths.length; p++) {
            sums[p] = Arrays.stream(paths[p]).sum();
        }
        double simulatedSd = Math.sqrt(EtsForecaster.sampleVariance(sums));
        double analyticSd = ((OutturnDistribution.Normal) outturn.distribution()).standardDeviation();
        assertThat(analyticSd).isCloseTo(simulatedSd, within(0.03 * simulatedSd));
        // more than the independent-months variance, since a shock persists through the level
        double independent = Math.sqrt(Arrays.stream(fit.forecast(9).variance()).sum());
        assertThat(analyticSd).isGreaterThan(independent);
    }

    @Test
    void probabilityOfMeetingATargetFallsAsTheTargetRises() {
        double[] y = monthlyCounts(AAA, 6, 4);
        YearEndForecast outturn = YearEndForecast.forCount(Ets.fit(y, 12, AAA), lastMonths(y, 6));
        double[] ninety = outturn.interval(90);
        assertThat(outturn.probabilityAtLeast(ninety[0])).isCloseTo(0.95, within(1e-9));
        assertThat(outturn.probabilityAtMost(ninety[1])).isCloseTo(0.95, within(1e-9));
        assertThat(outturn.probabilityAtLeast(ninety[0] - 1)).isGreaterThan(outturn.probabilityAtLeast(ninety[1]));
    }

    @Test
    void multiplicativeModelsUseARepeatableSimulation() {
        double[] y = monthlyCounts(MAM, 4, 5);
        EtsFit fit = Ets.fit(y, 12, MAM);
        YearEndForecast first = YearEndForecast.forCount(fit, lastMonths(y, 4));
        YearEndForecast second = YearEndForecast.forCount(fit, lastMonths(y, 4));
        assertThat(first.distribution()).isInstanceOf(OutturnDistribution.Simulated.class);
        assertThat(first.interval(95)).containsExactly(second.interval(95));
        assertThat(first.probabilityAtLeast(first.outturn())).isBetween(0.4, 0.6);
        double[] interval = first.interval(95);
        assertThat(interval[0]).isLessThan(first.outturn());
        assertThat(interval[1]).isGreaterThan(first.outturn());
    }

    @Test
    void aCompleteYearIsKnownExactly() {
        double[] y = monthlyCounts(AAA, 12, 6);
        double[] actuals = lastMonths(y, 12);
        YearEndForecast outturn = YearEndForecast.forCount(Ets.fit(y, 12, AAA), actuals);
        double total = Arrays.stream(actuals).sum();
        assertThat(outturn.outturn()).isEqualTo(total);
        assertThat(outturn.probabilityAtLeast(total - 1)).isEqualTo(1);
        assertThat(outturn.probabilityAtLeast(total + 1)).isEqualTo(0);
        assertThat(outturn.interval(95)).containsExactly(total, total);
    }

    @Test
    void actualsMustBeTheEndOfTheFittedSeries() {
        double[] y = monthlyCounts(AAA, 5, 7);
        EtsFit fit = Ets.fit(y, 12, AAA);
        double[] wrong = lastMonths(y, 5);
        wrong[4] += 1;
        assertThatThrownBy(() -> YearEndForecast.forCount(fit, wrong))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fit the model up to the latest month");
        assertThatThrownBy(() -> YearEndForecast.forCount(fit, new double[13]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rateOutturnWeightsForecastRatesByTheirDenominators() {
        // monthly rates per head with a known population for every month
        double[] rates = monthlyCounts(AAA, 5, 8);
        for (int t = 0; t < rates.length; t++) {
            rates[t] /= 1000;
        }
        EtsFit fit = Ets.fit(rates, 12, AAA);
        double[] denominators = new double[5];
        double[] numerators = new double[5];
        for (int i = 0; i < 5; i++) {
            denominators[i] = 1000 + 10 * i;
            numerators[i] = rates[rates.length - 5 + i] * denominators[i];
        }
        double[] remaining = new double[7];
        Arrays.fill(remaining, 2000);
        YearEndForecast outturn = YearEndForecast.forRate(fit, numerators, denominators, remaining);
        double total =
                Arrays.stream(denominators).sum() + Arrays.stream(remaining).sum();
        double[] mean = fit.forecast(7).mean();
        double expected = Arrays.stream(numerators).sum();
        for (double r : mean) {
            expected += r * 2000;
        }
        assertThat(outturn.outturn()).isCloseTo(expected / total, within(1e-12));
        assertThat(outturn.actualToDate()).isCloseTo(Arrays.stream(numerators).sum() / total, within(1e-12));
        assertThat(outturn.interval(95)[0]).isLessThan(outturn.outturn());
    }

    @Test
    void rateNeedsTwelveMonthsOfDenominatorsAllAboveZero() {
        double[] rates = monthlyCounts(AAA, 2, 9);
        EtsFit fit = Ets.fit(rates, 12, AAA);
        double[] numerators = {rates[rates.length - 2], rates[rates.length - 1]};
        double[] ones = {1, 1};
        assertThatThrownBy(() -> YearEndForecast.forRate(fit, numerators, ones, new double[9]))
                .isInstanceOf(IllegalArgumentException.class);
        double[] remaining = new double[10];
        Arrays.fill(remaining, 1);
        remaining[3] = 0;
        assertThatThrownBy(() -> YearEndForecast.forRate(fit, numerators, ones, remaining))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
