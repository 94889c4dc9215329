package org.joinedup.core.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.joinedup.core.indicator.CrudeRates;
import org.joinedup.core.indicator.ExactPoissonLimits;
import org.joinedup.core.indicator.IndicatorValue;
import org.joinedup.core.indicator.WilsonLimits;
import org.junit.jupiter.api.Test;

/**
 * Funnel plots. No PHEindicatormethods funnel output was available here, so the limits are checked against
 * independent computations: bisection on the Wilson score limits of the indicator package for the closed form,
 * the chi-square (gamma) exact Poisson limits for the bisection, and the areas' own confidence intervals for
 * the significance labels.
 */
class FunnelsTest {

    @Test
    void funnelPlotRChiSquareLimitsAtAnExpectedCountOf15() {
        // methods.md §3 (FunnelPlotR @9020d49 tests): at E = 15, ll95 = 0.5596924, ul95 = 1.649348,
        // ll99.8 = 0.3862650, ul99.8 = 2.082907; compared to half a unit of the last printed digit
        FunnelLimits l = Funnels.expectedCountLimits(15, 1);
        assertThat(Math.abs(l.lower95() - 0.5596924)).isLessThanOrEqualTo(0.5e-7);
        assertThat(Math.abs(l.upper95() - 1.649348)).isLessThanOrEqualTo(0.5e-6);
        assertThat(Math.abs(l.lower998() - 0.3862650)).isLessThanOrEqualTo(0.5e-7);
        assertThat(Math.abs(l.upper998() - 2.082907)).isLessThanOrEqualTo(0.5e-6);
        assertThat(l.denominator()).isEqualTo(15);
        FunnelLimits doubled = Funnels.expectedCountLimits(15, 2);
        assertThat(doubled.upper95()).isEqualTo(2 * l.upper95());
    }

    @Test
    void zValuesAreThoseOfMethodsSection2() {
        NormalDistribution n = NormalDistribution.of(0, 1);
        assertThat(Math.abs(n.inverseCumulativeProbability(0.975) - 1.959963984540054))
                .isLessThan(1e-15);
        assertThat(Math.abs(n.inverseCumulativeProbability(0.999) - 3.090232306167813))
                .isLessThan(1e-14);
    }

    @Test
    void significanceLabelsAreExactlyPheIndicatorMethodsText() {
        assertThat(List.of(FunnelSignificance.values()).stream()
                        .map(FunnelSignificance::label)
                        .toList())
                .containsExactly(
                        "High (0.001)",
                        "High (0.025)",
                        "Not significant",
                        "Low (0.025)",
                        "Low (0.001)",
                        "Not applicable for events less than 10 for dsrs");
    }

    /**
     * methods.md §3: the closed form equals exact Wilson inversion. The inversion here is independent: bisection
     * for the x whose Wilson upper (lower) limit is p̄, so x/N is the funnel's lower (upper) limit. 1e-12 on the
     * 0-1 scale.
     */
    @Property
    void closedFormProportionLimitsEqualExactWilsonInversion(
            @ForAll @IntRange(min = 1, max = 1_000_000) int population,
            @ForAll @DoubleRange(min = 0.001, max = 0.999) @Scale(6) double average,
            @ForAll boolean at998) {
        double confidence = at998 ? 0.998 : 0.95;
        double p = at998 ? 0.999 : 0.975;
        // lower limit: WilsonLimits.upper(x, N) = p̄ has a root in [0, N·p̄] only if upper(0, N) < p̄
        if (WilsonLimits.upper(0, population, confidence) < average) {
            double x = bisect(population, average, confidence, true, 0, population * average);
            assertThat(Math.abs(Funnels.sigmaAdjustment(p, population, average, false, 1) - x / population))
                    .isLessThanOrEqualTo(1e-12);
        }
        if (WilsonLimits.lower(population, population, confidence) > average) {
            double x = bisect(population, average, confidence, false, population * average, population);
            assertThat(Math.abs(Funnels.sigmaAdjustment(p, population, average, true, 1) - x / population))
                    .isLessThanOrEqualTo(1e-12);
        }
    }

    /**
     * PHEindicatormethods' {@code sigma_adjustment} transcribed literally: the same value as the funnel limit,
     * to 1e-9 relative (its discriminant cancels; the difference is far inside the 1.1e-7 print precision of
     * PHEindicatormethods' published funnel limits that methods.md records).
     */
    @Property
    void rsClosedFormGivesTheSameLimits(
            @ForAll @IntRange(min = 1, max = 1_000_000) int population,
            @ForAll @DoubleRange(min = 0.001, max = 0.999) @Scale(6) double average,
            @ForAll boolean at998,
            @ForAll boolean high) {
        double p = at998 ? 0.999 : 0.975;
        double q = NormalDistribution.of(0, 1).inverseCumulativeProbability(p);
        double z2 = q * q;
        double n = population;
        double firstPart = average * (n / z2 + 1);
        double adj = Math.sqrt(Math.pow(-8 * average * (n / z2 + 1), 2)
                - 64 * (1 / z2 + 1 / n) * average * (n * (average * (n / z2 + 2) - 1) + z2 * (average - 1)));
        double lastPart = 1 / z2 + 1 / n;
        double r = (high ? firstPart + adj / 8 : firstPart - adj / 8) / lastPart / n;
        double ours = Funnels.sigmaAdjustment(p, population, average, high, 1);
        assertThat(Math.abs(r - ours)).isLessThanOrEqualTo(1e-9 * Math.max(Math.abs(ours), 1e-3));
    }

    private static double bisect(double n, double target, double confidence, boolean upper, double a, double b) {
        for (int i = 0; i < 200; i++) {
            double m = (a + b) / 2;
            double limit = upper ? WilsonLimits.upper(m, n, confidence) : WilsonLimits.lower(m, n, confidence);
            if (limit < target) {
                a = m;
            } else {
                b = m;
            }
        }
        return (a + b) / 2;
    }

    /**
     * A proportion is significant on the funnel exactly when the area's own Wilson interval excludes the average
     * (the funnel is the inverted Wilson interval), at the level the label names.
     */
    @Property
    void proportionSignificanceIsTheAreasWilsonIntervalExcludingTheAverage(
            @ForAll @Size(min = 2, max = 12) List<@IntRange(min = 1, max = 5000) Integer> sizes,
            @ForAll @Size(min = 12, max = 12) List<@DoubleRange(min = 0, max = 1) Double> shares) {
        List<Count> data = new java.util.ArrayList<>();
        double x = 0;
        double n = 0;
        for (int i = 0; i < sizes.size(); i++) {
            double cases = Math.floor(shares.get(i) * sizes.get(i));
            data.add(Count.of(cases, sizes.get(i)));
            x += cases;
            n += sizes.get(i);
        }
        double average = x / n;
        List<FunnelPoint> points = Funnels.proportionSignificance(data);
        for (int i = 0; i < data.size(); i++) {
            Count c = data.get(i);
            double l95 = WilsonLimits.lower(c.numerator(), c.denominator(), 0.95);
            double u95 = WilsonLimits.upper(c.numerator(), c.denominator(), 0.95);
            double l998 = WilsonLimits.lower(c.numerator(), c.denominator(), 0.998);
            double u998 = WilsonLimits.upper(c.numerator(), c.denominator(), 0.998);
            double margin = 1e-9;
            Assume.that(Math.abs(l95 - average) > margin && Math.abs(u95 - average) > margin);
            Assume.that(Math.abs(l998 - average) > margin && Math.abs(u998 - average) > margin);
            FunnelSignificance expected;
            if (u998 < average) {
                expected = FunnelSignificance.LOW_001;
            } else if (u95 < average) {
                expected = FunnelSignificance.LOW_025;
            } else if (l998 > average) {
                expected = FunnelSignificance.HIGH_001;
            } else if (l95 > average) {
                expected = FunnelSignificance.HIGH_025;
            } else {
                expected = FunnelSignificance.NOT_SIGNIFICANT;
            }
            assertThat(points.get(i).significance()).as("%s", c).isEqualTo(expected);
        }
    }

    @Test
    void aProportionFunnelHasOneHundredRowsOnTheRGrid() {
        List<Count> data =
                List.of(Count.of(10232, 15232), Count.of(12321, 16123), Count.of(15123, 17932), Count.of(13213, 18475));
        FunnelTable t = Funnels.proportions(data, 100);
        assertThat(t.limits()).hasSize(100);
        assertThat(t.statistic()).isEqualTo("proportion");
        double average = (10232.0 + 12321 + 15123 + 13213) / (15232.0 + 16123 + 17932 + 18475);
        assertThat(t.baseline()).isEqualTo(average * 100);
        // max 18475 is not over twice the min 15232: axis from signif.floor(15232) = 10000
        // (0.95 × 15232 = 14470.4 has 5 digits: floor at 10^4) to signif.ceiling(18475) = 20000
        // (1.05 × 18475 = 19398.75, ceiling 19399 has 5 digits: ceiling at 10^3)
        assertThat(t.limits().get(0).denominator()).isEqualTo(10000);
        assertThat(t.limits().get(99).denominator()).isEqualTo(20000);
        for (int i = 1; i < 100; i++) {
            FunnelLimits a = t.limits().get(i - 1);
            FunnelLimits b = t.limits().get(i);
            assertThat(b.denominator()).isGreaterThan(a.denominator());
            assertThat(b.denominator()).isEqualTo(Math.rint(b.denominator()));
        }
    }

    /**
     * Funnel limits widen as the denominator shrinks, and the 99.8% limits lie outside the 95% ones. (Fewer
     * tries and denominators up to 5,000: each ratio table runs 400 bisections over Poisson sums.)
     */
    @Property(tries = 60)
    void limitsWidenAsDenominatorsShrink(
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 5_000) Integer> sizes,
            @ForAll @DoubleRange(min = 0.01, max = 0.99) double share) {
        List<Count> proportions =
                sizes.stream().map(s -> Count.of(Math.floor(s * share), s)).toList();
        Assume.that(proportions.stream().mapToDouble(Count::numerator).sum() > 0);
        List<Count> ratios = sizes.stream()
                .map(s -> Count.of(Math.floor(s * share), s * share))
                .toList();
        for (FunnelTable t : List.of(Funnels.proportions(proportions, 100), Funnels.ratios(ratios, RatioType.ISR))) {
            for (int i = 1; i < t.limits().size(); i++) {
                FunnelLimits wide = t.limits().get(i - 1);
                FunnelLimits narrow = t.limits().get(i);
                assertThat(wide.upper95()).isGreaterThanOrEqualTo(narrow.upper95());
                assertThat(wide.upper998()).isGreaterThanOrEqualTo(narrow.upper998());
                assertThat(wide.lower95()).isLessThanOrEqualTo(narrow.lower95());
                assertThat(wide.lower998()).isLessThanOrEqualTo(narrow.lower998());
            }
            for (FunnelLimits l : t.limits()) {
                assertThat(l.lower998()).isLessThanOrEqualTo(l.lower95());
                assertThat(l.lower95()).isLessThanOrEqualTo(t.baseline());
                assertThat(l.upper95()).isGreaterThanOrEqualTo(t.baseline());
                assertThat(l.upper998()).isGreaterThanOrEqualTo(l.upper95());
            }
        }
    }

    /**
     * Ratio funnel limits O/λ against the chi-square closed form O/χ²(…)/2, within the 5e-5 relative methods.md
     * gives for the bisection's 1e-7 tolerance.
     */
    @Test
    void ratioFunnelLimitsAgreeWithTheChiSquareClosedForm() {
        List<Count> data = List.of(Count.of(12, 10.5), Count.of(300, 280.2), Count.of(45, 51), Count.of(1500, 1404));
        for (RatioType type : RatioType.values()) {
            FunnelTable t = Funnels.ratios(data, type);
            assertThat(t.limits()).hasSize(100);
            assertThat(t.statistic()).isEqualTo(type == RatioType.ISR ? "ratio (isr)" : "ratio (count)");
            for (FunnelLimits l : t.limits()) {
                double o = l.denominator();
                double[] expected = {
                    o / ExactPoissonLimits.upper(o, 0.998),
                    o / ExactPoissonLimits.upper(o, 0.95),
                    o / ExactPoissonLimits.lower(o, 0.95),
                    o / ExactPoissonLimits.lower(o, 0.998)
                };
                double[] actual = {l.lower998(), l.lower95(), l.upper95(), l.upper998()};
                for (int k = 0; k < 4; k++) {
                    double unscaled = type == RatioType.ISR ? actual[k] / 100 : actual[k] + 1;
                    Fixtures.assertClose("O = " + o + " limit " + k, expected[k], unscaled, 5e-5);
                }
            }
        }
        // max 1404 is over twice the min 10.5: the grid starts at 1 and runs towards signif.ceiling(1404) = 1500
        FunnelTable t = Funnels.ratios(data, RatioType.ISR);
        assertThat(t.limits().get(0).denominator()).isEqualTo(1);
        assertThat(t.limits().get(99).denominator()).isLessThanOrEqualTo(1500);
        assertThat(t.baseline()).isEqualTo(100);
    }

    @Test
    void ratioSignificanceUsesExactLimitsBelowTenEventsAndByarsFromTen() {
        // O = 0: the lower limit is 0 so never high; the upper 95% limit is 3.689, 99.8% is 6.908
        assertThat(sig(0, 3.0)).isEqualTo(FunnelSignificance.NOT_SIGNIFICANT);
        assertThat(sig(0, 4.0)).isEqualTo(FunnelSignificance.LOW_025);
        assertThat(sig(0, 7.0)).isEqualTo(FunnelSignificance.LOW_001);
        // O = 9 uses the exact interval: 95% (4.115, 17.08); O = 10 uses Byar's: 95% (4.795, 18.39)
        for (double o : new double[] {9, 10, 25, 400}) {
            double exactOrByarsL95 = o < 10
                    ? ExactPoissonLimits.lower(o, 0.95)
                    : org.joinedup.core.indicator.ByarsLimits.lower(o, 0.95).orElseThrow();
            assertThat(sig(o, exactOrByarsL95 * 1.0001))
                    .isNotIn(FunnelSignificance.HIGH_025, FunnelSignificance.HIGH_001);
            assertThat(sig(o, exactOrByarsL95 * 0.9999)).isIn(FunnelSignificance.HIGH_025, FunnelSignificance.HIGH_001);
        }
    }

    private static FunnelSignificance sig(double observed, double expected) {
        return Funnels.ratioSignificance(List.of(Count.of(observed, expected)))
                .get(0)
                .significance();
    }

    @Test
    void directlyStandardisedRatesOnFewerThanTenEventsAreNotApplicable() {
        List<RateObservation> data = List.of(
                RateObservation.of(0, 0),
                RateObservation.of(9, 50),
                RateObservation.of(120, 600),
                RateObservation.of(40, 200),
                RateObservation.of(300, 450));
        List<FunnelPoint> points = Funnels.rateSignificance(data, RateType.DSR, 100_000);
        assertThat(points.get(0).significance()).isEqualTo(FunnelSignificance.NOT_APPLICABLE_DSR);
        assertThat(points.get(0).denominator()).isEmpty();
        assertThat(points.get(1).significance()).isEqualTo(FunnelSignificance.NOT_APPLICABLE_DSR);
        assertThat(points.get(2).denominator().getAsDouble()).isEqualTo(120.0 / 600 * 100_000);
        // the row with no events is left out of the average: (9 + 120 + 40 + 300) events over the derived populations
        double average = (9.0 + 120 + 40 + 300) / (9.0 / 50 + 120.0 / 600 + 40.0 / 200 + 300.0 / 450) / 100_000;
        for (int i = 2; i < data.size(); i++) {
            FunnelPoint p = points.get(i);
            IndicatorValue rate = CrudeRates.of(p.numerator(), p.denominator().getAsDouble(), 1, 0.95, 0.998);
            FunnelSignificance expected = expectedFromInterval(rate, average);
            assertThat(p.significance()).as("row %s", i).isEqualTo(expected);
        }
        FunnelTable t = Funnels.rates(data, RateType.DSR, 100_000, 3);
        assertThat(t.statistic()).isEqualTo("rate (dsr per 100,000)");
        assertThat(t.populations()).hasSize(100);
        assertThat(Math.abs(t.baseline() - average * 100_000)).isLessThan(1e-9 * t.baseline());
    }

    /** The significance a crude rate's own interval gives against the average: an independent route. */
    private static FunnelSignificance expectedFromInterval(IndicatorValue rate, double average) {
        if (average < rate.lower(0.998).orElse(Double.NEGATIVE_INFINITY)) {
            return FunnelSignificance.HIGH_001;
        }
        if (average < rate.lower(0.95).orElse(Double.NEGATIVE_INFINITY)) {
            return FunnelSignificance.HIGH_025;
        }
        if (average > rate.upper(0.998).getAsDouble()) {
            return FunnelSignificance.LOW_001;
        }
        if (average > rate.upper(0.95).getAsDouble()) {
            return FunnelSignificance.LOW_025;
        }
        return FunnelSignificance.NOT_SIGNIFICANT;
    }

    @Test
    void rateFunnelLimitsScaleTheRatioLimitsByTheAverageRate() {
        List<RateObservation> data = List.of(
                RateObservation.of(25, 250, 10_000),
                RateObservation.of(80, 200, 40_000),
                RateObservation.of(0, 0, 5_000),
                RateObservation.of(150, 300, 50_000));
        double average = (25.0 + 80 + 150) / (10_000.0 + 40_000 + 5_000 + 50_000);
        FunnelTable t = Funnels.rates(data, RateType.CRUDE, 100_000, 2);
        assertThat(t.statistic()).isEqualTo("rate (crude per 100,000)");
        for (int i = 0; i < 100; i++) {
            FunnelLimits l = t.limits().get(i);
            FunnelPopulations p = t.populations().get(i);
            double e = l.denominator();
            Fixtures.assertClose(
                    "lower95", e * average / ExactPoissonLimits.upper(e, 0.95) * 100_000, l.lower95(), 5e-5);
            Fixtures.assertClose(
                    "upper998", e * average / ExactPoissonLimits.lower(e, 0.998) * 100_000, l.upper998(), 5e-5);
            // each line passes its limit at events / population per year × years
            Fixtures.assertClose("population", e / (l.lower95() / 100_000) / 2, p.lower95(), 1e-12);
        }
        assertThatThrownBy(() -> Funnels.rateSignificance(List.of(RateObservation.of(0, 0)), RateType.CRUDE, 100_000))
                .hasMessageContaining("the denominator field needs to be provided");
    }

    @Test
    void inputsAreCheckedAsPheIndicatorMethodsDoes() {
        assertThatThrownBy(() -> Funnels.proportionSignificance(List.of(Count.of(5, 4))))
                .hasMessageContaining("numerators must be less than or equal to denominator");
        assertThatThrownBy(() -> Funnels.ratios(List.of(Count.of(-1, 4)), RatioType.COUNT))
                .hasMessageContaining("numerators must be greater than or equal to zero");
        assertThatThrownBy(() -> Funnels.proportions(List.of(Count.of(1, 0)), 100))
                .hasMessageContaining("denominators must be greater than zero");
        assertThatThrownBy(() -> Funnels.proportions(List.of(), 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Funnels.expectedCountLimits(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void axisBoundsRoundAsRsSignifFunctionsIncludingItsScientificNotation() {
        assertThat(FunnelAxis.signifFloor(1000)).isEqualTo(900);
        // ceiling(1050) has 4 digits: ceiling at 10^2
        assertThat(FunnelAxis.signifCeiling(1000)).isEqualTo(1100);
        assertThat(FunnelAxis.signifFloor(0)).isEqualTo(0);
        assertThat(FunnelAxis.rNchar(123456)).isEqualTo(6);
        assertThat(FunnelAxis.rNchar(120000)).isEqualTo(6);
        // as.character(100000) is "1e+05" and as.character(12000000) is "1.2e+07" in R
        assertThat(FunnelAxis.rNchar(100000)).isEqualTo(5);
        assertThat(FunnelAxis.rNchar(12000000)).isEqualTo(7);
        // so signif.ceiling(117142857) rounds 1.05x = 122999999.85 up at 1e6, not 1e7: 123,000,000
        assertThat(FunnelAxis.signifCeiling(117142857)).isEqualTo(123_000_000);
        assertThat(Funnels.bigMark(100_000)).isEqualTo("100,000");
        assertThat(Funnels.bigMark(1000)).isEqualTo("1,000");
    }

    @Test
    void theGridStartsAtOneWhenDenominatorsSpreadWidelyAndRoundsHalvesToEven() {
        double[] g = FunnelAxis.grid(0, 1000, false);
        assertThat(g[0]).isEqualTo(1);
        assertThat(g[99]).isEqualTo(1000);
        // early steps are below one, so each point is the previous plus one
        assertThat(g[1]).isEqualTo(2);
        double[] r = FunnelAxis.grid(0, 1000, true);
        assertThat(r[99]).isLessThan(1000);
        // rint, not Math.round: 2.5 goes to 2 and 3.5 to 4, as R's round()
        assertThat(Math.rint(2.5)).isEqualTo(2);
        assertThat(Math.rint(3.5)).isEqualTo(4);
    }
}
