package org.joinedup.core.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.joinedup.core.spc.Series.month;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Laney's p-prime and u-prime charts. The worked example in {@code laney_worked_example.csv} was
 * computed independently of this code: {@code laney_worked_example.py} (next to it) transcribes the
 * formulas of Laney (2002) in Python's 40-digit decimal arithmetic. Doubles should agree to about
 * 1e-15 relative; the test allows 1e-12.
 */
class LaneyChartTest {
    private static final double RELATIVE = 1e-12;
    private static final List<Map<String, String>> EXAMPLE = Vectors.csv("laney_worked_example.csv");

    private static List<SpcCount> counts(List<Map<String, String>> rows) {
        List<SpcCount> series = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            series.add(SpcCount.of(
                    month(i),
                    Double.parseDouble(rows.get(i).get("numerator")),
                    Double.parseDouble(rows.get(i).get("denominator"))));
        }
        return series;
    }

    private static List<Map<String, String>> rows(String chart) {
        return EXAMPLE.stream().filter(r -> r.get("chart").equals(chart)).toList();
    }

    private static void assertMatchesTheWorkedExample(SpcResult result, List<Map<String, String>> rows) {
        assertThat(result.points()).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            SpcPoint point = result.points().get(i);
            assertClose("value", row, point.value());
            assertClose("centre", row, point.mean());
            assertClose("lpl", row, point.lpl());
            assertClose("upl", row, point.upl());
            assertClose("near_lpl", row, point.nearLpl());
            assertClose("near_upl", row, point.nearUpl());
        }
        double sigmaZ = result.groups().get(0).meanMovingRange() / LaneyLimits.D2;
        assertClose("sigma_z", rows.get(0), sigmaZ);
    }

    private static void assertClose(String column, Map<String, String> row, double actual) {
        double expected = Double.parseDouble(row.get(column));
        assertThat(actual).as(column).isCloseTo(expected, within(RELATIVE * Math.abs(expected)));
    }

    @Test
    void pPrimeMatchesTheIndependentWorkedExample() {
        List<Map<String, String>> rows = rows("p");

        assertMatchesTheWorkedExample(SpcCalculator.withDefaults().pPrime(counts(rows)), rows);
    }

    @Test
    void uPrimeMatchesTheIndependentWorkedExample() {
        List<Map<String, String>> rows = rows("u");

        assertMatchesTheWorkedExample(SpcCalculator.withDefaults().uPrime(counts(rows)), rows);
    }

    @Test
    void withLargeDenominatorsTheClassicLimitsFlagPointsThatLaneysDoNot() {
        // the example is over-dispersed (sigma_z 1.95): four points fall outside the classic p limits
        List<Map<String, String>> rows = rows("p");
        long classicOutside = rows.stream()
                .filter(r -> {
                    double p = Double.parseDouble(r.get("value"));
                    return p < Double.parseDouble(r.get("classic_lpl")) || p > Double.parseDouble(r.get("classic_upl"));
                })
                .count();

        SpcResult result = SpcCalculator.withDefaults().pPrime(counts(rows));

        assertThat(classicOutside).isEqualTo(4);
        assertThat(result.points()).noneMatch(SpcPoint::outsideLimits);
    }

    @Test
    void withEqualDenominatorsPPrimeIsAnUnscreenedXmrChartOfTheProportionsWithThreeOverD2() {
        // sigma_i is the same for every point, so it cancels: limits = p-bar +/- (3 / 1.128) MR-bar of p
        double[] numerators = {50, 61, 44, 58, 47, 52, 66, 49, 55, 43, 60, 51, 57, 48};
        List<SpcCount> counts = new ArrayList<>();
        List<SpcObservation> proportions = new ArrayList<>();
        for (int i = 0; i < numerators.length; i++) {
            counts.add(SpcCount.of(month(i), numerators[i], 1000));
            proportions.add(SpcObservation.of(month(i), numerators[i] / 1000));
        }

        SpcPoint laney = SpcCalculator.withDefaults().pPrime(counts).points().get(0);
        SpcResult xmr = new SpcCalculator(SpcOptions.DEFAULT.withScreenOutliers(false)).xmr(proportions);
        double movingRange = xmr.groups().get(0).meanMovingRange();

        assertThat(laney.mean()).isCloseTo(xmr.points().get(0).mean(), within(1e-15));
        assertThat(laney.upl()).isCloseTo(laney.mean() + 3 / LaneyLimits.D2 * movingRange, within(1e-14));
        assertThat(laney.lpl()).isCloseTo(laney.mean() - 3 / LaneyLimits.D2 * movingRange, within(1e-14));
    }

    @Test
    void outlierScreeningDoesNotApplyToLaneyCharts() {
        List<SpcCount> counts = counts(rows("u"));
        counts.set(5, SpcCount.of(month(5), 900, 47012));

        SpcResult screened = SpcCalculator.withDefaults().uPrime(counts);
        SpcResult unscreened = new SpcCalculator(SpcOptions.DEFAULT.withScreenOutliers(false)).uPrime(counts);

        assertThat(screened).isEqualTo(unscreened);
        assertThat(screened.points().get(5).pointType()).isEqualTo(PointType.SPECIAL_CAUSE_IMPROVEMENT);
    }

    @Test
    void aProportionAboveOneIsRejected() {
        List<SpcCount> counts = List.of(SpcCount.of(month(0), 11, 10));

        assertThatThrownBy(() -> SpcCalculator.withDefaults().pPrime(counts))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than the denominator");
        assertThat(SpcCalculator.withDefaults().uPrime(counts).points()).hasSize(1);
    }

    @Test
    void aNegativeNumeratorOrAZeroDenominatorIsRejected() {
        assertThatThrownBy(() -> SpcCount.of(month(0), -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpcCount.of(month(0), 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpcCount.of(month(0), Double.NaN, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allZeroCountsGiveLimitsOnZeroRatherThanNaN() {
        List<SpcCount> counts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            counts.add(SpcCount.of(month(i), 0, 500 + i));
        }
        counts.add(SpcCount.of(month(12), 3, 500));
        SpcOptions fixed = SpcOptions.DEFAULT.withFixAfterNPoints(12);

        SpcResult result = new SpcCalculator(fixed).pPrime(counts);

        assertThat(result.points().subList(0, 12)).allSatisfy(p -> {
            assertThat(p.upl()).isZero();
            assertThat(p.pointType()).isEqualTo(PointType.COMMON_CAUSE);
        });
        assertThat(result.points().get(12).specialCause()).isEqualTo(SpecialCause.ABOVE_UPPER_LIMIT);
    }

    @Test
    void laneyLimitsWidenWhereTheDenominatorIsSmaller() {
        List<SpcCount> counts = new ArrayList<>(counts(rows("p")));
        counts.set(3, SpcCount.of(month(3), 1100, 10000));

        SpcResult result = SpcCalculator.withDefaults().pPrime(counts);

        SpcPoint small = result.points().get(3);
        SpcPoint large = result.points().get(4);
        assertThat(small.upl() - small.mean()).isGreaterThan(large.upl() - large.mean());
    }

    @Test
    void rebasingAppliesToLaneyChartsToo() {
        List<SpcCount> counts = counts(rows("p"));
        SpcOptions options = SpcOptions.DEFAULT.withRebaseDates(List.of(month(7)));

        SpcResult result = new SpcCalculator(options).pPrime(counts);

        assertThat(result.groups()).hasSize(2);
        assertThat(result.points().get(0).mean())
                .isNotEqualTo(result.points().get(14).mean());
    }
}
