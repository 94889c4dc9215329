package org.joinedup.core.plan;

import java.util.Objects;
import org.joinedup.core.period.Period;

/**
 * The planned value of one period of a plan's year (a month or a quarter, as the metric is published), in
 * the metric's own unit: a count for the period, or the rate or proportion expected in the period.
 */
public record TrajectoryPoint(Period period, double value) {
    public TrajectoryPoint {
        Objects.requireNonNull(period, "period");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(
                    "planned value for " + period + " must be a finite number, not " + value);
        }
    }
}
