package org.joinedup.core.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.DoubleStream;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SpcPropertiesTest {
    private static SpcResult chart(List<Integer> values, ImprovementDirection direction, boolean screen, double shift) {
        return chart(values.stream().mapToDouble(v -> v + shift).toArray(), direction, screen);
    }

    private static SpcResult chart(double[] values, ImprovementDirection direction, boolean screen) {
        SpcOptions options =
                SpcOptions.DEFAULT.withImprovementDirection(direction).withScreenOutliers(screen);
        return new SpcCalculator(options).xmr(Series.of(values));
    }

    /** Equal, or both NaN (the undefined limits of a one-point period). */
    private static void assertSameNumber(double actual, double expected) {
        assertThat(actual == expected || (Double.isNaN(actual) && Double.isNaN(expected)))
                .as("%s is %s", actual, expected)
                .isTrue();
    }

    private static List<PointType> types(SpcResult result) {
        return result.points().stream().map(SpcPoint::pointType).toList();
    }

    /** No value within a hair of a limit, where the rounding of a shifted mean could tip a comparison. */
    private static boolean clearOfBoundaries(SpcResult result) {
        return result.points().stream()
                .allMatch(p -> !p.hasLimits()
                        || DoubleStream.of(p.lpl(), p.upl(), p.nearLpl(), p.nearUpl())
                                .allMatch(limit -> Math.abs(p.value() - limit) > 1e-6));
    }

    @Property
    void addingAConstantShiftsTheMeanAndLimitsAndLeavesPointTypesAlone(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = -1000, max = 1000) Integer> values,
            @ForAll @IntRange(min = -100_000, max = 100_000) int shift,
            @ForAll ImprovementDirection direction,
            @ForAll boolean screen) {
        SpcResult before = chart(values, direction, screen, 0);
        SpcResult after = chart(values, direction, screen, shift);
        Assume.that(clearOfBoundaries(before));

        for (int i = 0; i < values.size(); i++) {
            SpcPoint b = before.points().get(i);
            SpcPoint a = after.points().get(i);
            assertThat(a.mean()).isCloseTo(b.mean() + shift, within(1e-9));
            if (b.hasLimits()) {
                assertThat(a.lpl()).isCloseTo(b.lpl() + shift, within(1e-9));
                assertThat(a.upl()).isCloseTo(b.upl() + shift, within(1e-9));
            }
        }
        assertThat(types(after)).isEqualTo(types(before));
        assertThat(after.variation()).isEqualTo(before.variation());
    }

    @Property
    void scalingByAPowerOfTwoScalesEverythingExactly(
            @ForAll @Size(min = 1, max = 40) List<@DoubleRange(min = -1e6, max = 1e6) Double> values,
            @ForAll @IntRange(min = -20, max = 20) int exponent,
            @ForAll ImprovementDirection direction) {
        double factor = Math.scalb(1.0, exponent);
        double[] raw = values.stream().mapToDouble(Double::doubleValue).toArray();
        double[] scaled = values.stream().mapToDouble(v -> v * factor).toArray();

        SpcResult before = chart(raw, direction, true);
        SpcResult after = chart(scaled, direction, true);

        for (int i = 0; i < raw.length; i++) {
            assertThat(after.points().get(i).mean())
                    .isEqualTo(before.points().get(i).mean() * factor);
            assertSameNumber(after.points().get(i).upl(), before.points().get(i).upl() * factor);
        }
        assertThat(types(after)).isEqualTo(types(before));
    }

    @Property
    void negatingTheValuesAndTheDirectionGivesTheSamePointTypes(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = -50, max = 50) Integer> values,
            @ForAll boolean increase) {
        // a zero step reads as "decreasing" in the reference, which has no mirror image: no ties here
        for (int i = 1; i < values.size(); i++) {
            Assume.that(!values.get(i).equals(values.get(i - 1)));
        }
        ImprovementDirection direction = increase ? ImprovementDirection.INCREASE : ImprovementDirection.DECREASE;
        ImprovementDirection opposite = increase ? ImprovementDirection.DECREASE : ImprovementDirection.INCREASE;
        double[] raw = values.stream().mapToDouble(Integer::doubleValue).toArray();
        double[] negated = values.stream().mapToDouble(v -> -v).toArray();

        SpcResult before = chart(raw, direction, true);
        SpcResult after = chart(negated, opposite, true);

        assertThat(types(after)).isEqualTo(types(before));
        for (int i = 0; i < raw.length; i++) {
            assertThat(after.points().get(i).specialCause().side())
                    .isEqualTo(-before.points().get(i).specialCause().side());
        }
    }

    @Property
    void screeningNeverWidensTheLimits(
            @ForAll @Size(min = 2, max = 40) List<@DoubleRange(min = -1000, max = 1000) Double> values) {
        double[] raw = values.stream().mapToDouble(Double::doubleValue).toArray();

        SpcPoint screened =
                chart(raw, ImprovementDirection.INCREASE, true).points().get(0);
        SpcPoint unscreened =
                chart(raw, ImprovementDirection.INCREASE, false).points().get(0);

        assertThat(screened.upl()).isLessThanOrEqualTo(unscreened.upl() + 1e-9);
        assertThat(screened.lpl()).isGreaterThanOrEqualTo(unscreened.lpl() - 1e-9);
    }

    @Property
    void everyPointOutsideTheLimitsIsLabelledOutsideAndEveryFlaggedPointIsSpecial(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 30) Integer> values,
            @ForAll ImprovementDirection direction) {
        SpcResult result = chart(values, direction, true, 0);

        for (SpcPoint point : result.points()) {
            if (point.outsideLimits()) {
                assertThat(point.specialCause()).isIn(SpecialCause.ABOVE_UPPER_LIMIT, SpecialCause.BELOW_LOWER_LIMIT);
            }
            assertThat(point.pointType().isSpecialCause())
                    .isEqualTo(point.specialCause().isSpecial());
        }
        assertThat(result.variation().orElseThrow())
                .isEqualTo(Variation.of(result.lastPoint().orElseThrow().pointType(), direction));
    }

    @Property
    void aRebasedChartIsTheChartsOfItsPeriodsSideBySide(
            @ForAll @Size(min = 2, max = 40) List<@IntRange(min = -100, max = 100) Integer> values,
            @ForAll @IntRange(min = 1, max = 39) int cut) {
        Assume.that(cut < values.size());
        double[] raw = values.stream().mapToDouble(Integer::doubleValue).toArray();
        SpcOptions rebased = SpcOptions.DEFAULT.withRebaseDates(List.of(Series.month(cut)));

        SpcResult whole = new SpcCalculator(rebased).xmr(Series.of(raw));
        SpcResult first = SpcCalculator.withDefaults().xmr(Series.of(Arrays.copyOfRange(raw, 0, cut)));
        List<SpcObservation> rest = new ArrayList<>();
        for (int i = cut; i < raw.length; i++) {
            rest.add(SpcObservation.of(Series.month(i), raw[i]));
        }
        SpcResult second = SpcCalculator.withDefaults().xmr(rest);

        List<PointType> sideBySide = new ArrayList<>(types(first));
        sideBySide.addAll(types(second));
        assertThat(types(whole)).isEqualTo(sideBySide);
        assertThat(whole.points().get(cut).mean())
                .isEqualTo(second.points().get(0).mean());
        assertSameNumber(whole.points().get(cut).upl(), second.points().get(0).upl());
        LocalDate secondStart = whole.groups().get(1).start();
        assertThat(secondStart).isEqualTo(Series.month(cut));
    }

    @Property
    void runsNeedSevenPoints(@ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 5) Integer> values) {
        SpcResult result = chart(values, ImprovementDirection.INCREASE, true, 0);

        assertThat(result.points())
                .noneMatch(p -> p.specialCause().name().startsWith("TREND")
                        || p.specialCause().name().startsWith("SHIFT"));
    }
}
