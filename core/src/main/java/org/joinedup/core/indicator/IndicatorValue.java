package org.joinedup.core.indicator;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An indicator value with its confidence intervals, one per requested level, in the order requested.
 * The value is empty when an input was missing or the value is suppressed (a directly standardised rate on
 * fewer than 10 events); the intervals are then absent too. It is never NaN.
 *
 * @param statistic what the value is, in PHEindicatormethods' words: "percentage", "proportion of 1",
 *     "rate per 100000", "dsr per 100000", "dsr NA for total count < 10", "mean", ...
 * @param method how the intervals were computed: "Wilson", "Exact", "Byars", "Dobson",
 *     "Student's t-distribution", ...; empty when no method applies (missing numerator of a rate)
 */
public record IndicatorValue(
        OptionalDouble value, List<ConfidenceInterval> intervals, String statistic, String method) {
    public IndicatorValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(method, "method");
        intervals = List.copyOf(intervals);
        if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
            throw new IllegalArgumentException("value " + value.getAsDouble() + " must be a finite number");
        }
        for (int i = 0; i < intervals.size(); i++) {
            for (int j = i + 1; j < intervals.size(); j++) {
                if (intervals.get(i).confidence() == intervals.get(j).confidence()) {
                    throw new IllegalArgumentException(
                            "confidence level " + intervals.get(i).confidence() + " is given twice");
                }
            }
        }
    }

    /** The interval at a level given as a fraction, e.g. 0.95 or 0.998. */
    public ConfidenceInterval interval(double confidence) {
        return intervals.stream()
                .filter(i -> i.confidence() == confidence)
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no interval at confidence " + confidence));
    }

    public OptionalDouble lower(double confidence) {
        return interval(confidence).lower();
    }

    public OptionalDouble upper(double confidence) {
        return interval(confidence).upper();
    }

    /** True when the value is missing or suppressed. */
    public boolean isAbsent() {
        return value.isEmpty();
    }
}
