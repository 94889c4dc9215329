package org.joinedup.server.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.joinedup.core.assessment.Assessment;
import org.joinedup.core.catalogue.Metric;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.Polarity;
import org.joinedup.core.catalogue.ValueType;
import org.joinedup.core.forecast.Forecast;
import org.joinedup.core.forecast.PredictionInterval;
import org.joinedup.core.observation.Status;
import org.joinedup.core.period.Period;
import org.joinedup.core.quality.KiteMark;
import org.joinedup.core.quality.Rating;
import org.joinedup.core.spc.Assurance;
import org.joinedup.core.spc.PointType;
import org.joinedup.core.spc.Variation;
import org.joinedup.server.chart.ForecastChart;
import org.joinedup.server.chart.SpcChart;
import org.joinedup.server.chart.SpcChartData;
import org.joinedup.server.chart.Unit;
import org.junit.jupiter.api.Test;

/** Assessments become chart inputs point for point: values, limits, point types, rebases and versions. */
class MetricChartsTest {
    private static final KiteMark NOT_ASSESSED = new KiteMark(List.of(), Rating.NOT_ASSESSED, "nothing known");

    private static final MetricDefinition V1 = MetricDefinition.builder("discharged_pct", 1)
            .title("Discharged")
            .valueType(ValueType.PROPORTION)
            .unit("%")
            .multiplier(100)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .validTo(Period.financialYear(2023))
            .build();
    private static final MetricDefinition V2 = MetricDefinition.builder("discharged_pct", 2)
            .title("Discharged")
            .valueType(ValueType.PROPORTION)
            .unit("%")
            .multiplier(100)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .validFrom(Period.financialYear(2024))
            .build();
    private static final Metric METRIC = new Metric("discharged_pct", List.of(V1, V2));

    private static Assessment point(
            YearMonth month, Double value, PointType type, double mean, double lpl, double upl, Double target) {
        return new Assessment(
                "discharged_pct",
                "E92000001",
                Period.month(month),
                value,
                null,
                null,
                Status.FINAL,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                type,
                mean,
                lpl,
                upl,
                Variation.IMPROVEMENT_HIGH,
                target == null ? null : Assurance.INCONSISTENT,
                target,
                null,
                NOT_ASSESSED,
                null,
                false);
    }

    @Test
    void spcKeepsEveryChartedPointWithItsTypeLimitsAndTarget() {
        List<Assessment> history = new ArrayList<>();
        YearMonth start = YearMonth.of(2024, 1);
        for (int i = 0; i < 6; i++) {
            PointType type = i == 5 ? PointType.SPECIAL_CAUSE_IMPROVEMENT : PointType.COMMON_CAUSE;
            history.add(point(start.plusMonths(i), 80.0 + i, type, 82.5, 76.1, 88.9, 85.0));
        }
        // A month without a value is not charted.
        history.add(2, point(YearMonth.of(2023, 12), null, null, 82.5, 76.1, 88.9, 85.0));

        SpcChartData data = MetricCharts.spc(METRIC, "Discharged: England", history);

        assertThat(data.points()).hasSize(6);
        assertThat(data.points().get(0).label()).isEqualTo("Jan 2024");
        assertThat(data.points().get(5).value()).isEqualTo(85.0);
        assertThat(data.points().get(5).type()).isEqualTo(PointType.SPECIAL_CAUSE_IMPROVEMENT);
        assertThat(data.points()).allSatisfy(p -> {
            assertThat(p.mean()).isEqualTo(82.5);
            assertThat(p.lpl()).isEqualTo(76.1);
            assertThat(p.upl()).isEqualTo(88.9);
            assertThat(p.target()).isEqualTo(85.0);
        });
        assertThat(data.variation()).isEqualTo(Variation.IMPROVEMENT_HIGH);
        assertThat(data.assurance()).isEqualTo(Assurance.INCONSISTENT);
        assertThat(data.unit()).isEqualTo(Unit.percent(1));
        assertThat(SpcChart.describe(data)).contains("85.0%");
    }

    @Test
    void changedLimitsStartANewPeriodAndANewDefinitionVersionIsFlagged() {
        List<Assessment> history = List.of(
                point(YearMonth.of(2024, 2), 80.0, PointType.COMMON_CAUSE, 80, 70, 90, null),
                point(YearMonth.of(2024, 3), 81.0, PointType.COMMON_CAUSE, 80, 70, 90, null),
                point(YearMonth.of(2024, 4), 84.0, PointType.COMMON_CAUSE, 85, 75, 95, null),
                point(YearMonth.of(2024, 5), 86.0, PointType.COMMON_CAUSE, 85, 75, 95, null));

        SpcChartData data = MetricCharts.spc(METRIC, "Discharged", history);

        assertThat(data.rebaseIndexes()).containsExactly(2);
        assertThat(data.points().get(2).annotation()).isEqualTo("Definition version 2 from Apr 2024");
        assertThat(data.points().get(3).annotation()).isNull();
        assertThat(data.points().get(0).target()).isNull();
    }

    @Test
    void forecastStepsFollowTheLastPeriodWithAValue() {
        List<Assessment> history = List.of(
                point(YearMonth.of(2024, 11), 80.0, PointType.COMMON_CAUSE, 80, 70, 90, null),
                point(YearMonth.of(2024, 12), 81.0, PointType.COMMON_CAUSE, 80, 70, 90, null),
                point(YearMonth.of(2025, 1), null, null, 80, 70, 90, null));
        Forecast forecast = new Forecast(
                new double[] {82, 83},
                new double[] {1, 2},
                List.of(
                        new PredictionInterval(80, new double[] {80, 80.5}, new double[] {84, 85.5}),
                        new PredictionInterval(95, new double[] {79, 79.5}, new double[] {85, 86.5})),
                false);

        ForecastChart.Data data = MetricCharts.forecast("Discharged", Unit.percent(1), history, forecast);

        assertThat(data.actuals()).extracting(ForecastChart.Actual::label).containsExactly("Nov 2024", "Dec 2024");
        assertThat(data.steps()).extracting(ForecastChart.Step::label).containsExactly("Jan 2025", "Feb 2025");
        assertThat(data.steps().get(1).upper95()).isEqualTo(86.5);
        assertThat(data.steps().get(0).lower80()).isEqualTo(80.0);
    }

    @Test
    void nextPeriodsOfEachKind() {
        assertThat(MetricCharts.next(Period.parse("2024-12"), 3)).isEqualTo(Period.parse("2025-03"));
        assertThat(MetricCharts.next(Period.parse("Q4 2023-24"), 1)).isEqualTo(Period.parse("Q1 2024-25"));
        assertThat(MetricCharts.next(Period.parse("Q2 2023-24"), 5)).isEqualTo(Period.parse("Q3 2024-25"));
        assertThat(MetricCharts.next(Period.financialYear(2023), 2)).isEqualTo(Period.financialYear(2025));
    }

    @Test
    void unitDecimalsFollowTheWayTheFigureIsPublished() {
        MetricDefinition rate = MetricDefinition.builder("rate", 1)
                .valueType(ValueType.CRUDE_RATE)
                .unit("per 100,000")
                .multiplier(100_000)
                .build();
        List<Assessment> large = List.of(point(YearMonth.of(2024, 1), 2170.4, PointType.COMMON_CAUSE, 0, 0, 0, null));
        List<Assessment> small = List.of(point(YearMonth.of(2024, 1), 45.25, PointType.COMMON_CAUSE, 0, 0, 0, null));
        assertThat(MetricCharts.unit(rate, large).format(2170.4)).isEqualTo("2,170 per 100,000");
        assertThat(MetricCharts.unit(rate, small).format(45.25)).isEqualTo("45.3 per 100,000");
        MetricDefinition count = MetricDefinition.builder("count", 1).build();
        assertThat(MetricCharts.unit(count, large).format(2170.4)).isEqualTo("2,170");
    }
}
