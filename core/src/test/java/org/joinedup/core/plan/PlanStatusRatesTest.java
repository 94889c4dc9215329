package org.joinedup.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.Polarity;
import org.joinedup.core.catalogue.ValueType;
import org.joinedup.core.observation.Breakdown;
import org.joinedup.core.observation.Observation;
import org.joinedup.core.observation.ObservationKey;
import org.joinedup.core.observation.Status;
import org.joinedup.core.period.Frequency;
import org.joinedup.core.period.Period;
import org.junit.jupiter.api.Test;

/** Worked examples: each figure is worked by hand in the comments. */
class PlanStatusRatesTest {

    private static final String AREA = "E06000005";
    private static final Period FY24 = Period.financialYear(2024);

    private static Period month(int year, int month) {
        return Period.month(YearMonth.of(year, month));
    }

    private static Observation obs(String metric, Period period, Double numerator, Double denominator, Double value) {
        return new Observation(
                new ObservationKey(metric, AREA, period, Breakdown.TOTAL),
                1,
                numerator,
                denominator,
                value,
                Status.FINAL);
    }

    // Emergency admissions aged 65+ per 100,000: a quarterly crude rate where lower is better.
    final MetricDefinition def = MetricDefinition.builder("admissions_65", 1)
            .valueType(ValueType.CRUDE_RATE)
            .multiplier(100_000)
            .polarity(Polarity.LOWER_IS_BETTER)
            .frequency(Frequency.QUARTERLY)
            .build();

    final Plan plan = Plan.of(
            def,
            AREA,
            FY24,
            2010,
            List.of(
                    new TrajectoryPoint(Period.quarter(2024, 1), 500),
                    new TrajectoryPoint(Period.quarter(2024, 2), 480),
                    new TrajectoryPoint(Period.quarter(2024, 3), 520),
                    new TrajectoryPoint(Period.quarter(2024, 4), 510)),
            PlanKind.PLAN,
            "");

    final List<Observation> actuals = List.of(
            obs("admissions_65", Period.quarter(2024, 1), 520.0, 100_000.0, null),
            obs("admissions_65", Period.quarter(2024, 2), 470.0, 101_000.0, null));

    @Test
    void yearToDateRateIsAboveThePlanWeightedByPopulation() {
        PlanStatus status = PlanStatus.compute(plan, def, actuals, PlanTolerance.NONE);
        // Actual (520 + 470) / 201,000 x 100,000 = 492.537.
        // Plan (500 x 100,000 + 480 x 101,000) / 201,000 = 489.950: the actual is higher, so off track.
        assertThat(status.method()).isEqualTo(ToDateMethod.RATIO_OF_SUMS);
        assertThat(status.actualToDate()).isCloseTo(492.5373, within(1e-4));
        assertThat(status.planToDate()).isCloseTo(489.9502, within(1e-4));
        assertThat(status.state()).isEqualTo(PlanState.OFF_TRACK);
        // Q1 520 > 500 is off track; Q2 470 / 101,000 = 465.35 <= 480 is on track.
        assertThat(status.periods())
                .extracting(PeriodStatus::state)
                .containsExactly(
                        PlanState.OFF_TRACK, PlanState.ON_TRACK, PlanState.NOT_ENOUGH_DATA, PlanState.NOT_ENOUGH_DATA);
        assertThat(status.periods().get(1).actual()).isCloseTo(465.3465, within(1e-4));
    }

    @Test
    void anAbsoluteToleranceOfThreePerHundredThousandCoversTheGap() {
        // 492.537 <= 489.950 + 3.
        assertThat(PlanStatus.compute(plan, def, actuals, PlanTolerance.absolute(3))
                        .state())
                .isEqualTo(PlanState.ON_TRACK);
        assertThat(PlanStatus.compute(plan, def, actuals, PlanTolerance.absolute(2.5))
                        .state())
                .isEqualTo(PlanState.OFF_TRACK);
    }

    @Test
    void atThePlanIsOnTrack() {
        List<Observation> onPlan = List.of(
                obs("admissions_65", Period.quarter(2024, 1), 500.0, 100_000.0, null),
                obs("admissions_65", Period.quarter(2024, 2), 484.8, 101_000.0, null));
        PlanStatus status = PlanStatus.compute(plan, def, onPlan, PlanTolerance.NONE);
        assertThat(status.actualToDate()).isCloseTo(status.planToDate(), within(1e-9));
        assertThat(status.state()).isEqualTo(PlanState.ON_TRACK);
    }

    @Test
    void withoutATrajectoryAQuarterlyRatePerPopulationIsNotJudged() {
        Plan annualOnly = Plan.of(def, AREA, FY24, 2010, List.of(), PlanKind.PLAN, "");
        PlanStatus status = PlanStatus.compute(annualOnly, def, actuals, PlanTolerance.NONE);
        assertThat(status.state()).isEqualTo(PlanState.NOT_ENOUGH_DATA);
        assertThat(status.reason()).contains("crude rate").contains("without a trajectory");
        assertThat(status.actualToDate()).isNull();
        assertThat(status.periods()).extracting(PeriodStatus::state).containsOnly(PlanState.NO_PLAN);
    }

    @Test
    void aStandardisedRateIsTheMeanOfItsValues() {
        MetricDefinition dsr = MetricDefinition.builder("falls", 1)
                .valueType(ValueType.DSR)
                .multiplier(100_000)
                .polarity(Polarity.LOWER_IS_BETTER)
                .frequency(Frequency.QUARTERLY)
                .build();
        Plan falls = Plan.of(
                dsr,
                AREA,
                FY24,
                2000,
                List.of(
                        new TrajectoryPoint(Period.quarter(2024, 1), 500),
                        new TrajectoryPoint(Period.quarter(2024, 2), 500)),
                PlanKind.PLAN,
                "");
        PlanStatus status = PlanStatus.compute(
                falls,
                dsr,
                List.of(
                        obs("falls", Period.quarter(2024, 1), 40.0, 9000.0, 520.0),
                        obs("falls", Period.quarter(2024, 2), 35.0, 9000.0, 470.0)),
                PlanTolerance.NONE);
        // (520 + 470) / 2 = 495 <= 500, though 75 / 18,000 would be 416.7 per 100,000 crude.
        assertThat(status.method()).isEqualTo(ToDateMethod.MEAN_OF_VALUES);
        assertThat(status.actualToDate()).isEqualTo(495.0);
        assertThat(status.state()).isEqualTo(PlanState.ON_TRACK);
    }
}
