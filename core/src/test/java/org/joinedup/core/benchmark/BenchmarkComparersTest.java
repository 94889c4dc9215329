package org.joinedup.core.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.joinedup.core.catalogue.Polarity;
import org.joinedup.core.indicator.AgeBandCount;
import org.joinedup.core.indicator.ConfidenceInterval;
import org.joinedup.core.indicator.DirectlyStandardisedRates;
import org.joinedup.core.indicator.IndicatorValue;
import org.joinedup.core.indicator.Proportions;
import org.joinedup.core.text.CsvRow;
import org.junit.jupiter.api.Test;

/** The hand-worked boundary cases of {@code comparisons_handworked.csv}, and the edges of the API. */
class BenchmarkComparersTest {

    @Test
    void everyHandWorkedCaseGivesItsExpectedResultAndLevel() {
        List<CsvRow> rows = Fixtures.rows("comparisons_handworked.csv");
        assertThat(rows).hasSizeGreaterThan(50);
        for (CsvRow row : rows) {
            String comparerName = row.get("comparer");
            double unit = Fixtures.number(row, "unit").orElse(1);
            BenchmarkComparer comparer = BenchmarkComparers.byName(comparerName, unit);
            Comparison c = comparer.compare(area(row), benchmark(row), Fixtures.polarity(row));
            String what = "row " + row.number() + " (" + row.get("rule") + ")";
            assertThat(c.label()).as(what).isEqualTo(row.get("expected"));
            assertThat(c.level()).as(what).isEqualTo(Double.parseDouble(row.get("level")));
            assertThat(c.method()).as(what).isEqualTo(comparer.method());
        }
    }

    private static ComparedValue area(CsvRow row) {
        List<ConfidenceInterval> intervals = new ArrayList<>();
        addInterval(intervals, 0.95, Fixtures.number(row, "l95"), Fixtures.number(row, "u95"));
        addInterval(intervals, 0.998, Fixtures.number(row, "l998"), Fixtures.number(row, "u998"));
        return new ComparedValue(Fixtures.number(row, "value"), intervals, Fixtures.number(row, "denominator"));
    }

    private static ComparedValue benchmark(CsvRow row) {
        List<ConfidenceInterval> intervals = new ArrayList<>();
        addInterval(intervals, 0.95, Fixtures.number(row, "b_l95"), Fixtures.number(row, "b_u95"));
        return new ComparedValue(Fixtures.number(row, "benchmark"), intervals, OptionalDouble.empty());
    }

    private static void addInterval(
            List<ConfidenceInterval> out, double level, OptionalDouble lower, OptionalDouble upper) {
        if (lower.isPresent() || upper.isPresent()) {
            out.add(new ConfidenceInterval(level, lower, upper));
        }
    }

    @Test
    void aSuppressedDirectlyStandardisedRateIsNotCompared() {
        // fewer than 10 events: PHEindicatormethods suppresses the DSR, so there is nothing to compare
        IndicatorValue dsr = DirectlyStandardisedRates.of(
                        List.of(AgeBandCount.of("young", 3, 1000), AgeBandCount.of("old", 4, 2000)),
                        Map.of("young", 5000.0, "old", 5000.0),
                        100_000,
                        0.95,
                        0.998)
                .indicator();
        assertThat(dsr.isAbsent()).isTrue();
        for (BenchmarkComparer comparer : BenchmarkComparers.INTERVAL_COMPARERS) {
            assertThat(comparer.compare(ComparedValue.of(dsr), ComparedValue.of(10), Polarity.LOWER_IS_BETTER)
                            .result())
                    .as(comparer.name())
                    .isEqualTo(BenchmarkResult.NOT_COMPARED);
        }
    }

    @Test
    void anIndicatorValueWithBothLevelsCanBeComparedDirectly() {
        // 60 of 100 against England's 50%: the 95% Wilson interval (50.2%, 69.1%) excludes 50,
        // the 99.8% interval (44.6%, 73.7%) does not
        IndicatorValue area = Proportions.of(60, 100, 100, 0.95, 0.998);
        ComparedValue england = ComparedValue.of(50);
        assertThat(BenchmarkComparers.CI_OVERLAP_95
                        .compare(ComparedValue.of(area), england, Polarity.HIGHER_IS_BETTER)
                        .result())
                .isEqualTo(BenchmarkResult.BETTER);
        assertThat(BenchmarkComparers.CI_OVERLAP_998
                        .compare(ComparedValue.of(area), england, Polarity.HIGHER_IS_BETTER)
                        .result())
                .isEqualTo(BenchmarkResult.SIMILAR);
        assertThat(BenchmarkComparers.CI_OVERLAP_95_998
                        .compare(ComparedValue.of(area), england, Polarity.LOWER_IS_BETTER)
                        .result())
                .isEqualTo(BenchmarkResult.WORSE);
    }

    @Test
    void labelsAreTheCommandLineWords() {
        assertThat(java.util.Arrays.stream(BenchmarkResult.values())
                        .map(BenchmarkResult::label)
                        .toList())
                .containsExactly("better", "same", "worse", "higher", "lower", "best", "worst", "none");
        for (BenchmarkResult r : BenchmarkResult.values()) {
            assertThat(BenchmarkResult.fromLabel(r.label().toUpperCase(java.util.Locale.ROOT)))
                    .isEqualTo(r);
        }
        assertThat(BenchmarkResult.SIMILAR.displayName()).isEqualTo("Similar");
        assertThat(BenchmarkResult.NOT_COMPARED.displayName()).isEqualTo("Not compared");
        assertThatThrownBy(() -> BenchmarkResult.fromLabel("similarish")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comparersAreFoundByNameAndSpcLevelsAreChecked() {
        for (String name : List.of(
                "ci-overlap-95",
                "ci-overlap-998",
                "ci-overlap-95-998",
                "double-overlap-95",
                "spc-proportions-95",
                "spc-proportions-998",
                "spc-dsr-95",
                "spc-dsr-998")) {
            assertThat(BenchmarkComparers.byName(name, 100).name()).isEqualTo(name);
        }
        assertThat(BenchmarkComparers.CI_OVERLAP_95_998.method().fingertipsId()).isEqualTo(17);
        assertThat(BenchmarkComparers.DOUBLE_OVERLAP_95.method().fingertipsId()).isEqualTo(12);
        assertThat(BenchmarkComparers.spcForProportions(100, 0.95).method().fingertipsId())
                .isEqualTo(5);
        assertThat(BenchmarkComparers.spcForDsrs(100_000, 0.998).method().fingertipsId())
                .isEqualTo(6);
        assertThatThrownBy(() -> BenchmarkComparers.spcForProportions(100, 0.99))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchmarkComparers.spcForDsrs(0, 0.95)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchmarkComparers.byName("quintiles", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBenchmarkProportionAboveTheUnitIsNotComparedRatherThanSimilar() {
        // Fingertips takes the square root of a negative number here and falls through to "same"
        Comparison c = BenchmarkComparers.spcForProportions(100, 0.95)
                .compare(ComparedValue.of(50).withDenominator(100), ComparedValue.of(120), Polarity.HIGHER_IS_BETTER);
        assertThat(c.result()).isEqualTo(BenchmarkResult.NOT_COMPARED);
    }

    @Test
    void comparedValuesRejectNaNAndDuplicateLevels() {
        assertThatThrownBy(() -> ComparedValue.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> ComparedValue.of(1, ConfidenceInterval.of(0.95, 0, 2), ConfidenceInterval.of(0.95, 0, 3)))
                .isInstanceOf(IllegalArgumentException.class);
        ComparedValue v = ComparedValue.of(1, ConfidenceInterval.of(0.95, 0, 2))
                .withInterval(ConfidenceInterval.of(0.95, 0.5, 1.5));
        assertThat(v.interval(0.95).orElseThrow().lower().getAsDouble()).isEqualTo(0.5);
        assertThat(ComparedValue.missing().isMissing()).isTrue();
    }
}
