package org.joinedup.core.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.joinedup.core.indicator.ConfidenceInterval;
import org.joinedup.core.indicator.IndicatorValue;

/**
 * One side of a benchmark comparison: an area's value or the benchmark's, with the confidence intervals
 * it has and, for the SPC methods, its denominator.
 *
 * <p>A side is missing when its value is empty (a suppressed or absent value): every comparison with it is
 * then {@link BenchmarkResult#NOT_COMPARED}. An interval counts only when both its limits are present, so a
 * Byar's interval with no lower limit counts as missing.
 *
 * @param value the value, empty when missing; never NaN or infinite
 * @param intervals at most one per confidence level
 * @param denominator the denominator N for SPC for proportions, or the population for SPC for DSRs; empty
 *     when not known
 */
public record ComparedValue(OptionalDouble value, List<ConfidenceInterval> intervals, OptionalDouble denominator) {
    public ComparedValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(denominator, "denominator");
        intervals = List.copyOf(intervals);
        if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
            throw new IllegalArgumentException("value " + value.getAsDouble() + " must be a finite number");
        }
        if (denominator.isPresent() && !Double.isFinite(denominator.getAsDouble())) {
            throw new IllegalArgumentException("denominator " + denominator.getAsDouble() + " must be a finite number");
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

    /** A value with the intervals given (none for a benchmark compared by its value alone). */
    public static ComparedValue of(double value, ConfidenceInterval... intervals) {
        return new ComparedValue(OptionalDouble.of(value), Arrays.asList(intervals), OptionalDouble.empty());
    }

    /** An indicator value with all its intervals; a suppressed or missing value gives a missing side. */
    public static ComparedValue of(IndicatorValue indicator) {
        return new ComparedValue(indicator.value(), indicator.intervals(), OptionalDouble.empty());
    }

    /** A missing side: every comparison with it is not compared. */
    public static ComparedValue missing() {
        return new ComparedValue(OptionalDouble.empty(), List.of(), OptionalDouble.empty());
    }

    /** This side with a denominator, as the SPC methods need. */
    public ComparedValue withDenominator(double newDenominator) {
        return new ComparedValue(value, intervals, OptionalDouble.of(newDenominator));
    }

    /** This side with one more interval (replacing any at the same level). */
    public ComparedValue withInterval(ConfidenceInterval interval) {
        List<ConfidenceInterval> out = new ArrayList<>();
        for (ConfidenceInterval i : intervals) {
            if (i.confidence() != interval.confidence()) {
                out.add(i);
            }
        }
        out.add(interval);
        return new ComparedValue(value, out, denominator);
    }

    /** The interval at a level given as a fraction, e.g. 0.95, if there is one. */
    public Optional<ConfidenceInterval> interval(double confidence) {
        return intervals.stream().filter(i -> i.confidence() == confidence).findFirst();
    }

    public boolean isMissing() {
        return value.isEmpty();
    }

    /** The interval at a level when both its limits are present. */
    Optional<ConfidenceInterval> completeInterval(double confidence) {
        return interval(confidence)
                .filter(i -> i.lower().isPresent() && i.upper().isPresent());
    }
}
