package org.joinedup.core.indicator;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A mean with the summaries it came from.
 *
 * @param sum the sum of the values
 * @param count the number of values, at least 1
 * @param standardDeviation the sample standard deviation (n − 1 denominator); empty for a single value
 * @param indicator the mean and its Student t intervals
 */
public record MeanValue(double sum, int count, OptionalDouble standardDeviation, IndicatorValue indicator) {
    public MeanValue {
        Objects.requireNonNull(standardDeviation, "standardDeviation");
        Objects.requireNonNull(indicator, "indicator");
        if (count < 1) {
            throw new IllegalArgumentException("count must be 1 or more, not " + count);
        }
        if (!Double.isFinite(sum)) {
            throw new IllegalArgumentException("sum must be a finite number, not " + sum);
        }
    }
}
