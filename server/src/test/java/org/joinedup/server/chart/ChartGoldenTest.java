package org.joinedup.server.chart;

import org.joinedup.core.spc.Assurance;
import org.joinedup.core.spc.Variation;
import org.junit.jupiter.api.Test;

/** One example of each chart, its table and the icons, against golden files; each is also well-formed. */
class ChartGoldenTest {
    private static void check(String name, String svg, DataTable table) {
        Xml.svg(svg);
        Golden.check(name + ".svg", svg);
        if (table != null) {
            Xml.parse(table.html());
            Golden.check(name + "-table.html", table.html());
        }
    }

    @Test
    void spc() {
        check("spc", SpcChart.svg(Fixtures.spc()), SpcChart.table(Fixtures.spc()));
    }

    @Test
    void spcWithTwoSigmaLinesAtASmallSize() {
        check(
                "spc-small",
                SpcChart.svg(
                        Fixtures.spc(),
                        ChartOptions.defaults().withSize(360, 240).withNearLimits(true)),
                null);
    }

    @Test
    void sparkline() {
        check("sparkline", Sparkline.svg(Fixtures.sparkline()), Sparkline.table(Fixtures.sparkline()));
    }

    @Test
    void benchmark() {
        check("benchmark", BenchmarkChart.svg(Fixtures.benchmark()), BenchmarkChart.table(Fixtures.benchmark()));
    }

    @Test
    void funnel() {
        check("funnel", FunnelChart.svg(Fixtures.funnel()), FunnelChart.table(Fixtures.funnel()));
    }

    @Test
    void forecast() {
        check("forecast", ForecastChart.svg(Fixtures.forecast()), ForecastChart.table(Fixtures.forecast()));
    }

    @Test
    void spine() {
        check("spine", SpineChart.svg(Fixtures.spine()), SpineChart.table(Fixtures.spine()));
    }

    @Test
    void kiteMark() {
        check("kite-mark", KiteMark.svg(Fixtures.kiteMark()), KiteMark.table(Fixtures.kiteMark()));
    }

    @Test
    void icons() {
        StringBuilder all = new StringBuilder();
        for (Variation v : Variation.values()) {
            String icon = Icons.variation(v);
            Xml.svg(icon);
            all.append(icon).append('\n');
        }
        for (Assurance a : Assurance.values()) {
            String icon = Icons.assurance(a);
            Xml.svg(icon);
            all.append(icon).append('\n');
        }
        Golden.check("icons.txt", all.toString().strip());
    }
}
