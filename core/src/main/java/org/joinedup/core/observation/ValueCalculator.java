package org.joinedup.core.observation;

import java.util.Map;
import java.util.OptionalDouble;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.ValueType;

/** Computes a metric's value from its numerator and denominator, as its definition says. */
public final class ValueCalculator {
    private ValueCalculator() {}

    /**
     * The value for the numerator and denominator: a count is the numerator; a proportion, crude rate,
     * ratio or ISR (denominator = expected count) is numerator / denominator x multiplier; a mean or
     * days per day is numerator / denominator. For a DSR this is the crude rate of the one breakdown
     * given: the standardised rate needs every age band (see {@link #directlyStandardisedRate}).
     * Empty when a denominator is needed but missing.
     */
    public static OptionalDouble value(MetricDefinition definition, Double numerator, Double denominator) {
        if (numerator == null) {
            return OptionalDouble.empty();
        }
        ValueType type = definition.valueType();
        if (type == ValueType.COUNT) {
            return OptionalDouble.of(numerator);
        }
        if (denominator == null || denominator == 0) {
            return OptionalDouble.empty();
        }
        double ratio = numerator / denominator;
        return switch (type) {
            case MEAN, DAYS_PER_DAY -> OptionalDouble.of(ratio);
            default -> OptionalDouble.of(ratio * definition.multiplier());
        };
    }

    /** True when the value type needs a denominator to be computed or rolled up. */
    public static boolean needsDenominator(MetricDefinition definition) {
        return definition.valueType() != ValueType.COUNT;
    }

    /** The observation with its value computed when it was not given. */
    public static Observation complete(Observation observation, MetricDefinition definition) {
        if (observation.value() != null) {
            return observation;
        }
        OptionalDouble value = value(definition, observation.numerator(), observation.denominator());
        return value.isPresent() ? observation.withValue(value.getAsDouble()) : observation;
    }

    /**
     * True when a published value agrees with its numerator and denominator to within the tolerance
     * (absolute, in the value's unit: published values are rounded), or cannot be checked.
     */
    public static boolean agrees(Observation observation, MetricDefinition definition, double tolerance) {
        if (observation.value() == null || definition.valueType() == ValueType.DSR) {
            return true;
        }
        OptionalDouble computed = value(definition, observation.numerator(), observation.denominator());
        return computed.isEmpty() || Math.abs(computed.getAsDouble() - observation.value()) <= tolerance;
    }

    /**
     * Sum over bands of (events / population) x weight, divided by the sum of the weights used, times
     * the multiplier. {@code bands} maps an age band to {events, population}.
     *
     * @throws IllegalArgumentException for a band without a weight or a zero population
     */
    public static double directlyStandardisedRate(
            Map<String, double[]> bands, Map<String, Double> weights, double multiplier) {
        double weighted = 0;
        double totalWeight = 0;
        for (Map.Entry<String, double[]> band : bands.entrySet()) {
            Double weight = weights.get(band.getKey());
            if (weight == null) {
                throw new IllegalArgumentException("age band " + band.getKey() + " has no standard population weight");
            }
            double[] eventsAndPopulation = band.getValue();
            if (!(eventsAndPopulation[1] > 0)) {
                throw new IllegalArgumentException("age band " + band.getKey() + " has no population");
            }
            weighted += eventsAndPopulation[0] / eventsAndPopulation[1] * weight;
            totalWeight += weight;
        }
        if (totalWeight == 0) {
            throw new IllegalArgumentException("no age bands to standardise");
        }
        return weighted / totalWeight * multiplier;
    }
}
