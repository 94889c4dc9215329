package org.joinedup.server.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.joinedup.core.assessment.Assessment;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.Polarity;
import org.joinedup.core.catalogue.ValueType;
import org.joinedup.core.observation.Status;
import org.joinedup.core.period.Period;
import org.joinedup.core.quality.KiteMark;
import org.joinedup.core.quality.Rating;
import org.junit.jupiter.api.Test;

class YearToDateTest {
    private static final MetricDefinition COUNT = definition(ValueType.COUNT, "count", 1);
    private static final MetricDefinition PERCENT = definition(ValueType.PROPORTION, "%", 100);

    @Test
    void countsAddUpFromApril() {
        // 2 years and 6 months to September 2024: 100, 101, 102, ...
        List<Assessment> history = months(YearMonth.of(2022, 4), 30, i -> 100.0 + i, null);
        YearToDate ytd = YearToDate.of(COUNT, history).orElseThrow();
        assertThat(ytd.financialYear()).isEqualTo(Period.parse("2024-25"));
        assertThat(ytd.months()).isEqualTo(6);
        assertThat(ytd.toDate()).isEqualTo(124 + 125 + 126 + 127 + 128 + 129);
    }

    @Test
    void proportionsAreTotalNumeratorOverTotalDenominator() {
        List<Assessment> history = months(YearMonth.of(2023, 4), 15, i -> 50.0 + i % 3, i -> 100.0 + 10 * i);
        YearToDate ytd = YearToDate.of(PERCENT, history).orElseThrow();
        assertThat(ytd.months()).isEqualTo(3);
        double num = (50 + 12 % 3) + (50 + 13 % 3) + (50 + 14 % 3); // April to June 2024: i = 12, 13, 14
        double den = 220 + 230 + 240;
        assertThat(ytd.toDate()).isCloseTo(num / den * 100, within(1e-9));
    }

    @Test
    void aCompleteYearAddsUpAndAGapHasNoYearToDate() {
        List<Assessment> wholeYear = months(YearMonth.of(2023, 4), 12, i -> 10.0, null);
        YearToDate ytd = YearToDate.of(COUNT, wholeYear).orElseThrow();
        assertThat(ytd.toDate()).isEqualTo(120);

        List<Assessment> gap = new ArrayList<>(months(YearMonth.of(2023, 4), 6, i -> 10.0, null));
        gap.remove(3); // no July
        assertThat(YearToDate.of(COUNT, gap)).isEmpty();
    }

    @Test
    void standardisedRatesAndYearlySeriesHaveNone() {
        List<Assessment> monthly = months(YearMonth.of(2023, 4), 12, i -> 10.0, null);
        assertThat(YearToDate.of(definition(ValueType.DSR, "per 100,000", 100_000), monthly))
                .isEmpty();
        assertThat(YearToDate.of(COUNT, List.of(assessment(Period.parse("2023-24"), 5.0, null, null))))
                .isEmpty();
        assertThat(YearToDate.of(PERCENT, months(YearMonth.of(2023, 4), 3, i -> 10.0, null)))
                .as("a proportion without counts")
                .isEmpty();
    }

    private interface Series {
        double at(int i);
    }

    private static List<Assessment> months(YearMonth from, int n, Series values, Series denominators) {
        List<Assessment> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Period month = Period.month(from.plusMonths(i));
            if (denominators == null) {
                out.add(assessment(month, values.at(i), null, null));
            } else {
                double den = denominators.at(i);
                double num = values.at(i);
                out.add(assessment(month, num / den * 100, num, den));
            }
        }
        return out;
    }

    private static Assessment assessment(Period period, Double value, Double numerator, Double denominator) {
        return new Assessment(
                "m",
                "E92000001",
                period,
                value,
                numerator,
                denominator,
                Status.FINAL,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                null,
                null,
                null,
                null,
                new KiteMark(List.of(), Rating.NOT_ASSESSED, "not assessed"),
                null,
                false);
    }

    private static MetricDefinition definition(ValueType type, String unit, double multiplier) {
        return MetricDefinition.builder("m", 1)
                .title("M")
                .valueType(type)
                .unit(unit)
                .multiplier(multiplier)
                .polarity(Polarity.HIGHER_IS_BETTER)
                .validFrom(Period.financialYear(2010))
                .build();
    }
}
