package org.joinedup.core.benchmark;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One area's events and rate for a rate funnel.
 *
 * @param events observed events, ≥ 0
 * @param rate the rate per multiplier (a DSR or a crude rate)
 * @param denominator the population, when known; needed for a crude rate with no events
 */
public record RateObservation(double events, double rate, OptionalDouble denominator) {
    public RateObservation {
        Objects.requireNonNull(denominator, "denominator");
        if (!Double.isFinite(events) || !Double.isFinite(rate)) {
            throw new IllegalArgumentException(
                    "events and rate must be finite numbers, not " + events + " and " + rate);
        }
        if (denominator.isPresent() && !Double.isFinite(denominator.getAsDouble())) {
            throw new IllegalArgumentException("denominator must be a finite number, not " + denominator.getAsDouble());
        }
    }

    public static RateObservation of(double events, double rate) {
        return new RateObservation(events, rate, OptionalDouble.empty());
    }

    public static RateObservation of(double events, double rate, double denominator) {
        return new RateObservation(events, rate, OptionalDouble.of(denominator));
    }
}
