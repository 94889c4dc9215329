package org.joinedup.server.chart;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.joinedup.core.benchmark.BenchmarkResult;
import org.joinedup.core.catalogue.Polarity;
import org.joinedup.core.period.Period;
import org.joinedup.core.quality.Dimension;
import org.joinedup.core.quality.Rating;
import org.joinedup.core.spc.Assurance;
import org.joinedup.core.spc.PointType;
import org.joinedup.core.spc.Variation;

/** Example inputs for the charts, built by hand so that the golden files do not move with the calculators. */
final class Fixtures {
    private Fixtures() {}

    static List<String> months(YearMonth first, int n) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            labels.add(ChartText.of(Period.month(first.plusMonths(i))));
        }
        return labels;
    }

    /** Two years of a percentage: a rebase after a year, then seven points of special cause improvement. */
    static SpcChartData spc() {
        double[] values = {
            79.1, 81.4, 78.2, 80.9, 77.5, 82.3, 80.1, 79.4, 83.0, 78.8, 81.2, 80.6,
            84.9, 86.2, 85.1, 87.4, 84.3, 86.8, 85.9, 88.2, 87.5, 89.1, 88.7, 89.6
        };
        List<String> labels = months(YearMonth.of(2022, 4), values.length);
        List<SpcChartData.Point> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            boolean second = i >= 12;
            double mean = second ? 86.97 : 80.21;
            double spread = second ? 4.2 : 5.1;
            PointType type = i >= 17 ? PointType.SPECIAL_CAUSE_IMPROVEMENT : PointType.COMMON_CAUSE;
            SpcChartData.Point p = new SpcChartData.Point(
                    labels.get(i),
                    values[i],
                    mean,
                    mean - spread,
                    mean + spread,
                    mean - spread * 2 / 3,
                    mean + spread * 2 / 3,
                    type,
                    85.0,
                    second ? 1 : 0,
                    null);
            if (i == 12) {
                p = p.withAnnotation("New discharge team <started> & \"PDSA 1\"");
            }
            if (i == 18) {
                p = p.withAnnotation("Virtual ward opened");
            }
            points.add(p);
        }
        return new SpcChartData(
                "Discharges before noon, Anytown ICB",
                Unit.percent(1),
                points,
                Variation.IMPROVEMENT_HIGH,
                Assurance.INCONSISTENT);
    }

    /** A monthly count with a gap. */
    static Sparkline.Data sparkline() {
        List<Double> values = new ArrayList<>(List.of(1210.0, 1185.0, 1302.0, 1254.0, 1330.0, 1298.0, 1401.0));
        values.add(3, null);
        return new Sparkline.Data(
                "Emergency admissions, Anytown ICB",
                Unit.count(),
                months(YearMonth.of(2023, 4), values.size()),
                values);
    }

    /** Twelve areas, one chosen, with each comparison result and a missing value. */
    static BenchmarkChart.Data benchmark() {
        List<BenchmarkChart.Area> areas = List.of(
                new BenchmarkChart.Area("E54000001", "Anytown ICB", 81.2, 79.9, 82.4, BenchmarkResult.BETTER),
                new BenchmarkChart.Area(
                        "E54000002", "Bridgeford & District ICB", 76.4, 75.0, 77.7, BenchmarkResult.SIMILAR),
                new BenchmarkChart.Area("E54000003", "Castleton ICB", 72.1, 70.2, 73.9, BenchmarkResult.WORSE),
                new BenchmarkChart.Area("E54000004", "Dunmore ICB", 85.3, 84.1, 86.4, BenchmarkResult.BEST),
                new BenchmarkChart.Area("E54000005", "Eastwick ICB", 68.9, 66.8, 70.9, BenchmarkResult.WORST),
                new BenchmarkChart.Area("E54000006", "Fairhaven ICB", 77.0, 74.1, 79.8, BenchmarkResult.SIMILAR),
                new BenchmarkChart.Area("E54000007", "Greystone ICB", 75.2, 73.0, 77.3, BenchmarkResult.SIMILAR),
                new BenchmarkChart.Area("E54000008", "Hollybrook ICB", 79.8, 78.4, 81.1, BenchmarkResult.BETTER),
                new BenchmarkChart.Area("E54000009", "Ironbridge ICB", 74.0, 71.5, 76.4, BenchmarkResult.SIMILAR),
                new BenchmarkChart.Area("E54000010", "Juniper Vale ICB", 70.5, 68.9, 72.0, BenchmarkResult.WORSE),
                new BenchmarkChart.Area("E54000011", "Kingsmere ICB", 78.1, null, null, BenchmarkResult.NOT_COMPARED),
                new BenchmarkChart.Area("E54000012", "Longford ICB", null, null, null, BenchmarkResult.NOT_COMPARED));
        return new BenchmarkChart.Data(
                "Discharges before noon by ICB, 2023-24", Unit.percent(1), areas, 76.0, "E54000001", "95%");
    }

    /** Ten areas' rates per 100,000 against their populations. */
    static FunnelChart.Data funnel() {
        double[][] rows = {
            {285000, 1180}, {512000, 1095}, {148000, 1390}, {930000, 1120}, {64000, 940},
            {377000, 1015}, {721000, 1260}, {205000, 1150}, {1200000, 1102}, {98000, 1320}
        };
        List<FunnelChart.Area> areas = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            areas.add(new FunnelChart.Area("A" + i, "Area " + (char) ('A' + i), rows[i][0], rows[i][1]));
        }
        return new FunnelChart.Data(
                "Emergency admissions per 100,000, 2023-24",
                Unit.per100000(0),
                areas,
                1130,
                1050.0,
                FunnelChart.Kind.RATE,
                100000,
                Polarity.LOWER_IS_BETTER,
                "A2",
                "Population");
    }

    /** Nine actual months, then three forecast with intervals, and a plan throughout. */
    static ForecastChart.Data forecast() {
        List<String> labels = months(YearMonth.of(2023, 4), 12);
        double[] actual = {1210, 1185, 1302, 1254, 1330, 1298, 1401, 1377, 1452};
        List<ForecastChart.Actual> actuals = new ArrayList<>();
        for (int i = 0; i < actual.length; i++) {
            actuals.add(new ForecastChart.Actual(labels.get(i), actual[i], 1250.0 + i * 10));
        }
        List<ForecastChart.Step> steps = new ArrayList<>();
        for (int h = 1; h <= 3; h++) {
            double mean = 1452 + 25 * h;
            double w80 = 55 * Math.sqrt(h);
            double w95 = 85 * Math.sqrt(h);
            steps.add(new ForecastChart.Step(
                    labels.get(8 + h), mean, mean - w80, mean + w80, mean - w95, mean + w95, 1330.0 + h * 10));
        }
        return new ForecastChart.Data("Emergency admissions, Anytown ICB", Unit.count(), actuals, steps);
    }

    /** Five metrics of both polarities and none, with a missing value. */
    static SpineChart.Data spine() {
        return new SpineChart.Data(
                "Anytown ICB compared with England, 2023-24",
                "Anytown ICB",
                List.of(
                        new SpineChart.Row(
                                "Discharges before noon",
                                Unit.percent(1),
                                81.2,
                                76.0,
                                68.9,
                                73.5,
                                78.9,
                                85.3,
                                BenchmarkResult.BETTER,
                                Polarity.HIGHER_IS_BETTER),
                        new SpineChart.Row(
                                "Emergency admissions",
                                Unit.per100000(0),
                                1390.0,
                                1130,
                                940,
                                1060,
                                1210,
                                1390,
                                BenchmarkResult.WORSE,
                                Polarity.LOWER_IS_BETTER),
                        new SpineChart.Row(
                                "Delayed transfers of care",
                                Unit.per100000(1),
                                9.8,
                                10.4,
                                4.2,
                                7.9,
                                12.5,
                                21.0,
                                BenchmarkResult.SIMILAR,
                                Polarity.LOWER_IS_BETTER),
                        new SpineChart.Row(
                                "Care home beds",
                                Unit.per100000(0),
                                610.0,
                                540,
                                310,
                                470,
                                620,
                                890,
                                BenchmarkResult.HIGHER,
                                Polarity.NO_JUDGEMENT),
                        new SpineChart.Row(
                                "Reablement at 91 days",
                                Unit.percent(1),
                                null,
                                82.1,
                                70.0,
                                79.0,
                                85.0,
                                91.2,
                                BenchmarkResult.NOT_COMPARED,
                                Polarity.HIGHER_IS_BETTER)));
    }

    /** Each rating at least once, one dimension left out. */
    static KiteMark.Data kiteMark() {
        return KiteMark.Data.of(
                "Discharges before noon, March 2024 submission",
                Map.of(
                        Dimension.TIMELINESS, Rating.GOOD,
                        Dimension.COMPLETENESS, Rating.CAUTION,
                        Dimension.VALIDITY, Rating.GOOD,
                        Dimension.CONSISTENCY, Rating.POOR,
                        Dimension.SOURCE, Rating.GOOD));
    }
}
