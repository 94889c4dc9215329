package org.joinedup.core.benchmark;

import org.joinedup.core.catalogue.Polarity;

/**
 * One Fingertips benchmarking method. A comparer works the result out as if higher were better and then
 * adjusts it for the polarity (see {@link BenchmarkResult}). The comparers are in {@link BenchmarkComparers}.
 */
public interface BenchmarkComparer {
    /** A short stable name, e.g. {@code ci-overlap-95}. */
    String name();

    BenchmarkMethod method();

    /**
     * Compares an area with a benchmark.
     *
     * @param area the area's value, with the intervals or denominator the method needs
     * @param benchmark the benchmark (England, the region, the peer group average, ...)
     * @param polarity which direction is better; never null
     * @return never null; {@link BenchmarkResult#NOT_COMPARED} when either side is missing or lacks what the
     *     method needs
     */
    Comparison compare(ComparedValue area, ComparedValue benchmark, Polarity polarity);
}
