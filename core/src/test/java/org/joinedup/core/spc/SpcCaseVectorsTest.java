package org.joinedup.core.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.core.spc.Vectors.doubles;
import static org.joinedup.core.spc.Vectors.ints;
import static org.joinedup.core.spc.Vectors.list;
import static org.joinedup.core.spc.Vectors.object;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every series in {@code spc_cases.json} through {@link SpcCalculator#xmr}: limits at the tolerance
 * each case states, the independent Python values at 1e-12 relative, and flags, counts and point types
 * exactly. The vectors carry values only, so the points get consecutive month dates.
 */
class SpcCaseVectorsTest {
    private static final List<Object> CASES =
            list(Vectors.json("spc_cases.json").get("cases"));

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesTheReference() {
        assertThat(CASES).hasSize(9);
        List<DynamicTest> tests = new ArrayList<>();
        for (Object c : CASES) {
            Map<String, Object> spcCase = object(c);
            tests.add(DynamicTest.dynamicTest((String) spcCase.get("id"), () -> check(spcCase)));
        }
        return tests.stream();
    }

    static SpcResult run(Map<String, Object> spcCase) {
        Map<String, Object> input = object(spcCase.get("input"));
        double[] values = doubles(input.get("values"));
        LocalDate start = LocalDate.of(2020, 4, 1);
        List<SpcObservation> series = IntStream.range(0, values.length)
                .mapToObj(i -> SpcObservation.of(start.plusMonths(i), values[i]))
                .toList();
        SpcOptions options = SpcOptions.DEFAULT
                .withImprovementDirection(ImprovementDirection.valueOf(
                        ((String) input.get("improvement_direction")).toUpperCase(Locale.ROOT)))
                .withScreenOutliers((Boolean) input.get("screen_outliers"));
        if (input.get("fix_after_n_points") != null) {
            options = options.withFixAfterNPoints(((Number) input.get("fix_after_n_points")).intValue());
        }
        return new SpcCalculator(options).xmr(series);
    }

    private static void check(Map<String, Object> spcCase) {
        SpcResult result = run(spcCase);
        Map<String, Object> expected = object(spcCase.get("expected"));
        List<SpcPoint> points = result.points();
        SpcPoint first = points.get(0);
        // one period without rebasing: every point carries the same limits
        assertThat(result.groups()).hasSize(1);
        assertThat(points).allSatisfy(p -> {
            assertThat(p.mean()).isEqualTo(first.mean());
            assertThat(p.lpl()).isEqualTo(first.lpl());
            assertThat(p.upl()).isEqualTo(first.upl());
        });

        if (spcCase.containsKey("tolerance")) {
            Tolerance tolerance = Tolerance.parse((String) spcCase.get("tolerance"));
            for (String field : List.of("mean", "lpl", "upl")) {
                if (expected.containsKey(field)) {
                    tolerance.check(field, ((Number) expected.get(field)).doubleValue(), field(first, field));
                }
            }
        }
        Map<String, Object> python = object(spcCase.get("check_python_port"));
        for (String field : List.of("mean", "lpl", "upl")) {
            Tolerance.checkPythonPort(field, ((Number) python.get(field)).doubleValue(), field(first, field));
        }
        if (python.containsKey("short_group_warning")) {
            assertThat(result.groups().get(0).shortGroup()).isEqualTo(python.get("short_group_warning"));
            assertThat(result.hasWarning(SpcWarning.Kind.SHORT_GROUP)).isEqualTo(python.get("short_group_warning"));
        }
        if (python.containsKey("close_to_limits_last2")) {
            List<Object> close = list(python.get("close_to_limits_last2"));
            assertThat(List.of(
                            points.get(points.size() - 2).closeToLimits(),
                            points.get(points.size() - 1).closeToLimits()))
                    .isEqualTo(close);
        }

        if (expected.containsKey("relative_to_mean_prefix")) {
            int[] prefix = ints(expected.get("relative_to_mean_prefix"));
            assertThat(points.stream().limit(prefix.length).mapToInt(SpcPoint::relativeToMean))
                    .containsExactly(IntStream.of(prefix).boxed().toArray(Integer[]::new));
            if (expected.containsKey("any_outside_limits_in_prefix")) {
                assertThat(points.stream().limit(prefix.length).anyMatch(SpcPoint::outsideLimits))
                        .isEqualTo(expected.get("any_outside_limits_in_prefix"));
            }
        }
        if (expected.containsKey("n")) {
            SpcGroup group = result.groups().get(0);
            assertThat(group.size()).isEqualTo(((Number) expected.get("n")).intValue());
            assertThat(group.commonCause()).isEqualTo(((Number) expected.get("common_cause")).intValue());
            assertThat(group.specialCauseImprovement())
                    .isEqualTo(((Number) expected.get("special_cause_improvement")).intValue());
        }
        if (expected.containsKey("point_type")) {
            assertThat(points.stream().map(p -> p.pointType().code()))
                    .containsExactlyElementsOf(codes(expected.get("point_type")));
        }
        if (expected.containsKey("last_two_point_types")) {
            assertThat(points.subList(points.size() - 2, points.size()).stream()
                            .map(p -> p.pointType().code()))
                    .containsExactlyElementsOf(codes(expected.get("last_two_point_types")));
        }
    }

    private static List<String> codes(Object o) {
        return list(o).stream().map(String.class::cast).toList();
    }

    private static double field(SpcPoint point, String name) {
        return switch (name) {
            case "mean" -> point.mean();
            case "lpl" -> point.lpl();
            case "upl" -> point.upl();
            default -> throw new IllegalArgumentException(name);
        };
    }
}
