package org.joinedup.core.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.joinedup.core.catalogue.Polarity;
import org.joinedup.core.indicator.ConfidenceInterval;
import org.joinedup.core.indicator.ExactPoissonLimits;

/**
 * Properties of the comparers, and their SPC limits checked against independent computations: the Wilson score
 * equation for SPC for proportions, and the chi-square (gamma) exact Poisson limits of the indicator package
 * for the bisection behind SPC for DSRs.
 */
class ComparerPropertiesTest {

    @Provide
    Arbitrary<BenchmarkComparer> comparers() {
        return Arbitraries.of(
                BenchmarkComparers.CI_OVERLAP_95,
                BenchmarkComparers.CI_OVERLAP_998,
                BenchmarkComparers.CI_OVERLAP_95_998,
                BenchmarkComparers.DOUBLE_OVERLAP_95,
                BenchmarkComparers.spcForProportions(100, 0.95),
                BenchmarkComparers.spcForProportions(100, 0.998),
                BenchmarkComparers.spcForDsrs(100, 0.95),
                BenchmarkComparers.spcForDsrs(100, 0.998));
    }

    private static ComparedValue side(double value, double halfWidth95, double denominator) {
        return ComparedValue.of(
                        value,
                        ConfidenceInterval.of(0.95, value - halfWidth95, value + halfWidth95),
                        ConfidenceInterval.of(0.998, value - 1.6 * halfWidth95, value + 1.6 * halfWidth95))
                .withDenominator(denominator);
    }

    /** Lower-is-better is the mirror image of higher-is-better, and no judgement only renames. */
    @Property
    void lowerIsBetterMirrorsHigherIsBetter(
            @ForAll("comparers") BenchmarkComparer comparer,
            @ForAll @DoubleRange(min = 0, max = 100) double value,
            @ForAll @DoubleRange(min = 0, max = 100) double benchmark,
            @ForAll @DoubleRange(min = 0, max = 20) double halfWidth,
            @ForAll @IntRange(min = 1, max = 100_000) int denominator) {
        ComparedValue area = side(value, halfWidth, denominator);
        ComparedValue reference = side(benchmark, halfWidth / 2, denominator);
        Comparison high = comparer.compare(area, reference, Polarity.HIGHER_IS_BETTER);
        Comparison low = comparer.compare(area, reference, Polarity.LOWER_IS_BETTER);
        Comparison none = comparer.compare(area, reference, Polarity.NO_JUDGEMENT);
        BenchmarkResult mirrored = switch (high.result()) {
            case BETTER -> BenchmarkResult.WORSE;
            case WORSE -> BenchmarkResult.BETTER;
            case BEST -> BenchmarkResult.WORST;
            case WORST -> BenchmarkResult.BEST;
            default -> high.result();
        };
        assertThat(low.result()).isEqualTo(mirrored);
        assertThat(low.level()).isEqualTo(high.level());
        BenchmarkResult renamed = switch (high.result()) {
            case BETTER, BEST -> BenchmarkResult.HIGHER;
            case WORSE, WORST -> BenchmarkResult.LOWER;
            default -> high.result();
        };
        assertThat(none.result()).isEqualTo(renamed);
        assertThat(high.result()).isNotIn(BenchmarkResult.HIGHER, BenchmarkResult.LOWER);
    }

    /** A difference is always in the direction of the values, whatever the method. */
    @Property
    void aDifferenceFollowsTheDirectionOfTheValues(
            @ForAll("comparers") BenchmarkComparer comparer,
            @ForAll @DoubleRange(min = 0, max = 100) double value,
            @ForAll @DoubleRange(min = 0, max = 100) double benchmark,
            @ForAll @DoubleRange(min = 0, max = 20) double halfWidth,
            @ForAll @IntRange(min = 1, max = 100_000) int denominator) {
        BenchmarkResult r = comparer.compare(
                        side(value, halfWidth, denominator),
                        side(benchmark, halfWidth, denominator),
                        Polarity.NO_JUDGEMENT)
                .result();
        if (r == BenchmarkResult.HIGHER) {
            assertThat(value).isGreaterThan(benchmark);
        } else if (r == BenchmarkResult.LOWER) {
            assertThat(value).isLessThan(benchmark);
        } else {
            assertThat(r).isEqualTo(BenchmarkResult.SIMILAR);
        }
    }

    /** The two-level method agrees with method 1 at 95% on whether there is a difference at all. */
    @Property
    void theTwoLevelMethodFindsADifferenceExactlyWhenTheOneLevelMethodDoes(
            @ForAll @DoubleRange(min = 0, max = 100) double value,
            @ForAll @DoubleRange(min = 0, max = 100) double benchmark,
            @ForAll @DoubleRange(min = 0, max = 20) double halfWidth) {
        ComparedValue area = side(value, halfWidth, 1);
        ComparedValue reference = ComparedValue.of(benchmark);
        Comparison one = BenchmarkComparers.CI_OVERLAP_95.compare(area, reference, Polarity.HIGHER_IS_BETTER);
        Comparison two = BenchmarkComparers.CI_OVERLAP_95_998.compare(area, reference, Polarity.HIGHER_IS_BETTER);
        assertThat(two.result().isDifferent()).isEqualTo(one.result().isDifferent());
        Comparison at998 = BenchmarkComparers.CI_OVERLAP_998.compare(area, reference, Polarity.HIGHER_IS_BETTER);
        assertThat(two.result() == BenchmarkResult.BEST || two.result() == BenchmarkResult.WORST)
                .isEqualTo(at998.result().isDifferent());
    }

    /**
     * SPC for proportions: the control limits are where the Wilson score equation (P₀ − L)² = z²·L(1 − L)/N
     * holds. Found here by bisection on that equation, independently of the closed form; a value 1e-9 inside a
     * limit is similar and 1e-9 outside it is different.
     */
    @Property
    void spcForProportionsLimitsSolveTheWilsonScoreEquation(
            @ForAll @IntRange(min = 1, max = 1_000_000) int n,
            @ForAll @DoubleRange(min = 0.001, max = 0.999) @Scale(6) double p0,
            @ForAll boolean at998) {
        double z = at998 ? BenchmarkComparers.SPC_Z_998 : BenchmarkComparers.SPC_Z_95;
        BenchmarkComparer comparer = BenchmarkComparers.spcForProportions(1, at998 ? 0.998 : 0.95);
        double lower = wilsonRoot(p0, n, z, 0, p0);
        double upper = wilsonRoot(p0, n, z, p0, 1);
        ComparedValue reference = ComparedValue.of(p0);
        double eps = 1e-9;
        Assume.that(lower - eps > 0 && upper + eps < 1);
        assertThat(result(comparer, lower + eps, n, reference)).isEqualTo(BenchmarkResult.SIMILAR);
        assertThat(result(comparer, upper - eps, n, reference)).isEqualTo(BenchmarkResult.SIMILAR);
        assertThat(result(comparer, lower - eps, n, reference)).isEqualTo(BenchmarkResult.WORSE);
        assertThat(result(comparer, upper + eps, n, reference)).isEqualTo(BenchmarkResult.BETTER);
    }

    private static BenchmarkResult result(BenchmarkComparer c, double value, double n, ComparedValue reference) {
        return c.compare(ComparedValue.of(value).withDenominator(n), reference, Polarity.HIGHER_IS_BETTER)
                .result();
    }

    /** The root in [a, b] of (p0 − x)² − z²·x(1 − x)/n, by bisection to the last bit. */
    private static double wilsonRoot(double p0, double n, double z, double a, double b) {
        double fa = Math.pow(p0 - a, 2) - z * z * a * (1 - a) / n;
        for (int i = 0; i < 200; i++) {
            double m = (a + b) / 2;
            double fm = Math.pow(p0 - m, 2) - z * z * m * (1 - m) / n;
            if (Math.signum(fm) == Math.signum(fa)) {
                a = m;
                fa = fm;
            } else {
                b = m;
            }
        }
        return (a + b) / 2;
    }

    /**
     * The bisection (Fingertips' PoisLow/PoisHigh) agrees with the chi-square exact limits within the 5e-5
     * relative that methods.md gives for its 1e-7 step tolerance: PoisLow(O, p) = χ²_{2p}(2O)/2 and
     * PoisHigh(O, p) = χ²_{1−2p}(2O + 2)/2, the 1 − 2p two-sided limits of {@link ExactPoissonLimits}.
     */
    @Property
    void poissonBisectionAgreesWithTheChiSquareLimits(
            @ForAll @IntRange(min = 1, max = 3000) int observed, @ForAll boolean at998) {
        double p = at998 ? 0.001 : 0.025;
        double confidence = 1 - 2 * p;
        Fixtures.assertClose(
                "low " + observed,
                ExactPoissonLimits.lower(observed, confidence),
                PoissonBisection.low(observed, p),
                5e-5);
        Fixtures.assertClose(
                "high " + observed,
                ExactPoissonLimits.upper(observed, confidence),
                PoissonBisection.high(observed, p),
                5e-5);
    }

    /** For a fractional expected count the tails run over whole k: P(X ≥ ⌈E⌉) and P(X ≤ ⌊E⌋). */
    @Property
    void poissonBisectionOfAFractionalCountUsesWholeCounts(
            @ForAll @DoubleRange(min = 0.01, max = 500) double expected) {
        Assume.that(expected != Math.rint(expected));
        Fixtures.assertClose(
                "low",
                ExactPoissonLimits.lower(Math.ceil(expected), 0.95),
                PoissonBisection.low(expected, 0.025),
                5e-5);
        Fixtures.assertClose(
                "high",
                ExactPoissonLimits.upper(Math.floor(expected), 0.95),
                PoissonBisection.high(expected, 0.025),
                5e-5);
    }
}
