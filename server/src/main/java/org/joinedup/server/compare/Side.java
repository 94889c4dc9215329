package org.joinedup.server.compare;

import org.joinedup.core.benchmark.BenchmarkResult;

/**
 * One area's figure in a row of the comparison.
 *
 * @param figure the value with its unit, or null when the area has no figure for the period
 * @param interval e.g. "95% CI 94.7% to 95.0%"; null when none
 * @param vsEngland null for England itself or without a figure
 */
public record Side(String figure, String interval, BenchmarkResult vsEngland) {
    static final Side NONE = new Side(null, null, null);

    public boolean hasFigure() {
        return figure != null;
    }

    public String comparison() {
        return hasFigure() ? ResultMark.words(vsEngland) : "–";
    }

    public String mark() {
        return hasFigure() ? ResultMark.svg(vsEngland) : "";
    }
}
