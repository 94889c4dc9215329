package org.joinedup.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joinedup.core.benchmark.BenchmarkComparers;
import org.joinedup.core.benchmark.ComparedValue;
import org.joinedup.core.benchmark.Comparison;
import org.joinedup.core.catalogue.Polarity;
import org.joinedup.core.indicator.ConfidenceInterval;

/** The fast comparison is the benchmark package's CI overlap comparer at 95%. */
class FastComparisonEquivalenceTest {
    @Property(tries = 5000)
    void sameAsTheCiOverlapComparer(
            @ForAll("numbers") double value,
            @ForAll("numbers") double lower,
            @ForAll("numbers") double width,
            @ForAll("numbers") double benchmark,
            @ForAll Polarity polarity) {
        double upper = Double.isNaN(lower) || Double.isNaN(width) ? width : lower + Math.abs(width);
        ComparedValue area = Double.isNaN(value)
                ? ComparedValue.missing()
                : new ComparedValue(
                        OptionalDouble.of(value),
                        List.of(new ConfidenceInterval(0.95, optional(lower), optional(upper))),
                        OptionalDouble.empty());
        ComparedValue reference = Double.isNaN(benchmark) ? ComparedValue.missing() : ComparedValue.of(benchmark);
        Comparison expected = BenchmarkComparers.CI_OVERLAP_95.compare(area, reference, polarity);

        byte code = FastComparison.compare(value, lower, upper, benchmark, polarity);
        assertThat(FastComparison.comparison(code)).isEqualTo(expected);
    }

    private static OptionalDouble optional(double v) {
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    @Provide
    Arbitrary<Double> numbers() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Double.NaN)),
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(-3, 3).map(Integer::doubleValue)),
                net.jqwik.api.Tuple.of(4, Arbitraries.doubles().between(-10, 10)));
    }
}
