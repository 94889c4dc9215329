package org.joinedup.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.joinedup.core.text.CsvRow;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Every row of phe_validation_errors.csv: inputs the reference rejects must throw
 * {@link IllegalArgumentException} with the reference's message in it, and the edge cases it accepts must
 * give the stated result. Each row is mapped to a Java call below by its function and input text; a row
 * with no mapping fails, so the file cannot grow unnoticed. Life expectancy is not implemented here and its
 * rows are reported as skipped.
 */
class ValidationVectorTest {
    private static final double[] BOTH = {0.95, 0.998};

    @TestFactory
    Stream<DynamicTest> everyValidationRowBehavesAsTheReference() {
        Map<String, Consumer<String>> checks = checks();
        List<DynamicTest> tests = new ArrayList<>();
        for (CsvRow row : Vectors.rows("phe_validation_errors.csv")) {
            String function = row.get("function");
            String input = row.get("input");
            String expected = row.get("expected_error_or_behaviour");
            String name = "row " + row.number() + ": " + function + " " + input;
            if (function.equals("phe_life_expectancy")) {
                tests.add(DynamicTest.dynamicTest(name + " (life expectancy: not implemented, skipped)", () -> {}));
                continue;
            }
            Consumer<String> check = checks.get(function + " " + input);
            tests.add(DynamicTest.dynamicTest(name, () -> {
                assertThat(check).as("no check mapped for " + name).isNotNull();
                check.accept(expected);
            }));
        }
        assertThat(tests).hasSize(33);
        return tests.stream();
    }

    private static void throwsWith(String message, Executable call) {
        assertThatThrownBy(call::execute)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    private static Map<String, Consumer<String>> checks() {
        Map<String, Consumer<String>> c = new LinkedHashMap<>();
        c.put("phe_proportion x=[65,-80,30], n=[100,100,100]", m -> {
            Proportions.of(65, 100, 1, BOTH);
            throwsWith(m, () -> Proportions.of(-80, 100, 1, BOTH));
        });
        c.put("phe_proportion x=[65,80,30], n=[100,0,100]", m -> throwsWith(m, () -> Proportions.of(80, 0, 1)));
        c.put("phe_proportion x=[65,80,30], n=[100,100,-100]", m -> throwsWith(m, () -> Proportions.of(30, -100, 1)));
        c.put("phe_proportion x=[101,80,30], n=[100,100,100]", m -> throwsWith(m, () -> Proportions.of(101, 100, 1)));
        c.put("phe_proportion confidence=0.8 | 50 | 130", m -> {
            for (double level : new double[] {0.8, 50, 130}) {
                throwsWith(m, () -> Proportions.of(65, 100, 1, level));
            }
        });
        c.put(
                "phe_proportion confidence=c(0.95,0.998,0.8)",
                m -> throwsWith(m, () -> Proportions.of(65, 100, 1, 0.95, 0.998, 0.8)));
        c.put(
                "phe_proportion confidence=c(0.95,0.98)",
                m -> throwsWith(m, () -> Proportions.of(65, 100, 1, 0.95, 0.98)));
        c.put("phe_proportion confidence=NA", m -> {
            // no level requested: the value alone
            IndicatorValue p = Proportions.of(65, 100, 1);
            assertThat(p.value()).hasValue(0.65);
            assertThat(p.intervals()).isEmpty();
        });
        c.put("phe_rate x=[-65,80,30]", m -> throwsWith(m, () -> CrudeRates.of(-65, 100, 100000)));
        c.put("phe_rate n=[100,100,0] or n<0", m -> {
            throwsWith(m, () -> CrudeRates.of(30, 0, 100000));
            throwsWith(m, () -> CrudeRates.of(30, -1, 100000));
        });
        c.put(
                "phe_rate x=250, n=220",
                m -> assertThat(CrudeRates.of(250, 220, 100000).value().getAsDouble())
                        .isCloseTo(113636.36363636365, org.assertj.core.api.Assertions.within(1e-6)));
        c.put("phe_rate confidence=0.5 | 40 | 9998", m -> {
            for (double level : new double[] {0.5, 40, 9998}) {
                throwsWith(m, () -> CrudeRates.of(65, 100, 100000, level));
            }
        });
        c.put("phe_rate/phe_proportion x or n NA", m -> {
            for (IndicatorValue v : List.of(
                    CrudeRates.ofNullable(null, 100.0, 100000, BOTH),
                    CrudeRates.ofNullable(10.0, null, 100000, BOTH),
                    Proportions.ofNullable(null, 100.0, 1, BOTH),
                    Proportions.ofNullable(10.0, null, 1, BOTH))) {
                assertThat(v.value()).isEmpty();
                assertThat(v.intervals()).hasSize(2).allSatisfy(i -> {
                    assertThat(i.lower()).isEmpty();
                    assertThat(i.upper()).isEmpty();
                });
            }
        });
        c.put("phe_mean confidence=0.2 | 202 | 200", m -> {
            for (double level : new double[] {0.2, 202, 200}) {
                throwsWith(m, () -> Means.of(new double[] {1, 2, 3}, level));
            }
        });
        c.put(
                "phe_mean confidence=c(0.95,1.00)",
                m -> throwsWith(m, () -> Means.of(new double[] {1, 2, 3}, 0.95, 1.0)));
        c.put(
                "calculate_dsr pop has NA",
                m -> throwsWith(
                        m,
                        () -> dsr(
                                b -> b.ageBand().equals("5-9") ? new AgeBandCount(b.ageBand(), b.count(), null) : b)));
        c.put("calculate_dsr stdpop has NA", m -> {
            Map<String, Double> standard = new LinkedHashMap<>(DirectlyStandardisedRatesVectorTest.independentAreas()
                    .get("testdata_big")
                    .standard());
            standard.put("5-9", null);
            throwsWith(m, () -> DirectlyStandardisedRates.of(big(), standard, 100000, BOTH));
        });
        c.put(
                "calculate_dsr a count < 0 (testdata_err1: -26)",
                m -> throwsWith(
                        m,
                        () -> dsr(b ->
                                b.ageBand().equals("5-9") ? AgeBandCount.of(b.ageBand(), -26, b.population()) : b)));
        c.put("calculate_dsr a pop = 0 (testdata_err2) or < 0 (testdata_err3)", m -> {
            throwsWith(m, () -> dsr(b -> b.ageBand().equals("5-9") ? AgeBandCount.of(b.ageBand(), b.count(), 0) : b));
            throwsWith(m, () -> dsr(b -> b.ageBand().equals("5-9") ? AgeBandCount.of(b.ageBand(), b.count(), -1) : b));
        });
        c.put("calculate_dsr a stdpop < 0 (testdata_err4)", m -> {
            Map<String, Double> standard = new LinkedHashMap<>(bigStandard());
            standard.put("5-9", -5500.0);
            throwsWith(m, () -> DirectlyStandardisedRates.of(big(), standard, 100000, BOTH));
        });
        // Java is typed, so a character confidence cannot be passed; NaN is the nearest non-number
        c.put(
                "calculate_dsr confidence='0.95' (character)",
                m -> throwsWith(m, () -> DirectlyStandardisedRates.of(big(), bigStandard(), 100000, Double.NaN)));
        c.put("calculate_dsr confidence=0.74 | 3 | 1000", m -> {
            for (double level : new double[] {0.74, 3, 1000}) {
                throwsWith(m, () -> DirectlyStandardisedRates.of(big(), bigStandard(), 100000, level));
            }
        });
        c.put("calculate_dsr multiplier <= 0", m -> {
            throwsWith(m, () -> DirectlyStandardisedRates.of(big(), bigStandard(), 0, BOTH));
            throwsWith(m, () -> DirectlyStandardisedRates.of(big(), bigStandard(), -100, BOTH));
        });
        c.put("calculate_dsr count NA in an age band", m -> {
            var tiny = DirectlyStandardisedRatesVectorTest.independentAreas().get("testdata_tiny");
            List<AgeBandCount> zero = tiny.bands().stream()
                    .map(b -> b.count() == null ? AgeBandCount.of(b.ageBand(), 0, b.population()) : b)
                    .toList();
            assertThat(tiny.bands()).anySatisfy(b -> assertThat(b.count()).isNull());
            assertThat(DirectlyStandardisedRates.of(tiny.bands(), tiny.standard(), 100000, BOTH))
                    .isEqualTo(DirectlyStandardisedRates.of(zero, tiny.standard(), 100000, BOTH));
        });
        c.put("calculate_dsr total count < 10", m -> {
            var tiny = DirectlyStandardisedRatesVectorTest.independentAreas().get("testdata_tiny");
            StandardisedRate rate = DirectlyStandardisedRates.of(tiny.bands(), tiny.standard(), 100000, BOTH);
            assertThat(rate.totalCount()).isEqualTo(9);
            assertThat(rate.indicator().value()).isEmpty();
            assertThat(rate.indicator().statistic()).isEqualTo("dsr NA for total count < 10");
            assertThat(rate.indicator().intervals()).hasSize(2).allSatisfy(i -> {
                assertThat(i.lower()).isEmpty();
                assertThat(i.upper()).isEmpty();
            });
        });
        c.put("calculate_ISRatio/ISRate a count < 0", m -> {
            List<AgeBandCount> bands = isr(b -> b.ageBand().equals("5-9") ? AgeBandCount.of("5-9", -1, 558) : b);
            throwsWith(m, () -> IndirectlyStandardisedRatios.ratio(bands, isrReference(), 1, BOTH));
            throwsWith(m, () -> IndirectlyStandardisedRatios.rate(bands, isrReference(), 100000, BOTH));
        });
        c.put("calculate_ISRatio/ISRate a pop < 0", m -> {
            List<AgeBandCount> bands = isr(b -> b.ageBand().equals("5-9") ? AgeBandCount.of("5-9", 25, -1) : b);
            throwsWith(m, () -> IndirectlyStandardisedRatios.ratio(bands, isrReference(), 1, BOTH));
            throwsWith(m, () -> IndirectlyStandardisedRatios.rate(bands, isrReference(), 100000, BOTH));
        });
        c.put("calculate_ISRatio/ISRate a pop = 0", m -> {
            List<AgeBandCount> bands =
                    IndirectlyStandardisedRatiosVectorTest.areas().get("err2_Area1");
            assertThat(bands).anySatisfy(b -> assertThat(b.population()).isZero());
            assertThatCode(() -> IndirectlyStandardisedRatios.ratio(bands, isrReference(), 1, BOTH))
                    .doesNotThrowAnyException();
            assertThat(IndirectlyStandardisedRatios.rate(bands, isrReference(), 100000, BOTH)
                            .expected())
                    .isCloseTo(808.3217400918253, org.assertj.core.api.Assertions.within(1e-9));
        });
        c.put("byars_lower/upper (internal) x=[65,0,-4]", m -> {
            assertThat(ByarsLimits.lower(65, 0.95)).isPresent();
            assertThatCode(() -> ByarsLimits.upper(0, 0.95)).doesNotThrowAnyException();
            throwsWith(m, () -> ByarsLimits.lower(-4, 0.95));
            throwsWith(m, () -> ByarsLimits.upper(-4, 0.95));
        });
        c.put("wilson_lower/upper (internal) x > n", m -> {
            throwsWith(m, () -> WilsonLimits.lower(101, 100, 0.95));
            throwsWith(m, () -> WilsonLimits.upper(101, 100, 0.95));
        });
        c.put("wilson_lower/upper (internal) confidence = 1 (or 100)", m -> {
            for (double level : new double[] {1, 100}) {
                assertThat(WilsonLimits.lower(65, 100, level)).isZero();
                assertThat(WilsonLimits.upper(65, 100, level)).isEqualTo(1);
            }
        });
        return c;
    }

    private static List<AgeBandCount> big() {
        return DirectlyStandardisedRatesVectorTest.independentAreas()
                .get("testdata_big")
                .bands();
    }

    private static Map<String, Double> bigStandard() {
        return DirectlyStandardisedRatesVectorTest.independentAreas()
                .get("testdata_big")
                .standard();
    }

    private static StandardisedRate dsr(UnaryOperator<AgeBandCount> change) {
        return DirectlyStandardisedRates.of(big().stream().map(change).toList(), bigStandard(), 100000, BOTH);
    }

    private static List<AgeBandCount> isr(UnaryOperator<AgeBandCount> change) {
        return IndirectlyStandardisedRatiosVectorTest.areas().get("testdata_big").stream()
                .map(change)
                .toList();
    }

    private static ReferencePopulation isrReference() {
        return IndirectlyStandardisedRatiosVectorTest.reference();
    }
}
