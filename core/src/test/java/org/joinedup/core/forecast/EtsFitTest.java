package org.joinedup.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EtsFitTest {
    private static final EtsModel ANN = EtsModel.parse("ANN");
    private static final EtsModel AAN = EtsModel.parse("AAN");
    private static final EtsModel AAA = EtsModel.parse("AAA");
    private static final EtsModel MAM = EtsModel.parse("MAM");

    /** Quarterly pattern summing to zero. */
    private static final double[] SEASON4 = {12, -6, -14, 8};

    private static double[] aaaState(double level, double trend) {
        double[] state = new double[2 + 4];
        state[0] = level;
        state[1] = trend;
        // newest first: the last value applies to the first observation
        for (int i = 0; i < 4; i++) {
            state[2 + i] = SEASON4[3 - i];
        }
        return state;
    }

    @Test
    void fitRecoversTheLevelSmoothingOfSimpleExponentialSmoothing() {
        double sum = 0;
        int seeds = 10;
        for (int seed = 0; seed < seeds; seed++) {
            double[] y = SimulatedSeries.draw(ANN, 1, EtsParameters.level(0.3), new double[] {50}, 1, 200, seed);
            sum += Ets.fit(y, 1, ANN).parameters().alpha();
        }
        assertThat(sum / seeds).isCloseTo(0.3, within(0.05));
    }

    @Test
    void fitRecoversHoltParametersApproximately() {
        double alpha = 0;
        double beta = 0;
        int seeds = 10;
        for (int seed = 0; seed < seeds; seed++) {
            double[] y = SimulatedSeries.draw(
                    AAN, 1, new EtsParameters(0.5, 0.1, 0, 1), new double[] {100, 1}, 1, 200, 100 + seed);
            EtsParameters p = Ets.fit(y, 1, AAN).parameters();
            alpha += p.alpha() / seeds;
            beta += p.beta() / seeds;
        }
        assertThat(alpha).isCloseTo(0.5, within(0.1));
        assertThat(beta).isCloseTo(0.1, within(0.05));
    }

    @Test
    void fittedLikelihoodIsAtLeastThatOfTheTrueParameters() {
        double[] y = SimulatedSeries.draw(AAA, 4, new EtsParameters(0.3, 0.05, 0.2, 1), aaaState(100, 0.5), 2, 60, 7);
        EtsFit fit = Ets.fit(y, 4, AAA);
        EtsFit truth = Ets.filter(y, 4, AAA, new EtsParameters(0.3, 0.05, 0.2, 1), aaaState(100, 0.5));
        assertThat(fit.logLik()).isGreaterThanOrEqualTo(truth.logLik() - 1e-6);
        assertThat(fit.aicc()).isGreaterThan(fit.aic());
        assertThat(fit.parameterCount()).isEqualTo(3 + 2 + 3 + 1);
    }

    @Test
    void criteriaFollowFromTheLikelihoodAsREtsReportsThem() {
        double[] y = SimulatedSeries.draw(ANN, 1, EtsParameters.level(0.3), new double[] {50}, 1, 40, 3);
        EtsFit fit = Ets.fit(y, 1, ANN);
        int n = y.length;
        double minus2 = n * Math.log(fit.sse());
        assertThat(fit.logLik()).isCloseTo(-0.5 * minus2, within(1e-9));
        assertThat(fit.aic()).isCloseTo(minus2 + 2 * 3, within(1e-9));
        assertThat(fit.bic()).isCloseTo(minus2 + Math.log(n) * 3, within(1e-9));
        assertThat(fit.aicc()).isCloseTo(fit.aic() + 2.0 * 3 * 4 / (n - 4), within(1e-9));
        assertThat(fit.sigma2()).isCloseTo(fit.sse() / (n - 2), within(1e-9));
    }

    @Test
    void aiccPicksANonSeasonalModelForSeriesWithoutSeasonInMostSeeds() {
        int right = 0;
        for (int seed = 0; seed < 20; seed++) {
            double[] y = SimulatedSeries.draw(ANN, 1, EtsParameters.level(0.4), new double[] {100}, 3, 48, 1000 + seed);
            EtsFit fit = Ets.auto(y, 4);
            if (!fit.model().isSeasonal()) {
                right++;
            }
        }
        assertThat(right).isGreaterThanOrEqualTo(16);
    }

    @Test
    void aiccPicksASeasonalTrendedModelForSeasonalTrendedSeriesInMostSeeds() {
        int right = 0;
        for (int seed = 0; seed < 20; seed++) {
            double[] y = SimulatedSeries.draw(
                    AAA, 4, new EtsParameters(0.3, 0.05, 0.1, 1), aaaState(100, 2), 2, 48, 2000 + seed);
            EtsFit fit = Ets.auto(y, 4);
            if (fit.model().isSeasonal() && fit.model().hasTrend()) {
                right++;
            }
        }
        assertThat(right).isGreaterThanOrEqualTo(16);
    }

    @Test
    void intervalsWidenWithTheHorizonForEveryForecastClass() {
        double[] y = SimulatedSeries.draw(MAM, 4, new EtsParameters(0.3, 0.02, 0.1, 1), mamState(), 0.03, 48, 11);
        for (String code : List.of("ANN", "AAN", "AAdA", "MNN", "MAN", "MNM", "MAM", "MAdM", "MMN")) {
            EtsFit fit = Ets.fit(y, 4, EtsModel.parse(code));
            Forecast forecast = fit.forecast(12);
            PredictionInterval p95 = forecast.interval(95);
            PredictionInterval p80 = forecast.interval(80);
            double[] width95 = new double[12];
            for (int h = 0; h < 12; h++) {
                width95[h] = p95.upper()[h] - p95.lower()[h];
                assertThat(p95.lower()[h]).as(code).isLessThan(p80.lower()[h]);
                assertThat(p95.upper()[h]).as(code).isGreaterThan(p80.upper()[h]);
            }
            // seasonal models' widths move with the season, so compare the same quarter a year apart
            for (int h = 4; h < 12; h++) {
                assertThat(width95[h]).as(code + " h=" + (h + 1)).isGreaterThan(width95[h - 4]);
            }
        }
    }

    private static double[] mamState() {
        return new double[] {100, 1, 0.9, 1.15, 0.85, 1.1};
    }

    @Test
    void aKnownSeasonalPatternIsForecast() {
        double[] y = SimulatedSeries.draw(AAA, 4, new EtsParameters(0.2, 0.01, 0.05, 1), aaaState(200, 0), 0.5, 40, 5);
        EtsFit fit = Ets.auto(y, 4);
        assertThat(fit.model().isSeasonal()).isTrue();
        double[] mean = fit.forecast(8).mean();
        double level = Arrays.stream(mean).average().orElseThrow();
        for (int h = 0; h < 8; h++) {
            int quarter = (40 + h) % 4;
            assertThat(mean[h] - level).as("h=%d", h + 1).isCloseTo(SEASON4[quarter], within(2.0));
        }
    }

    @Test
    void analyticClassOneVarianceMatchesSimulation() {
        double[] y = SimulatedSeries.draw(AAA, 4, new EtsParameters(0.3, 0.05, 0.1, 1), aaaState(100, 1), 2, 40, 9);
        EtsFit fit = Ets.fit(y, 4, AAA);
        double[] analytic = fit.forecast(8).variance();
        double[][] paths = Simulation.paths(fit, 8, 20000, 1);
        for (int h = 0; h < 8; h++) {
            double[] column = new double[paths.length];
            for (int k = 0; k < paths.length; k++) {
                column[k] = paths[k][h];
            }
            assertThat(EtsForecaster.sampleVariance(column)).isCloseTo(analytic[h], within(0.05 * analytic[h]));
        }
    }

    @Test
    void analyticClassThreeVarianceMatchesSimulation() {
        double[] y = SimulatedSeries.draw(MAM, 4, new EtsParameters(0.3, 0.02, 0.1, 1), mamState(), 0.03, 48, 12);
        for (String code : List.of("MAM", "MAdM", "MNM", "MAN")) {
            EtsFit fit = Ets.fit(y, 4, EtsModel.parse(code));
            Forecast forecast = fit.forecast(8);
            double[][] paths = Simulation.paths(fit, 8, 20000, 2);
            for (int h = 0; h < 8; h++) {
                double[] column = new double[paths.length];
                for (int k = 0; k < paths.length; k++) {
                    column[k] = paths[k][h];
                }
                double mean = Arrays.stream(column).average().orElseThrow();
                assertThat(mean).as(code + " mean h=" + (h + 1)).isCloseTo(forecast.mean()[h], within(0.01 * mean));
                assertThat(EtsForecaster.sampleVariance(column))
                        .as(code + " variance h=" + (h + 1))
                        .isCloseTo(forecast.variance()[h], within(0.06 * forecast.variance()[h]));
            }
        }
    }

    @Test
    void aShortSeriesGetsNonSeasonalModelsOnly() {
        double[] y = SimulatedSeries.draw(ANN, 1, EtsParameters.level(0.4), new double[] {100}, 3, 12, 1);
        assertThat(Ets.candidates(y, 12)).noneMatch(EtsModel::isSeasonal);
        assertThat(Ets.auto(y, 12).model().isSeasonal()).isFalse();
        assertThatThrownBy(() -> Ets.fit(y, 12, EtsModel.parse("ANA"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nonPositiveDataGetsNoMultiplicativeModels() {
        double[] y = SimulatedSeries.draw(ANN, 1, EtsParameters.level(0.4), new double[] {0}, 3, 30, 1);
        assertThat(Ets.candidates(y, 4)).noneMatch(EtsModel::needsPositiveData);
        assertThat(Ets.auto(y, 4).model().needsPositiveData()).isFalse();
        assertThatThrownBy(() -> Ets.fit(y, 1, EtsModel.parse("MNN")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
    }

    @Test
    void theDefaultModelSpaceHasFifteenModelsForPositiveSeasonalData() {
        double[] y = SimulatedSeries.draw(MAM, 4, new EtsParameters(0.3, 0.02, 0.1, 1), mamState(), 0.03, 48, 1);
        assertThat(Ets.candidates(y, 4))
                .extracting(EtsModel::code)
                .containsExactly(
                        "ANN", "ANA", "AAdN", "AAN", "AAdA", "AAA", "MNN", "MNA", "MNM", "MAdN", "MAN", "MAdA", "MAA",
                        "MAdM", "MAM");
    }

    @Test
    void aMissingValueIsRefused() {
        double[] y = {1, 2, Double.NaN, 4, 5, 6, 7, 8};
        assertThatThrownBy(() -> Ets.auto(y, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> Ets.fit(y, 1, ANN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aConstantSeriesGivesSimpleExponentialSmoothingAtItsValue() {
        double[] y = new double[20];
        Arrays.fill(y, 7);
        EtsFit fit = Ets.auto(y, 12);
        assertThat(fit.model()).isEqualTo(ANN);
        assertThat(fit.forecast(3).mean()).containsExactly(7, 7, 7);
        assertThat(fit.sigma2()).isZero();
        assertThat(fit.aicc()).isNaN();
    }

    @Test
    void forbiddenCombinationsAreRefused() {
        double[] y = SimulatedSeries.draw(MAM, 4, new EtsParameters(0.3, 0.02, 0.1, 1), mamState(), 0.03, 48, 1);
        assertThatThrownBy(() -> Ets.fit(y, 4, EtsModel.parse("ANM"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ets.fit(y, 4, EtsModel.parse("MMA"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void modelCodesRoundTrip() {
        for (String code : List.of("ANN", "AAdN", "MAdM", "MNM", "AAA")) {
            assertThat(EtsModel.parse(code).code()).isEqualTo(code);
        }
        assertThatThrownBy(() -> EtsModel.parse("ANdN")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EtsModel.parse("NNN")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void estimatedParametersStayWithinTheUsualBounds() {
        for (int seed = 0; seed < 5; seed++) {
            double[] y = SimulatedSeries.draw(
                    AAA, 4, new EtsParameters(0.3, 0.05, 0.1, 1), aaaState(100, 1), 2, 40, 300 + seed);
            EtsParameters p = Ets.fit(y, 4, EtsModel.parse("AAdA")).parameters();
            assertThat(p.alpha()).isBetween(1e-4, 0.9999);
            assertThat(p.beta()).isBetween(1e-4, p.alpha());
            assertThat(p.gamma()).isBetween(1e-4, 1 - p.alpha());
            assertThat(p.phi()).isBetween(0.8, 0.98);
        }
    }
}
