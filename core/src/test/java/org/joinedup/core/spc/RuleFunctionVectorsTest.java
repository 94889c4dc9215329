package org.joinedup.core.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.core.spc.Vectors.doubles;
import static org.joinedup.core.spc.Vectors.ints;
import static org.joinedup.core.spc.Vectors.list;
import static org.joinedup.core.spc.Vectors.object;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every vector in {@code spc_rule_functions.json}: the reference's tests of its rule helpers, asserted exactly. */
class RuleFunctionVectorsTest {
    private static final List<Object> VECTORS =
            list(Vectors.json("spc_rule_functions.json").get("vectors"));

    @TestFactory
    Stream<DynamicTest> everyRuleVectorMatchesTheReference() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < VECTORS.size(); i++) {
            Map<String, Object> vector = object(VECTORS.get(i));
            String function = (String) vector.get("function");
            tests.add(DynamicTest.dynamicTest(i + " " + function, () -> check(function, vector)));
        }
        return tests.stream();
    }

    @Test
    void theFileHoldsTheVectorsItShouldHold() {
        // a guard against a truncated copy: the shipped file has 35 vectors
        assertThat(VECTORS).hasSize(35);
    }

    private static void check(String function, Map<String, Object> vector) {
        Map<String, Object> args = object(vector.get("args"));
        Object expected = vector.get("expected");
        switch (function) {
            case "seven_point_one_side_mean" ->
                assertThat(RuleFunctions.sevenPointOneSideMean(ints(args.get("relative_to_mean"))))
                        .containsExactly(ints(expected));
            case "part_of_seven" ->
                assertThat(RuleFunctions.partOfSeven(ints(args.get("flags")))).containsExactly(ints(expected));
            case "seven_point_trend" ->
                assertThat(RuleFunctions.sevenPointTrend(doubles(args.get("y"))))
                        .containsExactly(ints(expected));
            case "two_in_three" ->
                assertThat(RuleFunctions.twoInThree(
                                ints(args.get("close_to_limits")), ints(args.get("relative_to_mean"))))
                        .containsExactly(ints(expected));
            case "part_of_two_in_three(two_in_three(v, rtm), v)" -> {
                int[] close = ints(args.get("close_to_limits"));
                int[] twoInThree = RuleFunctions.twoInThree(close, ints(args.get("relative_to_mean")));
                assertThat(RuleFunctions.partOfTwoInThree(twoInThree, close)).containsExactly(ints(expected));
            }
            case "special_cause_type (with mocked sub-rules)" -> {
                double[] y = doubles(args.get("y"));
                int[] rtm = ints(args.get("relative_to_mean"));
                // the sub-rules' outputs are given; only the labelling and the priority are under test
                SpecialCause[] labels = RuleFunctions.outsideLabels(ints(args.get("outside_limits")), rtm);
                SpcRules.combineInto(
                        labels, RuleFunctions.trendLabels(y, ints(args.get("mocked_part_of_seven_trend"))));
                SpcRules.combineInto(
                        labels, RuleFunctions.twoInThreeLabels(ints(args.get("mocked_part_of_two_in_three")), rtm));
                SpcRules.combineInto(
                        labels, RuleFunctions.shiftLabels(ints(args.get("mocked_part_of_seven_one_side")), rtm));
                assertThat(Arrays.stream(labels).map(SpecialCause::label))
                        .containsExactlyElementsOf(
                                list(expected).stream().map(String.class::cast).toList());
            }
            default -> throw new AssertionError("no check for vector function " + function);
        }
    }
}
