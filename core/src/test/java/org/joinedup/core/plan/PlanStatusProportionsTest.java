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
class PlanStatusProportionsTest {

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

    // Four-hour performance: a monthly proportion, higher is better, with a 92.8% target.
    final MetricDefinition def = MetricDefinition.builder("four_hour", 1)
            .valueType(ValueType.PROPORTION)
            .multiplier(100)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .frequency(Frequency.MONTHLY)
            .build();

    final Plan target = Plan.of(def, AREA, FY24, 92.8, List.of(), PlanKind.TARGET, "national standard");

    @Test
    void yearToDateIsRecomputedFromSummedNumeratorsAndDenominators() {
        List<Observation> actuals = List.of(
                obs("four_hour", month(2024, 4), 900.0, 1000.0, 90.0),
                obs("four_hour", month(2024, 5), 1900.0, 2000.0, 95.0));
        PlanStatus status = PlanStatus.compute(target, def, actuals, PlanTolerance.NONE);
        // 2,800 / 3,000 = 93.33%, above 92.8%; the mean of 90% and 95% (92.5%) would have missed it.
        assertThat(status.method()).isEqualTo(ToDateMethod.RATIO_OF_SUMS);
        assertThat(status.actualToDate()).isCloseTo(93.3333, within(1e-4));
        assertThat(status.planToDate()).isEqualTo(92.8);
        assertThat(status.state()).isEqualTo(PlanState.ON_TRACK);
        // A level target holds for each month: April missed it, May met it.
        assertThat(status.periods())
                .containsExactly(
                        new PeriodStatus(month(2024, 4), 92.8, 90.0, PlanState.OFF_TRACK),
                        new PeriodStatus(month(2024, 5), 92.8, 95.0, PlanState.ON_TRACK));
    }

    @Test
    void aMonthPublishedAsAValueAloneFallsBackToTheMeanOfValues() {
        List<Observation> actuals = List.of(
                obs("four_hour", month(2024, 4), 900.0, 1000.0, 90.0),
                obs("four_hour", month(2024, 5), null, null, 95.0));
        PlanStatus status = PlanStatus.compute(target, def, actuals, PlanTolerance.NONE);
        // (90 + 95) / 2 = 92.5 < 92.8.
        assertThat(status.method()).isEqualTo(ToDateMethod.MEAN_OF_VALUES);
        assertThat(status.actualToDate()).isEqualTo(92.5);
        assertThat(status.state()).isEqualTo(PlanState.OFF_TRACK);
    }

    @Test
    void trajectoryIsWeightedByTheActualDenominators() {
        Plan plan = Plan.of(
                def,
                AREA,
                FY24,
                93,
                List.of(new TrajectoryPoint(month(2024, 4), 90), new TrajectoryPoint(month(2024, 5), 96)),
                PlanKind.PLAN,
                "");
        List<Observation> actuals = List.of(
                obs("four_hour", month(2024, 4), 900.0, 1000.0, 90.0),
                obs("four_hour", month(2024, 5), 2850.0, 3000.0, 95.0));
        PlanStatus status = PlanStatus.compute(plan, def, actuals, PlanTolerance.NONE);
        // Plan to date (90 x 1,000 + 96 x 3,000) / 4,000 = 94.5; actual 3,750 / 4,000 = 93.75: short.
        // An unweighted plan, (90 + 96) / 2 = 93, would have called it on track.
        assertThat(status.planToDate()).isCloseTo(94.5, within(1e-9));
        assertThat(status.actualToDate()).isCloseTo(93.75, within(1e-9));
        assertThat(status.state()).isEqualTo(PlanState.OFF_TRACK);
    }

    @Test
    void anAnnualTargetIsJudgedOnTheYearsOneValue() {
        MetricDefinition dementia = MetricDefinition.builder("dementia", 1)
                .valueType(ValueType.PROPORTION)
                .multiplier(100)
                .polarity(Polarity.HIGHER_IS_BETTER)
                .frequency(Frequency.ANNUAL)
                .build();
        Plan ambition = Plan.of(dementia, AREA, FY24, 66.7, List.of(), PlanKind.TARGET, "");
        PlanStatus status = PlanStatus.compute(
                ambition, dementia, List.of(obs("dementia", FY24, 650.0, 1000.0, 65.0)), PlanTolerance.NONE);
        assertThat(status.state()).isEqualTo(PlanState.OFF_TRACK);
        assertThat(status.periods()).containsExactly(new PeriodStatus(FY24, 66.7, 65.0, PlanState.OFF_TRACK));
        PlanStatus withinAPoint = PlanStatus.compute(
                ambition, dementia, List.of(obs("dementia", FY24, 650.0, 1000.0, 65.0)), PlanTolerance.absolute(2));
        assertThat(withinAPoint.state()).isEqualTo(PlanState.ON_TRACK);
    }
}
