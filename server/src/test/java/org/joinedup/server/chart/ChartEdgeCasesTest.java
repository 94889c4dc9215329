package org.joinedup.server.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.joinedup.core.benchmark.BenchmarkResult;
import org.joinedup.core.catalogue.Polarity;
import org.joinedup.core.spc.PointType;
import org.joinedup.core.spc.SpcCalculator;
import org.joinedup.core.spc.SpcOptions;
import org.joinedup.core.spc.SpcResult;
import org.junit.jupiter.api.Test;

/** Empty series, one point, flat series, negative values and missing limits: all draw, and say what they show. */
class ChartEdgeCasesTest {
    private static SpcChartData spc(List<SpcChartData.Point> points) {
        return new SpcChartData("Test", Unit.count(), points, null, null);
    }

    private static String visibleText(String svg) {
        var nodes = Xml.svg(svg).getElementsByTagNameNS("*", "text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < nodes.getLength(); i++) {
            all.append(nodes.item(i).getTextContent()).append('|');
        }
        return all.toString();
    }

    @Test
    void emptyChartsSayNoData() {
        assertTrue(visibleText(SpcChart.svg(spc(List.of()))).contains("No data"));
        assertEquals("No data to chart.", SpcChart.describe(spc(List.of())));
        assertTrue(visibleText(Sparkline.svg(new Sparkline.Data("S", Unit.count(), List.of(), List.of())))
                .contains("No data"));
        assertTrue(visibleText(
                        BenchmarkChart.svg(new BenchmarkChart.Data("B", Unit.count(), List.of(), null, null, "95%")))
                .contains("No data"));
        assertTrue(visibleText(FunnelChart.svg(new FunnelChart.Data(
                        "F",
                        Unit.percent(1),
                        List.of(),
                        50,
                        null,
                        FunnelChart.Kind.PROPORTION,
                        100,
                        Polarity.HIGHER_IS_BETTER,
                        null,
                        "Cases")))
                .contains("No data"));
        assertTrue(visibleText(ForecastChart.svg(new ForecastChart.Data("F", Unit.count(), List.of(), List.of())))
                .contains("No data"));
        assertTrue(visibleText(SpineChart.svg(new SpineChart.Data("S", "Area", List.of())))
                .contains("No data"));
        Xml.parse(SpcChart.table(spc(List.of())).html());
    }

    @Test
    void aSparklineWithOnlyGapsSaysNoData() {
        List<Double> gaps = Arrays.asList(null, null);
        String svg = Sparkline.svg(new Sparkline.Data("S", Unit.count(), List.of("a", "b"), gaps));
        assertTrue(visibleText(svg).contains("No data"));
    }

    @Test
    void onePointWithoutLimits() {
        SpcChartData data =
                spc(List.of(SpcChartData.Point.of("Apr 2024", 12, 12, Double.NaN, Double.NaN, PointType.COMMON_CAUSE)));
        String svg = SpcChart.svg(data);
        Xml.svg(svg);
        assertTrue(SpcChart.describe(data).startsWith("One point, Apr 2024: 12."));
        assertTrue(SpcChart.describe(data).contains("no process limits"));
        assertFalse(svg.contains("Process limits"), "no limits in the legend");
        Xml.svg(Sparkline.svg(new Sparkline.Data("S", Unit.count(), List.of("Apr 2024"), List.of(5.0))));
        Xml.svg(ForecastChart.svg(new ForecastChart.Data(
                "F", Unit.count(), List.of(new ForecastChart.Actual("Apr 2024", 5.0, null)), List.of())));
    }

    @Test
    void allEqualValues() {
        List<SpcChartData.Point> points = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            points.add(SpcChartData.Point.of("P" + i, 40, 40, 40, 40, PointType.COMMON_CAUSE));
        }
        Xml.svg(SpcChart.svg(spc(points)));
        Xml.svg(Sparkline.svg(new Sparkline.Data("S", Unit.count(), List.of("a", "b", "c"), List.of(1.0, 1.0, 1.0))));
        Xml.svg(SpineChart.svg(new SpineChart.Data(
                "S",
                "Area",
                List.of(new SpineChart.Row(
                        "M", Unit.count(), 3.0, 3, 3, 3, 3, 3, BenchmarkResult.SIMILAR, Polarity.HIGHER_IS_BETTER)))));
    }

    @Test
    void negativeValues() {
        List<SpcChartData.Point> points = new ArrayList<>();
        double[] values = {-12.5, -3, 4, -8, 0, -1};
        for (int i = 0; i < values.length; i++) {
            points.add(SpcChartData.Point.of("P" + i, values[i], -3.4, -20, 13, PointType.COMMON_CAUSE));
        }
        String svg = SpcChart.svg(spc(points));
        Xml.svg(svg);
        assertTrue(visibleText(svg).contains("-20"), visibleText(svg));
        assertTrue(SpcChart.describe(spc(points)).contains("Mean -3"));
        Xml.svg(BenchmarkChart.svg(new BenchmarkChart.Data(
                "Change",
                Unit.percent(1),
                List.of(
                        new BenchmarkChart.Area("A", "A", -4.0, -6.0, -2.0, BenchmarkResult.LOWER),
                        new BenchmarkChart.Area(
                                "B",
                                "B",
                                3.0,
                                Double.NEGATIVE_INFINITY,
                                Double.POSITIVE_INFINITY,
                                BenchmarkResult.HIGHER)),
                0.0,
                "A",
                "95%")));
    }

    @Test
    void missingLimitsInOnePeriodAfterARebase() {
        List<SpcChartData.Point> points = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            points.add(SpcChartData.Point.of("P" + i, 10 + i, 12, 5, 19, PointType.COMMON_CAUSE));
        }
        points.add(SpcChartData.Point.of("P5", 30, 30, Double.NaN, Double.NaN, PointType.COMMON_CAUSE)
                .withGroup(1));
        SpcChartData data = spc(points);
        assertEquals(List.of(5), data.rebaseIndexes());
        Xml.svg(SpcChart.svg(data));
        assertTrue(SpcChart.describe(data).contains("Limits recalculated from P5"));
    }

    @Test
    void chartsFromTheCalculator() {
        Map<LocalDate, Double> series = new java.util.TreeMap<>();
        LocalDate start = LocalDate.of(2022, 4, 1);
        for (int i = 0; i < 24; i++) {
            series.put(start.plusMonths(i), 50.0 + (i % 5) + (i >= 16 ? 8 : 0));
        }
        SpcResult result = new SpcCalculator(SpcOptions.DEFAULT.withTarget(55)).xmr(series);
        SpcChartData data = SpcChartData.of(
                "Calculated",
                Unit.number(1),
                result,
                d -> ChartText.of(org.joinedup.core.period.Period.month(java.time.YearMonth.from(d))),
                Map.of(start.plusMonths(16), "Step change"));
        assertEquals(24, data.points().size());
        assertEquals("Apr 2022", data.points().get(0).label());
        assertEquals("Step change", data.points().get(16).annotation());
        assertEquals(result.variation().orElseThrow(), data.variation());
        String svg = SpcChart.svg(data);
        Xml.svg(svg);
        assertTrue(Xml.desc(svg).contains("24 points from Apr 2022 to Mar 2024"));
        Xml.parse(SpcChart.table(data).html());
    }

    @Test
    void funnelLimitsNarrowAndStayValid() {
        FunnelChart.Data data = new FunnelChart.Data(
                "F",
                Unit.percent(1),
                List.of(),
                98,
                null,
                FunnelChart.Kind.PROPORTION,
                100,
                Polarity.HIGHER_IS_BETTER,
                null,
                "Cases");
        assertEquals(100.0, FunnelChart.limit(data, 10, FunnelChart.Z998, 1));
        assertTrue(
                FunnelChart.limit(data, 100, FunnelChart.Z95, -1) < FunnelChart.limit(data, 1000, FunnelChart.Z95, -1));
        assertTrue(FunnelChart.limit(data, 1e6, FunnelChart.Z998, 1) < 98.1);
        assertEquals(BenchmarkResult.WORST, FunnelChart.classify(data, new FunnelChart.Area("A", "A", 10_000, 90)));
        assertEquals(BenchmarkResult.SIMILAR, FunnelChart.classify(data, new FunnelChart.Area("A", "A", 5, 90)));
    }

    @Test
    void benchmarkRanksTheChosenArea() {
        assertTrue(BenchmarkChart.describe(Fixtures.benchmark()).contains("Anytown ICB: 81.2%, 2nd highest of 11"));
        assertEquals("11th", BenchmarkChart.ordinal(11));
        assertEquals("22nd", BenchmarkChart.ordinal(22));
    }

    @Test
    void aKiteMarkWithNothingRatedIsAllNotAssessed() {
        String svg = KiteMark.svg(KiteMark.Data.of("Q", Map.of()));
        Xml.svg(svg);
        assertEquals(6, Xml.svg(svg).getElementsByTagNameNS("*", "path").getLength());
        assertTrue(KiteMark.describe(KiteMark.Data.of("Q", Map.of())).contains("Sign-off not assessed"));
    }
}
