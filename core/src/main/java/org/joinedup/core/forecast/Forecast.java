package org.joinedup.core.forecast;

import java.util.List;

/**
 * Forecasts for 1..h steps ahead: the mean, the forecast variance, and prediction intervals. For
 * {@link #simulated()} forecasts the intervals are quantiles of simulated paths and the variance is
 * their sample variance.
 */
public record Forecast(double[] mean, double[] variance, List<PredictionInterval> intervals, boolean simulated) {
    public Forecast {
        mean = mean.clone();
        variance = variance.clone();
        intervals = List.copyOf(intervals);
        if (variance.length != mean.length) {
            throw new IllegalArgumentException("one variance per horizon is needed");
        }
        for (PredictionInterval interval : intervals) {
            if (interval.lower().length != mean.length) {
                throw new IllegalArgumentException("one interval per horizon is needed");
            }
        }
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] variance() {
        return variance.clone();
    }

    public int horizon() {
        return mean.length;
    }

    /** The interval at a level, for example 95. */
    public PredictionInterval interval(double level) {
        return intervals.stream()
                .filter(i -> i.level() == level)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + level + "% interval"));
    }
}
