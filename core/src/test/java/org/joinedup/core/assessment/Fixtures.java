package org.joinedup.core.assessment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.joinedup.core.catalogue.CiMethod;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.Polarity;
import org.joinedup.core.catalogue.ValueType;
import org.joinedup.core.period.Frequency;
import org.joinedup.core.period.Period;
import org.joinedup.core.quality.KiteMarkConfig;
import org.joinedup.core.spc.ImprovementDirection;

final class Fixtures {
    static final LocalDate AS_AT = LocalDate.of(2030, 1, 1);

    private Fixtures() {}

    static PeriodCalendar months(int n) {
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            periods.add(Period.month(YearMonth.of(2016, 4).plusMonths(i)));
        }
        return PeriodCalendar.of(periods);
    }

    static Polarity polarity(ImprovementDirection direction) {
        return switch (direction) {
            case INCREASE -> Polarity.HIGHER_IS_BETTER;
            case DECREASE -> Polarity.LOWER_IS_BETTER;
            case NEUTRAL -> Polarity.NO_JUDGEMENT;
        };
    }

    static MetricDefinition count(Polarity polarity) {
        return MetricDefinition.builder("cnt", 1)
                .polarity(polarity)
                .frequency(Frequency.MONTHLY)
                .build();
    }

    static MetricDefinition percentage(Polarity polarity) {
        return MetricDefinition.builder("pct", 1)
                .valueType(ValueType.PROPORTION)
                .multiplier(100)
                .ciMethod(CiMethod.WILSON)
                .polarity(polarity)
                .frequency(Frequency.MONTHLY)
                .lagDays(14)
                .build();
    }

    /** One series of values (NaN absent) in a one-area geography, charted by the assessor. */
    static SeriesAssessment assessOne(double[] values, ImprovementDirection direction, double target) {
        int n = values.length;
        PeriodCalendar calendar = months(Math.max(1, n));
        AreaIndex areas = new AreaIndex(new String[] {"E92000001"}, new int[] {-1}, new int[][] {{}}, 0);
        MetricSpec spec = MetricSpec.of(count(polarity(direction)), target, KiteMarkConfig.DEFAULT);
        double[] nan = new double[n];
        Arrays.fill(nan, Double.NaN);
        int[] unknown = new int[n];
        Arrays.fill(unknown, FastKiteMark.UNKNOWN_DAY);
        SeriesInput in = new SeriesInput(
                0, 0, java.util.stream.IntStream.range(0, n).toArray(), nan, nan.clone(), values, new byte[n], unknown);
        try (Assessor assessor = new Assessor(KiteMarkConfig.DEFAULT, AS_AT, 1)) {
            return assessor.assess(calendar, areas, List.of(spec), List.of(in))
                    .series(spec.id(), "E92000001")
                    .orElseThrow();
        }
    }

    /** One series of counts for a metric, in a one-area geography. */
    static SeriesAssessment assessCounts(double[] num, double[] den, MetricDefinition definition) {
        int n = num.length;
        AreaIndex areas = new AreaIndex(new String[] {"E92000001"}, new int[] {-1}, new int[][] {{}}, 0);
        MetricSpec spec = MetricSpec.of(definition, KiteMarkConfig.DEFAULT);
        double[] nan = new double[n];
        Arrays.fill(nan, Double.NaN);
        int[] unknown = new int[n];
        Arrays.fill(unknown, FastKiteMark.UNKNOWN_DAY);
        SeriesInput in = new SeriesInput(
                0, 0, java.util.stream.IntStream.range(0, n).toArray(), num, den, nan, new byte[n], unknown);
        try (Assessor assessor = new Assessor(KiteMarkConfig.DEFAULT, AS_AT, 1)) {
            return assessor.assess(months(Math.max(1, n)), areas, List.of(spec), List.of(in))
                    .series(spec.id(), "E92000001")
                    .orElseThrow();
        }
    }
}
