package org.joinedup.core.benchmark;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One period of a series for the recent trend. {@link TrendMarkers#forCounts} needs the count and
 * denominator; {@link TrendMarkers#forIntervals} the value and its 95% limits. Empty fields are missing data.
 */
public record TrendPoint(
        OptionalDouble value,
        OptionalDouble lower95,
        OptionalDouble upper95,
        OptionalDouble count,
        OptionalDouble denominator) {
    public TrendPoint {
        for (OptionalDouble d : new OptionalDouble[] {
            Objects.requireNonNull(value, "value"),
            Objects.requireNonNull(lower95, "lower95"),
            Objects.requireNonNull(upper95, "upper95"),
            Objects.requireNonNull(count, "count"),
            Objects.requireNonNull(denominator, "denominator")
        }) {
            if (d.isPresent() && !Double.isFinite(d.getAsDouble())) {
                throw new IllegalArgumentException("trend inputs must be finite numbers, not " + d.getAsDouble());
            }
        }
    }

    /** A count of a denominator (a proportion or a rate's events and population). */
    public static TrendPoint ofCounts(double count, double denominator) {
        return new TrendPoint(
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.of(count),
                OptionalDouble.of(denominator));
    }

    /** A value with its 95% confidence limits. */
    public static TrendPoint ofValue(double value, double lower95, double upper95) {
        return new TrendPoint(
                OptionalDouble.of(value),
                OptionalDouble.of(lower95),
                OptionalDouble.of(upper95),
                OptionalDouble.empty(),
                OptionalDouble.empty());
    }

    /** A period with no usable data: it breaks the run of recent points. */
    public static TrendPoint missing() {
        return new TrendPoint(
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty());
    }

    boolean hasCounts() {
        return count.isPresent() && denominator.isPresent();
    }

    boolean hasInterval() {
        return value.isPresent() && lower95.isPresent() && upper95.isPresent();
    }
}
