package org.joinedup.core.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.joinedup.core.spc.Series.alternating;
import static org.joinedup.core.spc.Series.concat;
import static org.joinedup.core.spc.Series.month;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpcCalculatorTest {
    private static final SpcCalculator DEFAULT = SpcCalculator.withDefaults();

    /** Baseline of 12 alternating 0, 2: mean 1, mean moving range 2, limits 1 +/- 5.32, 2-sigma 1 +/- 3.5467. */
    private static final double[] BASELINE = alternating(12, 0, 2);

    private static final SpcCalculator FIXED_ON_BASELINE =
            new SpcCalculator(SpcOptions.DEFAULT.withFixAfterNPoints(12));

    private static List<SpecialCause> causes(SpcResult result) {
        return result.points().stream().map(SpcPoint::specialCause).toList();
    }

    private static List<SpecialCause> causesAfterBaseline(SpcResult result) {
        return causes(result).subList(BASELINE.length, result.points().size());
    }

    // --- edge cases -------------------------------------------------------------------------------

    @Test
    void anEmptySeriesGivesAnEmptyChart() {
        SpcResult result = DEFAULT.xmr(List.of());

        assertThat(result.points()).isEmpty();
        assertThat(result.groups()).isEmpty();
        assertThat(result.variation()).isEmpty();
        assertThat(result.assurance()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void aSinglePointHasAMeanButNoLimitsAndIsCommonCause() {
        SpcResult result = new SpcCalculator(SpcOptions.DEFAULT.withTarget(3)).xmr(Series.of(5));

        SpcPoint point = result.points().get(0);
        assertThat(point.mean()).isEqualTo(5);
        assertThat(point.hasLimits()).isFalse();
        assertThat(point.lpl()).isNaN();
        assertThat(point.upl()).isNaN();
        assertThat(point.outsideLimits()).isFalse();
        assertThat(point.closeToLimits()).isFalse();
        assertThat(point.pointType()).isEqualTo(PointType.COMMON_CAUSE);
        assertThat(result.groups().get(0).meanMovingRange()).isNaN();
        assertThat(result.variation()).contains(Variation.COMMON_CAUSE);
        // NaN limits: no comparison with the target holds, so the reference says inconsistent
        assertThat(result.assurance()).contains(Assurance.INCONSISTENT);
        assertThat(result.hasWarning(SpcWarning.Kind.SHORT_GROUP)).isTrue();
    }

    @Test
    void aFlatSeriesHasItsLimitsOnTheMeanAndNoSpecialCause() {
        // a naive running sum makes the mean of twenty 0.1s 0.09999999999999999, putting every point
        // above the mean and firing the shift rule
        double[] values = new double[20];
        java.util.Arrays.fill(values, 0.1);

        SpcResult result = DEFAULT.xmr(Series.of(values));

        assertThat(result.points()).allSatisfy(p -> {
            assertThat(p.mean()).isEqualTo(0.1);
            assertThat(p.lpl()).isEqualTo(0.1);
            assertThat(p.upl()).isEqualTo(0.1);
            assertThat(p.relativeToMean()).isZero();
            assertThat(p.pointType()).isEqualTo(PointType.COMMON_CAUSE);
        });
    }

    @Test
    void aPointOffAFlatFixedBaselineIsOutsideTheCollapsedLimits() {
        double[] values = new double[14];
        java.util.Arrays.fill(values, 4);
        values[12] = 4.5;
        values[13] = 3.5;

        SpcResult result = FIXED_ON_BASELINE.xmr(Series.of(values));

        SpcPoint point = result.points().get(12);
        assertThat(point.lpl()).isEqualTo(4);
        assertThat(point.upl()).isEqualTo(4);
        assertThat(causes(result).subList(12, 14))
                .containsExactly(SpecialCause.ABOVE_UPPER_LIMIT, SpecialCause.BELOW_LOWER_LIMIT);
    }

    @Test
    void nanAndInfiniteValuesAreRejected() {
        assertThatThrownBy(() -> SpcObservation.of(month(0), Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> SpcObservation.of(month(0), Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoPointsOnOneDateAreRejected() {
        List<SpcObservation> series = List.of(SpcObservation.of(month(0), 1), SpcObservation.of(month(0), 2));

        assertThatThrownBy(() -> DEFAULT.xmr(series))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2020-04-01");
    }

    @Test
    void aNullPointIsRejected() {
        List<SpcObservation> series = new ArrayList<>(Series.of(1, 2));
        series.add(null);

        assertThatThrownBy(() -> DEFAULT.xmr(series)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void pointsAreChartedInDateOrderWhateverTheInputOrder() {
        List<SpcObservation> series = new ArrayList<>(Series.of(1, 2, 1, 2, 1, 2, 1, 2, 3, 4, 3, 4, 3, 4, 3, 4));
        List<SpcObservation> shuffled = new ArrayList<>(series);
        Collections.shuffle(shuffled, new java.util.Random(7));

        assertThat(DEFAULT.xmr(shuffled)).isEqualTo(DEFAULT.xmr(series));
        assertThat(DEFAULT.xmr(shuffled).points().get(0).date()).isEqualTo(month(0));
    }

    @Test
    void aMapOfValuesByDateChartsLikeTheList() {
        Map<LocalDate, Double> byDate = new java.util.TreeMap<>();
        Series.of(LOW_THEN_HIGH).forEach(o -> byDate.put(o.date(), o.value()));

        assertThat(DEFAULT.xmr(byDate)).isEqualTo(DEFAULT.xmr(Series.of(LOW_THEN_HIGH)));
    }

    // --- limits -----------------------------------------------------------------------------------

    @Test
    void limitsAreTheMeanPlusOrMinus266MeanMovingRangesWithTwoSigmaAndOneSigmaLines() {
        SpcResult result = DEFAULT.xmr(Series.of(BASELINE));

        SpcPoint point = result.points().get(0);
        assertThat(point.mean()).isEqualTo(1);
        assertThat(result.groups().get(0).meanMovingRange()).isEqualTo(2);
        assertThat(point.upl()).isCloseTo(1 + 2.66 * 2, within(1e-12));
        assertThat(point.lpl()).isCloseTo(1 - 2.66 * 2, within(1e-12));
        assertThat(point.nearUpl()).isCloseTo(1 + 2 * 2.66 / 3 * 2, within(1e-12));
        assertThat(point.nearLpl()).isCloseTo(1 - 2 * 2.66 / 3 * 2, within(1e-12));
        assertThat(point.upperOneSigma()).isCloseTo(1 + 2.66 / 3 * 2, within(1e-12));
        assertThat(point.lowerOneSigma()).isCloseTo(1 - 2.66 / 3 * 2, within(1e-12));
    }

    @Test
    void screeningDropsMovingRangesAtOrAbove3267TimesTheirMeanAndRecomputesOnce() {
        // moving ranges 1 x 15, 8, 9: mean 32/17 = 1.88, cut-off 6.15, so 8 and 9 go and the mean is 1
        double[] values = {1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1};

        SpcResult screened = DEFAULT.xmr(Series.of(values));
        SpcResult unscreened = new SpcCalculator(SpcOptions.DEFAULT.withScreenOutliers(false)).xmr(Series.of(values));

        assertThat(screened.groups().get(0).meanMovingRange()).isEqualTo(1);
        assertThat(unscreened.groups().get(0).meanMovingRange()).isCloseTo(32.0 / 17, within(1e-15));
    }

    @Test
    void fixedLimitsComeFromTheFirstPointsAndApplyToTheRest() {
        SpcResult result = FIXED_ON_BASELINE.xmr(Series.of(concat(BASELINE, new double[] {9, 9, 9})));

        assertThat(result.groups().get(0).baselineSize()).isEqualTo(12);
        assertThat(result.points()).allSatisfy(p -> assertThat(p.mean()).isEqualTo(1));
        assertThat(causesAfterBaseline(result)).containsOnly(SpecialCause.ABOVE_UPPER_LIMIT);
    }

    @Test
    void aBaselineOfFewerThan12PointsIsRejectedAsTheReferenceDoes() {
        assertThatThrownBy(() -> SpcOptions.DEFAULT.withFixAfterNPoints(11))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12");
    }

    // --- rebasing ---------------------------------------------------------------------------------

    @Test
    void aRebaseStartsAPeriodWithItsOwnLimits() {
        double[] values = concat(alternating(13, 0, 2), alternating(13, 10, 14));
        SpcOptions options = SpcOptions.DEFAULT.withRebaseDates(List.of(month(13)));

        SpcResult result = new SpcCalculator(options).xmr(Series.of(values));

        assertThat(result.groups()).hasSize(2);
        assertThat(result.groups().get(0).size()).isEqualTo(13);
        assertThat(result.groups().get(1).start()).isEqualTo(month(13));
        assertThat(result.points().get(12).group()).isZero();
        assertThat(result.points().get(13).group()).isOne();
        assertThat(result.points().get(20).mean()).isCloseTo(12 - 2.0 / 13, within(1e-12));
        assertThat(result.groups().get(1).meanMovingRange()).isEqualTo(4);
        assertThat(result.points()).allSatisfy(p -> assertThat(p.pointType()).isEqualTo(PointType.COMMON_CAUSE));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void runsAndTrendsDoNotCrossARebase() {
        // seven increasing points and seven points above the overall mean, split 4 + 3 by the rebase
        double[] values = concat(alternating(12, 0, 2), new double[] {3, 4, 5, 6}, new double[] {7, 8, 9});
        SpcOptions options = SpcOptions.DEFAULT.withRules(List.of(SpcRules.TREND));
        List<LocalDate> rebase = List.of(month(16));

        SpcResult whole = new SpcCalculator(options).xmr(Series.of(values));
        SpcResult split = new SpcCalculator(options.withRebaseDates(rebase)).xmr(Series.of(values));

        assertThat(whole.points().get(18).specialCause()).isEqualTo(SpecialCause.TREND_INCREASING);
        assertThat(split.points()).allSatisfy(p -> assertThat(p.specialCause()).isEqualTo(SpecialCause.COMMON_CAUSE));
    }

    @Test
    void aRebaseDateThatIsNotADateOfTheSeriesStartsNothingAndIsReported() {
        SpcOptions options = SpcOptions.DEFAULT.withRebaseDates(List.of(month(5).plusDays(3)));

        SpcResult result = new SpcCalculator(options).xmr(Series.of(BASELINE));

        assertThat(result.groups()).hasSize(1);
        assertThat(result.hasWarning(SpcWarning.Kind.REBASE_DATE_NOT_IN_SERIES)).isTrue();
    }

    @Test
    void aRebaseOnTheFirstDateChangesNothing() {
        SpcOptions options = SpcOptions.DEFAULT.withRebaseDates(List.of(month(0)));

        assertThat(new SpcCalculator(options).xmr(Series.of(BASELINE)).points())
                .isEqualTo(DEFAULT.xmr(Series.of(BASELINE)).points());
    }

    // --- rules and their priority -----------------------------------------------------------------

    @Test
    void sevenPointsOnOneSideOfTheMeanAreAShift() {
        SpcResult result = DEFAULT.xmr(Series.of(1, 2, 1, 2, 1, 2, 1, 2, 3, 4, 3, 4, 3, 4, 3, 4));

        assertThat(causes(result).subList(0, 8)).containsOnly(SpecialCause.SHIFT_BELOW);
        assertThat(causes(result).subList(8, 16)).containsOnly(SpecialCause.SHIFT_ABOVE);
    }

    @Test
    void aPointOnTheMeanBreaksARun() {
        // the fixed baseline keeps the mean at 1, so the 1 sits on it and breaks the run of 2s
        double[] values = concat(BASELINE, new double[] {2, 2, 2, 1, 2, 2, 2});

        SpcResult result = FIXED_ON_BASELINE.xmr(Series.of(values));

        assertThat(result.points().get(15).relativeToMean()).isZero();
        assertThat(causesAfterBaseline(result)).containsOnly(SpecialCause.COMMON_CAUSE);
    }

    @Test
    void outsideTheLimitsOutranksATrendAndATrendOutranksAShift() {
        // after the baseline (limits -4.32 to 6.32): 1.5 up to 7 rises six times and stays above the
        // mean; the last point is also above the upper limit
        double[] values = concat(BASELINE, new double[] {1.5, 2, 2.5, 3, 3.5, 4, 7});

        SpcResult result = FIXED_ON_BASELINE.xmr(Series.of(values));

        assertThat(causesAfterBaseline(result))
                .containsExactly(
                        SpecialCause.TREND_INCREASING,
                        SpecialCause.TREND_INCREASING,
                        SpecialCause.TREND_INCREASING,
                        SpecialCause.TREND_INCREASING,
                        SpecialCause.TREND_INCREASING,
                        SpecialCause.TREND_INCREASING,
                        SpecialCause.ABOVE_UPPER_LIMIT);
    }

    @Test
    void twoOfThreeOutranksAShiftAndOnlyTheClosePointsAreFlagged() {
        // seven points above the mean of 1; the two 5s are beyond 2 sigma (4.55) with a 2 between them
        double[] values = concat(BASELINE, new double[] {2, 2, 2, 5, 2, 5, 2});

        SpcResult result = FIXED_ON_BASELINE.xmr(Series.of(values));

        assertThat(causesAfterBaseline(result))
                .containsExactly(
                        SpecialCause.SHIFT_ABOVE,
                        SpecialCause.SHIFT_ABOVE,
                        SpecialCause.SHIFT_ABOVE,
                        SpecialCause.TWO_IN_THREE_ABOVE,
                        SpecialCause.SHIFT_ABOVE,
                        SpecialCause.TWO_IN_THREE_ABOVE,
                        SpecialCause.SHIFT_ABOVE);
    }

    @Test
    void aPointOutsideTheLimitsIsNotCloseButItsNeighboursCanStillMakeTwoOfThree() {
        double[] values = concat(BASELINE, new double[] {5, 7, 5});

        SpcResult result = FIXED_ON_BASELINE.xmr(Series.of(values));

        assertThat(result.points().get(13).closeToLimits()).isFalse();
        assertThat(causesAfterBaseline(result))
                .containsExactly(
                        SpecialCause.TWO_IN_THREE_ABOVE,
                        SpecialCause.ABOVE_UPPER_LIMIT,
                        SpecialCause.TWO_IN_THREE_ABOVE);
    }

    @Test
    void twoOfThreeCloseOnOppositeSidesIsNotSpecial() {
        double[] values = concat(BASELINE, new double[] {5, -3, 5});

        SpcResult result = FIXED_ON_BASELINE.xmr(Series.of(values));

        assertThat(causesAfterBaseline(result)).containsOnly(SpecialCause.COMMON_CAUSE);
    }

    @Test
    void whereTwoTrendsMeetOnATieTheTieReadsAsDecreasingAsInTheReference() {
        SpcOptions trendOnly = SpcOptions.DEFAULT.withRules(List.of(SpcRules.TREND));

        SpcResult result = new SpcCalculator(trendOnly).xmr(Series.of(1, 2, 3, 4, 5, 6, 7, 7, 6, 5, 4, 3, 2, 1));

        assertThat(causes(result).subList(0, 6)).containsOnly(SpecialCause.TREND_INCREASING);
        // the top of the rise steps to a tie with the next (trending) point: sign 0, labelled decreasing
        assertThat(causes(result).get(6)).isEqualTo(SpecialCause.TREND_DECREASING);
        assertThat(causes(result).subList(7, 14)).containsOnly(SpecialCause.TREND_DECREASING);
    }

    @Test
    void aTieBreaksATrend() {
        SpcOptions trendOnly = SpcOptions.DEFAULT.withRules(List.of(SpcRules.TREND));

        SpcResult result = new SpcCalculator(trendOnly).xmr(Series.of(1, 2, 3, 3, 4, 5, 6, 7));

        assertThat(causes(result)).containsOnly(SpecialCause.COMMON_CAUSE);
    }

    @Test
    void withoutRulesEveryPointIsCommonCause() {
        SpcResult result =
                new SpcCalculator(SpcOptions.DEFAULT.withRules(List.of())).xmr(Series.of(1, 2, 1, 2, 1, 2, 1, 2, 30));

        assertThat(result.points()).allSatisfy(p -> assertThat(p.pointType()).isEqualTo(PointType.COMMON_CAUSE));
        assertThat(result.points().get(8).outsideLimits()).isTrue();
    }

    // --- point types, variation and assurance -----------------------------------------------------

    private static final double[] LOW_THEN_HIGH = {1, 2, 1, 2, 1, 2, 1, 2, 3, 4, 3, 4, 3, 4, 3, 4};

    private static SpcResult lowThenHigh(ImprovementDirection direction) {
        return new SpcCalculator(SpcOptions.DEFAULT.withImprovementDirection(direction)).xmr(Series.of(LOW_THEN_HIGH));
    }

    @Test
    void theImprovementDirectionDecidesImprovementOrConcern() {
        assertThat(lowThenHigh(ImprovementDirection.INCREASE).points().get(0).pointType())
                .isEqualTo(PointType.SPECIAL_CAUSE_CONCERN);
        assertThat(lowThenHigh(ImprovementDirection.INCREASE).points().get(15).pointType())
                .isEqualTo(PointType.SPECIAL_CAUSE_IMPROVEMENT);
        assertThat(lowThenHigh(ImprovementDirection.DECREASE).points().get(0).pointType())
                .isEqualTo(PointType.SPECIAL_CAUSE_IMPROVEMENT);
        assertThat(lowThenHigh(ImprovementDirection.DECREASE).points().get(15).pointType())
                .isEqualTo(PointType.SPECIAL_CAUSE_CONCERN);
        assertThat(lowThenHigh(ImprovementDirection.NEUTRAL).points().get(0).pointType())
                .isEqualTo(PointType.SPECIAL_CAUSE_NEUTRAL_LOW);
        assertThat(lowThenHigh(ImprovementDirection.NEUTRAL).points().get(15).pointType())
                .isEqualTo(PointType.SPECIAL_CAUSE_NEUTRAL_HIGH);
    }

    @Test
    void theVariationIconIsReadFromTheLastPoint() {
        assertThat(lowThenHigh(ImprovementDirection.INCREASE).variation()).contains(Variation.IMPROVEMENT_HIGH);
        assertThat(lowThenHigh(ImprovementDirection.DECREASE).variation()).contains(Variation.CONCERN_HIGH);
        assertThat(lowThenHigh(ImprovementDirection.NEUTRAL).variation()).contains(Variation.NEUTRAL_HIGH);

        double[] highThenLow = new double[LOW_THEN_HIGH.length];
        for (int i = 0; i < highThenLow.length; i++) {
            highThenLow[i] = LOW_THEN_HIGH[highThenLow.length - 1 - i];
        }
        SpcOptions decrease = SpcOptions.DEFAULT.withImprovementDirection(ImprovementDirection.DECREASE);
        assertThat(new SpcCalculator(decrease).xmr(Series.of(highThenLow)).variation())
                .contains(Variation.IMPROVEMENT_LOW);
        assertThat(DEFAULT.xmr(Series.of(highThenLow)).variation()).contains(Variation.CONCERN_LOW);
        assertThat(new SpcCalculator(SpcOptions.DEFAULT.withImprovementDirection(ImprovementDirection.NEUTRAL))
                        .xmr(Series.of(highThenLow))
                        .variation())
                .contains(Variation.NEUTRAL_LOW);
        // special cause earlier but a common-cause last point: the icon is common cause
        assertThat(FIXED_ON_BASELINE
                        .xmr(Series.of(concat(BASELINE, new double[] {9, 1})))
                        .variation())
                .contains(Variation.COMMON_CAUSE);
    }

    @Test
    void iconNamesAreTheReferences() {
        assertThat(Variation.IMPROVEMENT_HIGH.icon()).isEqualTo("improvement_high");
        assertThat(Variation.CONCERN_LOW.icon()).isEqualTo("concern_low");
        assertThat(PointType.SPECIAL_CAUSE_NEUTRAL_HIGH.code()).isEqualTo("special_cause_neutral_high");
        assertThat(Assurance.CONSISTENT_PASS.code()).isEqualTo("consistent_pass");
    }

    @Test
    void aTargetPerDateIsAssessedAtTheLastPoint() {
        // limits -4.32 to 6.32; the early target would fail, the last one (below the lower limit) passes
        Map<LocalDate, Double> targets = Map.of(month(0), 10.0, month(11), -5.0);
        SpcOptions options = SpcOptions.DEFAULT.withTarget(SpcTarget.byDate(targets));

        SpcResult result = new SpcCalculator(options).xmr(Series.of(BASELINE));

        assertThat(result.points().get(0).target()).isEqualTo(10.0);
        assertThat(result.points().get(5).target()).isNull();
        assertThat(result.assurance()).contains(Assurance.CONSISTENT_PASS);
    }

    @Test
    void noTargetAtTheLastPointMeansNoAssurance() {
        SpcOptions options = SpcOptions.DEFAULT.withTarget(SpcTarget.byDate(Map.of(month(0), 10.0)));

        assertThat(new SpcCalculator(options).xmr(Series.of(BASELINE)).assurance())
                .isEmpty();
    }

    @Test
    void aNeutralDirectionHasNoAssurance() {
        SpcOptions options = SpcOptions.DEFAULT
                .withImprovementDirection(ImprovementDirection.NEUTRAL)
                .withTarget(100);

        assertThat(new SpcCalculator(options).xmr(Series.of(BASELINE)).assurance())
                .isEmpty();
    }

    @Test
    void aTargetBetweenOrOnTheLimitsIsInconsistent() {
        SpcOptions options = SpcOptions.DEFAULT.withTarget(4);

        // 12 points alternating 3 and 4: mean 3.5, moving range 1, limits 0.84 to 6.16
        SpcResult result = new SpcCalculator(options).xmr(Series.of(alternating(12, 3, 4)));

        assertThat(result.assurance()).contains(Assurance.INCONSISTENT);
        assertThat(Assurance.of(1, 4, 4.0, ImprovementDirection.INCREASE)).contains(Assurance.INCONSISTENT);
        assertThat(Assurance.of(4, 6, 4.0, ImprovementDirection.DECREASE)).contains(Assurance.INCONSISTENT);
    }

    // --- short periods ----------------------------------------------------------------------------

    @Test
    void aPeriodOfFewerThan13PointsHasTrialLimitsAsTheReferenceDefaultSays() {
        assertThat(DEFAULT.xmr(Series.of(alternating(12, 0, 2))).groups().get(0).shortGroup())
                .isTrue();
        assertThat(DEFAULT.xmr(Series.of(alternating(13, 0, 2))).groups().get(0).shortGroup())
                .isFalse();
        SpcCalculator twelve = new SpcCalculator(SpcOptions.DEFAULT.withShortGroupThreshold(12));
        assertThat(twelve.xmr(Series.of(alternating(12, 0, 2))).warnings()).isEmpty();
    }

    @Test
    void eachShortPeriodIsWarnedAbout() {
        SpcOptions options = SpcOptions.DEFAULT.withRebaseDates(List.of(month(5), month(25)));

        SpcResult result = new SpcCalculator(options).xmr(Series.of(alternating(30, 0, 2)));

        assertThat(result.groups()).extracting(SpcGroup::shortGroup).containsExactly(true, false, true);
        assertThat(result.warnings())
                .filteredOn(w -> w.kind() == SpcWarning.Kind.SHORT_GROUP)
                .hasSize(2);
    }

    @Test
    void theGroupSummaryCountsPointTypes() {
        SpcGroup group = DEFAULT.xmr(Series.of(LOW_THEN_HIGH)).groups().get(0);

        assertThat(group.size()).isEqualTo(16);
        assertThat(group.commonCause()).isZero();
        assertThat(group.specialCauseImprovement()).isEqualTo(8);
        assertThat(group.specialCauseConcern()).isEqualTo(8);
        assertThat(group.lastPointType()).isEqualTo(PointType.SPECIAL_CAUSE_IMPROVEMENT);
    }
}
