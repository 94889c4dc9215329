package org.joinedup.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
class PlanStatusEdgesTest {

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

    // Planned spend per head: no better direction, so on track means close to plan either way.
    final MetricDefinition def = MetricDefinition.builder("spend", 1)
            .valueType(ValueType.RATIO)
            .polarity(Polarity.NO_JUDGEMENT)
            .frequency(Frequency.ANNUAL)
            .build();

    final Plan plan = Plan.of(def, AREA, FY24, 50, List.of(), PlanKind.PLAN, "");

    @Test
    void noJudgementIsOnTrackOnlyWithinTheToleranceEitherSide() {
        List<Observation> over = List.of(obs("spend", FY24, null, null, 51.0));
        List<Observation> under = List.of(obs("spend", FY24, null, null, 48.0));
        assertThat(PlanStatus.compute(plan, def, over, PlanTolerance.NONE).state())
                .isEqualTo(PlanState.OFF_TRACK);
        assertThat(PlanStatus.compute(plan, def, over, PlanTolerance.absolute(1.5))
                        .state())
                .isEqualTo(PlanState.ON_TRACK);
        assertThat(PlanStatus.compute(plan, def, under, PlanTolerance.absolute(1.5))
                        .state())
                .isEqualTo(PlanState.OFF_TRACK);
    }

    @Test
    void noActualYetIsNotEnoughData() {
        // Other areas, breakdowns and years are ignored.
        List<Observation> others = List.of(
                new Observation(
                        new ObservationKey("spend", "E06000001", FY24, Breakdown.TOTAL),
                        1,
                        null,
                        null,
                        49.0,
                        Status.FINAL),
                new Observation(
                        new ObservationKey("spend", AREA, FY24, Breakdown.parse("age=65+")),
                        1,
                        null,
                        null,
                        49.0,
                        Status.FINAL),
                obs("spend", Period.financialYear(2023), null, null, 50.0));
        PlanStatus status = PlanStatus.compute(plan, def, others, PlanTolerance.NONE);
        assertThat(status.state()).isEqualTo(PlanState.NOT_ENOUGH_DATA);
        assertThat(status.reason()).isEqualTo("no actual value yet in 2024-25");
        assertThat(status.periods()).isEmpty();
    }

    @Test
    void noPlanSaysSo() {
        PlanStatus status = PlanStatus.noPlan("spend", AREA, FY24, PlanKind.TARGET);
        assertThat(status.state()).isEqualTo(PlanState.NO_PLAN);
        assertThat(status.reason()).isEqualTo("no target is held for spend in E06000005 for 2024-25");
    }

    @Test
    void twoObservationsOfOnePeriodAreRefused() {
        List<Observation> twice = List.of(obs("spend", FY24, null, null, 51.0), obs("spend", FY24, null, null, 52.0));
        assertThatThrownBy(() -> PlanStatus.compute(plan, def, twice, PlanTolerance.NONE))
                .hasMessageContaining("two observations");
    }

    @Test
    void aDefinitionOfAnotherMetricOrFrequencyIsRefused() {
        MetricDefinition monthly = MetricDefinition.builder("spend", 2)
                .frequency(Frequency.MONTHLY)
                .build();
        assertThatThrownBy(() -> PlanStatus.compute(plan, monthly, List.of(), PlanTolerance.NONE))
                .hasMessageContaining("is ANNUAL but the definition in 2024-25 is MONTHLY");
        MetricDefinition other = MetricDefinition.builder("other", 1).build();
        assertThatThrownBy(() -> PlanStatus.compute(plan, other, List.of(), PlanTolerance.NONE))
                .hasMessageContaining("definition of other given for a plan of spend");
    }
}
