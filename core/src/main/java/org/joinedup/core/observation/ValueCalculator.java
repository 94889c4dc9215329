package org.joinedup.core.observation;

import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.ValueType;

/**
 * The value a metric's numerator and denominator give: counts are the numerator; proportions and crude
 * rates are numerator / denominator times the metric's multiplier; means, ratios and days per day are
 * numerator / denominator. Standardised rates need their age bands, so they have no value from sums.
 */
public final class ValueCalculator {
    private ValueCalculator() {}

    /**
     * @param denominator may be null only for counts
     * @throws IllegalArgumentException if the metric needs a denominator and none (or zero) is given, or
     *     the metric is standardised
     */
    public static double value(MetricDefinition definition, double numerator, Double denominator) {
        ValueType type = definition.valueType();
        if (type == ValueType.COUNT) {
            return numerator;
        }
        if (type == ValueType.DSR || type == ValueType.ISR) {
            throw new IllegalArgumentException(
                    definition.id() + " is a standardised rate: its value cannot be computed from one numerator and"
                            + " denominator; give the value");
        }
        if (denominator == null || denominator == 0) {
            throw new IllegalArgumentException(definition.id() + " needs a positive denominator");
        }
        double ratio = numerator / denominator;
        return switch (type) {
            case PROPORTION, CRUDE_RATE -> ratio * definition.multiplier();
            default -> ratio * (definition.multiplier() == 0 ? 1 : definition.multiplier());
        };
    }

    /** The value from summed numerators and denominators, or null when the metric cannot be summed. */
    public static Double fromSums(MetricDefinition definition, double numerator, Double denominator) {
        ValueType type = definition.valueType();
        if (type == ValueType.DSR || type == ValueType.ISR) {
            return null;
        }
        if (type != ValueType.COUNT && (denominator == null || denominator == 0)) {
            return null;
        }
        return value(definition, numerator, denominator);
    }
}
