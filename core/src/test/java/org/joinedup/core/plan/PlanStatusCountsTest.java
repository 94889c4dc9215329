package org.joinedup.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
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
class PlanStatusCountsTest {

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

    // Emergency admissions, a monthly count where fewer is better.
    final MetricDefinition def = MetricDefinition.builder("admissions", 1)
            .valueType(ValueType.COUNT)
            .polarity(Polarity.LOWER_IS_BETTER)
            .frequency(Frequency.MONTHLY)
            .build();

    /** April 100, May 110, June 120, then 100 a month: 1,230 for the year. */
    Plan plan() {
        List<TrajectoryPoint> points = new ArrayList<>();
        points.add(new TrajectoryPoint(month(2024, 4), 100));
        points.add(new TrajectoryPoint(month(2024, 5), 110));
        points.add(new TrajectoryPoint(month(2024, 6), 120));
        for (int m = 7; m <= 15; m++) {
            points.add(new TrajectoryPoint(month(2024 + (m - 1) / 12, (m - 1) % 12 + 1), 100));
        }
        return Plan.of(def, AREA, FY24, 1230, points, PlanKind.PLAN, "BCF template");
    }

    /** April 95, May 118 (given as a numerator only), June 121. */
    final List<Observation> actuals = List.of(
            obs("admissions", month(2024, 4), null, null, 95.0),
            obs("admissions", month(2024, 5), 118.0, null, null),
            obs("admissions", month(2024, 6), 121.0, null, 121.0));

    @Test
    void yearToDateAddsUpTheMonthsWithATrajectoryPoint() {
        PlanStatus status = PlanStatus.compute(plan(), def, actuals, PlanTolerance.NONE);
        // 95 + 118 + 121 = 334 against 100 + 110 + 120 = 330: four more than planned.
        assertThat(status.method()).isEqualTo(ToDateMethod.SUM);
        assertThat(status.actualToDate()).isEqualTo(334.0);
        assertThat(status.planToDate()).isEqualTo(330.0);
        assertThat(status.periodsToDate()).containsExactly(month(2024, 4), month(2024, 5), month(2024, 6));
        assertThat(status.state()).isEqualTo(PlanState.OFF_TRACK);
        assertThat(status.reason()).isEqualTo("year to date 334 against 330 planned over 3 periods (sum): off track");
        assertThat(status.annualPlan()).isEqualTo(1230.0);
    }

    @Test
    void eachMonthIsJudgedAgainstItsTrajectoryPoint() {
        PlanStatus status = PlanStatus.compute(plan(), def, actuals, PlanTolerance.NONE);
        assertThat(status.periods()).hasSize(12);
        assertThat(status.periods().subList(0, 3))
                .extracting(PeriodStatus::state)
                .containsExactly(PlanState.ON_TRACK, PlanState.OFF_TRACK, PlanState.OFF_TRACK);
        assertThat(status.period(month(2024, 5)))
                .contains(new PeriodStatus(month(2024, 5), 110.0, 118.0, PlanState.OFF_TRACK));
        assertThat(status.period(month(2025, 3)).orElseThrow().state()).isEqualTo(PlanState.NOT_ENOUGH_DATA);
    }

    @Test
    void aTwoPercentToleranceBringsTheYearAndJuneBackOnTrack() {
        PlanStatus status = PlanStatus.compute(plan(), def, actuals, PlanTolerance.relative(0.02));
        // 334 <= 330 + 6.6; May 118 > 110 + 2.2; June 121 <= 120 + 2.4.
        assertThat(status.state()).isEqualTo(PlanState.ON_TRACK);
        assertThat(status.periods().subList(0, 3))
                .extracting(PeriodStatus::state)
                .containsExactly(PlanState.ON_TRACK, PlanState.OFF_TRACK, PlanState.ON_TRACK);
    }

    @Test
    void withoutATrajectoryTheAnnualValueIsTakenProRataByDays() {
        Plan annualOnly = Plan.of(def, AREA, FY24, 1200, List.of(), PlanKind.PLAN, "");
        List<Observation> two = List.of(
                obs("admissions", month(2024, 4), null, null, 100.0),
                obs("admissions", month(2024, 5), null, null, 105.0));
        PlanStatus status = PlanStatus.compute(annualOnly, def, two, PlanTolerance.NONE);
        // April and May are 61 of the year's 365 days: 1,200 x 61 / 365 = 200.548; 205 is above it.
        assertThat(status.planToDate()).isCloseTo(200.5479, within(1e-4));
        assertThat(status.actualToDate()).isEqualTo(205.0);
        assertThat(status.state()).isEqualTo(PlanState.OFF_TRACK);
        // A month of a count has no planned value of its own without a trajectory.
        assertThat(status.periods()).extracting(PeriodStatus::state).containsOnly(PlanState.NO_PLAN);
    }
}
