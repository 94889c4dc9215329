package org.joinedup.server.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.joinedup.core.benchmark.BenchmarkResult;
import org.joinedup.core.catalogue.Polarity;
import org.joinedup.core.spc.PointType;
import org.junit.jupiter.api.Test;

/** Titles, area names, metric names and annotations can hold markup, quotes and control characters. */
class HostileTextTest {
    static final String EVIL = SvgTest.HOSTILE;
    static final String CLEAN = "<script>alert(\"x\")</script> & 'Bob's'  ]]> <!-- -->";

    private static void safe(String svg) {
        var root = Xml.svg(svg);
        assertEquals(CLEAN, root.getElementsByTagNameNS("*", "title").item(0).getTextContent());
        assertFalse(svg.contains("<script"));
    }

    private static void safeTable(DataTable table) {
        var doc = Xml.parse(table.html());
        assertEquals(0, doc.getElementsByTagName("script").getLength());
        assertEquals(CLEAN, doc.getElementsByTagName("caption").item(0).getTextContent());
    }

    @Test
    void spc() {
        SpcChartData data = new SpcChartData(
                EVIL,
                Unit.of(EVIL, 1),
                List.of(
                        SpcChartData.Point.of(EVIL, 1, 1, 0, 2, PointType.COMMON_CAUSE)
                                .withAnnotation(EVIL),
                        SpcChartData.Point.of("b", 2, 1, 0, 2, PointType.COMMON_CAUSE)),
                null,
                null);
        safe(SpcChart.svg(data));
        assertTrue(Xml.desc(SpcChart.svg(data)).contains(CLEAN));
        safeTable(SpcChart.table(data));
    }

    @Test
    void otherCharts() {
        safe(Sparkline.svg(new Sparkline.Data(EVIL, Unit.count(), List.of(EVIL), List.of(1.0))));
        BenchmarkChart.Data bench = new BenchmarkChart.Data(
                EVIL,
                Unit.count(),
                List.of(new BenchmarkChart.Area(EVIL, EVIL, 1.0, 0.5, 1.5, BenchmarkResult.SIMILAR)),
                1.0,
                EVIL,
                EVIL);
        safe(BenchmarkChart.svg(bench));
        safeTable(BenchmarkChart.table(bench));
        FunnelChart.Data funnel = new FunnelChart.Data(
                EVIL,
                Unit.percent(1),
                List.of(new FunnelChart.Area(EVIL, EVIL, 100, 50)),
                50,
                null,
                FunnelChart.Kind.PROPORTION,
                100,
                Polarity.NO_JUDGEMENT,
                EVIL,
                EVIL);
        safe(FunnelChart.svg(funnel));
        safeTable(FunnelChart.table(funnel));
        ForecastChart.Data forecast = new ForecastChart.Data(
                EVIL,
                Unit.count(),
                List.of(new ForecastChart.Actual(EVIL, 1.0, null)),
                List.of(new ForecastChart.Step(EVIL, 2, 1.0, 3.0, 0.0, 4.0, null)));
        safe(ForecastChart.svg(forecast));
        safeTable(ForecastChart.table(forecast));
        SpineChart.Data spine = new SpineChart.Data(
                EVIL,
                EVIL,
                List.of(new SpineChart.Row(
                        EVIL,
                        Unit.count(),
                        1.0,
                        1,
                        0,
                        0.5,
                        1.5,
                        2,
                        BenchmarkResult.SIMILAR,
                        Polarity.HIGHER_IS_BETTER)));
        safe(SpineChart.svg(spine));
        safeTable(SpineChart.table(spine));
        String kite = KiteMark.svg(KiteMark.Data.of(EVIL, Map.of()));
        Xml.svg(kite);
        assertFalse(kite.contains("<script"));
    }

    @Test
    void idsFromOptionsAreEscaped() {
        String svg = SpcChart.svg(Fixtures.spc(), ChartOptions.defaults().withId("\"><script>"));
        Xml.svg(svg);
        assertFalse(svg.contains("<script"));
    }
}
