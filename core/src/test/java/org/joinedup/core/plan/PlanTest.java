package org.joinedup.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.period.Frequency;
import org.joinedup.core.period.Period;
import org.junit.jupiter.api.Test;

class PlanTest {
    private static final Period FY24 = Period.financialYear(2024);

    private static TrajectoryPoint month(int year, int month, double value) {
        return new TrajectoryPoint(Period.month(YearMonth.of(year, month)), value);
    }

    private static Plan monthly(List<TrajectoryPoint> points) {
        return new Plan("m", "E06000005", FY24, Frequency.MONTHLY, 1200, points, PlanKind.PLAN, "template");
    }

    @Test
    void trajectoryIsHeldInPeriodOrder() {
        Plan plan = monthly(List.of(month(2025, 3, 3), month(2024, 4, 1), month(2024, 12, 2)));
        assertThat(plan.trajectory())
                .extracting(p -> p.period().label())
                .containsExactly("2024-04", "2024-12", "2025-03");
        assertThat(plan.planned(Period.month(YearMonth.of(2024, 12)))).contains(2.0);
        assertThat(plan.planned(Period.month(YearMonth.of(2024, 5)))).isEmpty();
    }

    @Test
    void marchOfTheNextCalendarYearIsInTheYearButAprilIsNot() {
        assertThat(monthly(List.of(month(2025, 3, 1))).trajectory()).hasSize(1);
        assertThatThrownBy(() -> monthly(List.of(month(2025, 4, 1))))
                .hasMessageContaining("trajectory period 2025-04 is not in 2024-25");
        assertThatThrownBy(() -> monthly(List.of(month(2024, 3, 1))))
                .hasMessageContaining("trajectory period 2024-03 is not in 2024-25");
    }

    @Test
    void trajectoryMustUseTheMetricsFrequency() {
        TrajectoryPoint q1 = new TrajectoryPoint(Period.quarter(2024, 1), 300);
        assertThatThrownBy(() -> monthly(List.of(q1))).hasMessageContaining("Q1 2024-25 is not a monthly period");
        Plan quarterly = new Plan("m", "E06000005", FY24, Frequency.QUARTERLY, 1200, List.of(q1), PlanKind.PLAN, null);
        assertThat(quarterly.source()).isEmpty();
    }

    @Test
    void anAnnualMetricHasNoTrajectory() {
        assertThatThrownBy(() -> new Plan(
                        "m",
                        "E06000005",
                        FY24,
                        Frequency.ANNUAL,
                        66.7,
                        List.of(new TrajectoryPoint(FY24, 66.7)),
                        PlanKind.TARGET,
                        ""))
                .hasMessageContaining("annual value alone");
    }

    @Test
    void aPeriodMayAppearOnlyOnce() {
        assertThatThrownBy(() -> monthly(List.of(month(2024, 5, 1), month(2024, 5, 2))))
                .hasMessageContaining("2024-05 appears twice");
    }

    @Test
    void yearMustBeAFinancialYearAndValuesFinite() {
        assertThatThrownBy(() -> new Plan(
                        "m", "A", Period.calendarYear(2024), Frequency.ANNUAL, 1, List.of(), PlanKind.PLAN, ""))
                .hasMessageContaining("financial year");
        assertThatThrownBy(() -> new Plan("m", "A", FY24, Frequency.ANNUAL, Double.NaN, null, PlanKind.PLAN, ""))
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> month(2024, 4, Double.POSITIVE_INFINITY)).hasMessageContaining("finite");
    }

    @Test
    void ofTakesTheFrequencyFromTheDefinitionValidThatYear() {
        MetricDefinition def = MetricDefinition.builder("m", 2)
                .frequency(Frequency.QUARTERLY)
                .validFrom(Period.financialYear(2025))
                .build();
        assertThat(Plan.of(def, "A", Period.financialYear(2025), 1, List.of(), PlanKind.PLAN, "")
                        .frequency())
                .isEqualTo(Frequency.QUARTERLY);
        assertThatThrownBy(() -> Plan.of(def, "A", FY24, 1, List.of(), PlanKind.PLAN, ""))
                .hasMessageContaining("valid from 2025-26, not in 2024-25");
    }
}
