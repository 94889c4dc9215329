package org.joinedup.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.joinedup.core.indicator.CrudeRates;
import org.joinedup.core.indicator.IndicatorValue;
import org.joinedup.core.indicator.Proportions;
import org.junit.jupiter.api.Test;

/** The fast Wilson and Poisson limits equal the indicator package's to 1e-12 relative. */
class FastIntervalsEquivalenceTest {
    private static final double TOLERANCE = 1e-12;

    static void close(double fast, OptionalDouble reference, String what) {
        if (reference.isEmpty()) {
            assertThat(Double.isNaN(fast))
                    .as("%s: %s should be absent", what, fast)
                    .isTrue();
            return;
        }
        double r = reference.getAsDouble();
        assertThat(Math.abs(fast - r))
                .as("%s: %s vs %s", what, fast, r)
                .isLessThanOrEqualTo(TOLERANCE * Math.max(1, Math.abs(r)));
    }

    static void checkProportion(double x, double n, double multiplier) {
        IndicatorValue ref = Proportions.of(x, n, multiplier, 0.95, 0.998);
        String what = x + "/" + n;
        for (int l = 0; l < 2; l++) {
            double level = FastIntervals.LEVELS[l];
            close(FastIntervals.wilsonLower(x, n, l) * multiplier, ref.lower(level), what + " lower " + level);
            close(FastIntervals.wilsonUpper(x, n, l) * multiplier, ref.upper(level), what + " upper " + level);
        }
    }

    static void checkRate(double observed, double population, double multiplier) {
        IndicatorValue ref = CrudeRates.of(observed, population, multiplier, 0.95, 0.998);
        double scale = Assessor.poissonScale(org.joinedup.core.catalogue.ValueType.CRUDE_RATE, multiplier, population);
        String what = observed + " in " + population;
        for (int l = 0; l < 2; l++) {
            double level = FastIntervals.LEVELS[l];
            close(FastIntervals.countLower(observed, l) * scale, ref.lower(level), what + " lower " + level);
            close(FastIntervals.countUpper(observed, l) * scale, ref.upper(level), what + " upper " + level);
        }
    }

    @Property(tries = 3000)
    void wilson(@ForAll("counts") int n, @ForAll @DoubleRange(min = 0, max = 1) double share, @ForAll boolean percent) {
        int x = (int) Math.round(share * n);
        checkProportion(x, n, percent ? 100 : 1);
        checkProportion(share * n, n, 100); // not a whole number
    }

    @Property(tries = 3000)
    void poisson(
            @ForAll @IntRange(min = 0, max = 5000) int observed,
            @ForAll("counts") int population,
            @ForAll boolean perThousand) {
        checkRate(observed, population, perThousand ? 1000 : 100_000);
    }

    @Property(tries = 300)
    void poissonOfFractionalSmallCounts(@ForAll @DoubleRange(min = 0, max = 12) double observed) {
        checkRate(observed, 1234, 100_000);
    }

    /** Through the assessor, whose Wilson path is written inline. */
    @Property(tries = 300)
    void assessorIntervals(
            @ForAll("countLists") java.util.List<Integer> counts,
            @ForAll @DoubleRange(min = 0, max = 1) double share,
            @ForAll boolean rate) {
        int n = counts.size();
        double[] num = new double[n];
        double[] den = new double[n];
        for (int i = 0; i < n; i++) {
            den[i] = counts.get(i);
            num[i] = Math.round(share * den[i] * ((i % 4) / 3.0));
        }
        var definition = rate
                ? org.joinedup.core.catalogue.MetricDefinition.builder("r", 1)
                        .valueType(org.joinedup.core.catalogue.ValueType.CRUDE_RATE)
                        .multiplier(100_000)
                        .ciMethod(org.joinedup.core.catalogue.CiMethod.BYARS)
                        .build()
                : Fixtures.percentage(org.joinedup.core.catalogue.Polarity.HIGHER_IS_BETTER);
        SeriesAssessment s = Fixtures.assessCounts(num, den, definition);
        for (int i = 0; i < n; i++) {
            IndicatorValue ref = rate
                    ? CrudeRates.of(num[i], den[i], 100_000, 0.95, 0.998)
                    : Proportions.of(num[i], den[i], 100, 0.95, 0.998);
            close(s.value(i), ref.value(), "value");
            close(s.lower95(i), ref.lower(0.95), "lower 95");
            close(s.upper95(i), ref.upper(0.95), "upper 95");
            close(s.lower998(i), ref.lower(0.998), "lower 99.8");
            close(s.upper998(i), ref.upper(0.998), "upper 99.8");
        }
    }

    @Provide
    Arbitrary<java.util.List<Integer>> countLists() {
        return counts().list().ofMinSize(1).ofMaxSize(30);
    }

    @Provide
    Arbitrary<Integer> counts() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 30),
                Arbitraries.integers().between(1, 100_000),
                Arbitraries.integers().between(1, 50_000_000));
    }

    @Test
    void edges() {
        checkProportion(0, 1, 100);
        checkProportion(1, 1, 100);
        checkProportion(0, 10, 100);
        checkProportion(10, 10, 1);
        for (int o = 0; o <= 12; o++) {
            checkRate(o, 1, 1);
            checkRate(o, 1000, 100_000);
        }
    }
}
