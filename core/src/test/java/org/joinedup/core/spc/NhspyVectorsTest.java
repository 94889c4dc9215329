package org.joinedup.core.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The limit arithmetic of the Python port, nhs-pycom/nhspy-plotthedots @ bfdefe4, which screens moving
 * ranges as NHSRplotthedots does. Its tests compare with exact equality; NumPy sums pairwise and we
 * sum with compensation, so the last bits may differ: 1e-12 (absolute below 1, relative above).
 */
class NhspyVectorsTest {
    @TestFactory
    Stream<DynamicTest> limitsMatchThePythonPortsTests() {
        List<Map<String, String>> rows = Vectors.csv("nhspy_limits_calculations.csv");
        assertThat(rows).hasSize(8);
        return rows.stream()
                .map(row -> DynamicTest.dynamicTest(row.get("case"), () -> {
                    double[] values = Arrays.stream(row.get("values").split(" "))
                            .mapToDouble(Double::parseDouble)
                            .toArray();
                    SpcPoint point = SpcCalculator.withDefaults()
                            .xmr(Series.of(values))
                            .points()
                            .get(0);
                    check(row, "mean", point.mean());
                    check(row, "lpl", point.lpl());
                    check(row, "upl", point.upl());
                    check(row, "near_lpl", point.nearLpl());
                    check(row, "near_upl", point.nearUpl());
                }));
    }

    private static void check(Map<String, String> row, String column, double actual) {
        double expected = Double.parseDouble(row.get(column));
        assertThat(actual).as(column).isCloseTo(expected, within(1e-12 * Math.max(1, Math.abs(expected))));
    }

    /**
     * {@code tests/unittests/test_pandas_spc_x_calc.py::test_demo_case}: the NHS England SPC tool demo,
     * mean to 2 places, limits to 0 places (unittest's assertAlmostEqual), flags exactly.
     */
    @Test
    void theDemoCaseOfThePythonPortFlagsOnlyThe54() {
        double[] values = {89, 86, 75, 77, 81, 74, 72, 78, 76, 82, 77, 54, 66, 77, 86};

        SpcResult result = SpcCalculator.withDefaults().xmr(Series.of(values));

        SpcPoint last = result.lastPoint().orElseThrow();
        assertThat(last.mean()).isCloseTo(76.67, within(0.005));
        assertThat(last.lpl()).isCloseTo(57, within(0.5));
        assertThat(last.upl()).isCloseTo(96, within(0.5));
        for (SpcPoint point : result.points()) {
            boolean is54 = point.index() == 11;
            assertThat(point.outsideLimits()).isEqualTo(is54);
            assertThat(point.closeToLimits()).isFalse();
            assertThat(point.pointType().isSpecialCause()).isEqualTo(is54);
            assertThat(point.relativeToMean()).isEqualTo(point.value() >= 76.67 ? 1 : -1);
        }
    }
}
