package org.joinedup.server.chart;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.joinedup.core.period.Period;
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
}
