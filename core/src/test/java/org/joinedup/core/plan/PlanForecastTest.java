package org.joinedup.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.joinedup.core.catalogue.Polarity;
import org.joinedup.core.forecast.OutturnDistribution;
import org.joinedup.core.forecast.YearEndForecast;
import org.joinedup.core.period.Frequency;
import org.joinedup.core.period.Period;
import org.junit.jupiter.api.Test;

class PlanForecastTest {
    private static Plan annual(double value) {
        return new Plan(
                "m", "E06000005", Period.financialYear(2024), Frequency.MONTHLY, value, List.of(), PlanKind.PLAN, "");
    }

    private static YearEndForecast normal(double mean, double sd) {
        return new YearEndForecast(6, mean / 2, mean, new OutturnDistribution.Normal(mean, sd));
    }

    private static YearEndForecast simulated(double... draws) {
        return new YearEndForecast(6, 0, 5.5, new OutturnDistribution.Simulated(draws));
    }

    @Test
    void normalOutturnOneStandardDeviationBelowThePlan() {
        // Outturn ~ N(100, 10), plan 110: P(X <= 110) = Phi(1) = 0.841345.
        YearEndForecast f = normal(100, 10);
        assertThat(PlanForecast.probabilityOfMeeting(annual(110), Polarity.LOWER_IS_BETTER, PlanTolerance.NONE, f, 1))
                .isCloseTo(0.841345, within(1e-6));
        assertThat(PlanForecast.probabilityOfMeeting(annual(110), Polarity.HIGHER_IS_BETTER, PlanTolerance.NONE, f, 1))
                .isCloseTo(0.158655, within(1e-6));
    }

    @Test
    void toleranceWidensWhatCountsAsMeeting() {
        // Higher is better, plan 110 with 10%: P(X >= 99) = Phi(0.1) = 0.539828.
        assertThat(PlanForecast.probabilityOfMeeting(
                        annual(110), Polarity.HIGHER_IS_BETTER, PlanTolerance.relative(0.1), normal(100, 10), 1))
                .isCloseTo(0.539828, within(1e-6));
        // No judgement, plan 100 +/- 10: P(90 <= X <= 110) = 0.682689.
        assertThat(PlanForecast.probabilityOfMeeting(
                        annual(100), Polarity.NO_JUDGEMENT, PlanTolerance.absolute(10), normal(100, 10), 1))
                .isCloseTo(0.682689, within(1e-6));
    }

    @Test
    void aKnownOutturnEqualToThePlanMeetsIt() {
        YearEndForecast wholeYear = normal(100, 0);
        assertThat(PlanForecast.probabilityOfMeeting(
                        annual(100), Polarity.HIGHER_IS_BETTER, PlanTolerance.NONE, wholeYear, 1))
                .isEqualTo(1.0);
        assertThat(wholeYear.probabilityAtLeast(100)).isZero(); // why the plan does not use it
        assertThat(PlanForecast.probabilityOfMeeting(
                        annual(100.5), Polarity.HIGHER_IS_BETTER, PlanTolerance.NONE, wholeYear, 1))
                .isZero();
    }

    @Test
    void simulatedDrawsEqualToThePlanReachIt() {
        YearEndForecast f = simulated(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        // Draws >= 5: six of ten; draws <= 5: five; 4 to 6: three.
        assertThat(PlanForecast.probabilityOfMeeting(annual(5), Polarity.HIGHER_IS_BETTER, PlanTolerance.NONE, f, 1))
                .isEqualTo(0.6);
        assertThat(PlanForecast.probabilityOfMeeting(annual(5), Polarity.LOWER_IS_BETTER, PlanTolerance.NONE, f, 1))
                .isEqualTo(0.5);
        assertThat(PlanForecast.probabilityOfMeeting(annual(5), Polarity.NO_JUDGEMENT, PlanTolerance.absolute(1), f, 1))
                .isCloseTo(0.3, within(1e-12));
    }

    @Test
    void aRateForecastAsAPlainRatioIsScaledByTheMultiplier() {
        // forRate forecasts 0.0049 (490 per 100,000), sd 0.0001; plan 500 per 100,000, lower is better:
        // P(X <= 0.005) = Phi(1).
        YearEndForecast f = normal(0.0049, 0.0001);
        assertThat(PlanForecast.probabilityOfMeeting(
                        annual(500), Polarity.LOWER_IS_BETTER, PlanTolerance.NONE, f, 100_000))
                .isCloseTo(0.841345, within(1e-6));
    }
}
