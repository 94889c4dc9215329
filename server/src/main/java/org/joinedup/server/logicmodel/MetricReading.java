package org.joinedup.server.logicmodel;

import org.joinedup.core.benchmark.BenchmarkResult;

/**
 * One metric of a box as read for the chosen area and period: its figure and what the assessment says of it,
 * or an honest reason why there is none.
 *
 * @param href the metric's own page, keeping the choice
 * @param figure the value with its unit as the NHS writes it, e.g. "85.3%"; null without a figure
 * @param period the period of the figure shown; null without a figure
 * @param interval e.g. "95% CI 85.2% to 85.3%"; null when the metric has none
 * @param vsEngland the figure against England's; null for England itself or without a figure
 * @param signal what SPC says of the point shown; null without a figure
 * @param emptyReason why there is no figure; null when there is one
 */
public record MetricReading(
        String metricId,
        String title,
        String href,
        String figure,
        String period,
        String interval,
        BenchmarkResult vsEngland,
        Signal signal,
        String emptyReason) {

    public boolean hasFigure() {
        return figure != null;
    }

    /** E.g. "Better than England", "Similar to England", "Not compared with England"; null when not compared. */
    public String englandText() {
        if (vsEngland == null) {
            return null;
        }
        return switch (vsEngland) {
            case SIMILAR -> "Similar to England";
            case NOT_COMPARED -> "Not compared with England (no confidence interval or no England figure)";
            case BEST -> "Better than England (at 99.8%)";
            case WORST -> "Worse than England (at 99.8%)";
            default -> vsEngland.displayName() + " than England";
        };
    }

    boolean better() {
        return vsEngland == BenchmarkResult.BETTER || vsEngland == BenchmarkResult.BEST;
    }

    boolean worse() {
        return vsEngland == BenchmarkResult.WORSE || vsEngland == BenchmarkResult.WORST;
    }
}
