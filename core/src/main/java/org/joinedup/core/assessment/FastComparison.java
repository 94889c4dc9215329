package org.joinedup.core.assessment;

import org.joinedup.core.benchmark.BenchmarkComparers;
import org.joinedup.core.benchmark.BenchmarkMethod;
import org.joinedup.core.benchmark.BenchmarkResult;
import org.joinedup.core.benchmark.Comparison;
import org.joinedup.core.catalogue.Polarity;

/**
 * {@link BenchmarkComparers#CI_OVERLAP_95} (Fingertips method 1 at 95%) on primitives: similar when the
 * benchmark lies within the area's 95% interval (inclusive), else worse below and better above, then read
 * for the metric's polarity. NaN means absent, and an absent value, benchmark or limit gives not compared.
 * Results are {@link BenchmarkResult} ordinals; {@code FastComparisonEquivalenceTest} checks them against the
 * comparer itself.
 */
public final class FastComparison {
    /** The comparer reproduced. */
    public static final double LEVEL = 0.95;

    private static final BenchmarkResult[] RESULTS = BenchmarkResult.values();
    private static final byte NOT_COMPARED = code(BenchmarkResult.NOT_COMPARED);
    private static final byte SIMILAR = code(BenchmarkResult.SIMILAR);
    private static final byte[][] BY_POLARITY = new byte[Polarity.values().length][2];

    static {
        // [polarity][0 = below the benchmark, 1 = above it]
        for (Polarity p : Polarity.values()) {
            BY_POLARITY[p.ordinal()][0] = code(
                    switch (p) {
                        case HIGHER_IS_BETTER -> BenchmarkResult.WORSE;
                        case LOWER_IS_BETTER -> BenchmarkResult.BETTER;
                        case NO_JUDGEMENT -> BenchmarkResult.LOWER;
                    });
            BY_POLARITY[p.ordinal()][1] = code(
                    switch (p) {
                        case HIGHER_IS_BETTER -> BenchmarkResult.BETTER;
                        case LOWER_IS_BETTER -> BenchmarkResult.WORSE;
                        case NO_JUDGEMENT -> BenchmarkResult.HIGHER;
                    });
        }
    }

    private FastComparison() {}

    /** The result code of comparing an area (value and 95% limits) with a benchmark value. */
    public static byte compare(double value, double lower95, double upper95, double benchmark, Polarity polarity) {
        if (Double.isNaN(value) || Double.isNaN(benchmark) || Double.isNaN(lower95) || Double.isNaN(upper95)) {
            return NOT_COMPARED;
        }
        if (lower95 <= benchmark && benchmark <= upper95) {
            return SIMILAR;
        }
        return BY_POLARITY[polarity.ordinal()][value < benchmark ? 0 : 1];
    }

    /** The {@link Comparison} a result code stands for. */
    public static Comparison comparison(byte code) {
        return new Comparison(RESULTS[code], BenchmarkMethod.CI_OVERLAPPING_REFERENCE, LEVEL);
    }

    public static BenchmarkResult result(byte code) {
        return RESULTS[code];
    }

    static byte code(BenchmarkResult result) {
        return (byte) result.ordinal();
    }
}
