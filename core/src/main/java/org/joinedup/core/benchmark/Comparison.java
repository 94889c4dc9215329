package org.joinedup.core.benchmark;

import java.util.Objects;

/**
 * The result of one benchmark comparison.
 *
 * @param result better, similar, worse, ... already adjusted for polarity
 * @param method the method that produced it
 * @param level the confidence level, as a fraction, at which the result was decided: 0.95 for the 95% methods
 *     and for similar, better and worse from the two-level method; 0.998 for best and worst, and for the 99.8%
 *     variants of the one-level and SPC methods. For {@link BenchmarkResult#NOT_COMPARED} it is the level the
 *     method would have used.
 */
public record Comparison(BenchmarkResult result, BenchmarkMethod method, double level) {
    public Comparison {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(method, "method");
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level " + level + " must be a fraction in (0, 1)");
        }
    }

    /** The command-line label of the result: better, same, worse, higher, lower, best, worst or none. */
    public String label() {
        return result.label();
    }
}
