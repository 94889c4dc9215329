package org.joinedup.core.observation;

import java.util.Objects;

/**
 * A value of a metric for one key, computed under a definition version. Numerator and denominator
 * are null when not published; at least a value or a numerator is always present. The value may be
 * negative (some scores are) but never NaN or infinite.
 */
public record Observation(
        ObservationKey key, int definitionVersion, Double numerator, Double denominator, Double value, Status status) {
    public Observation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
        if (definitionVersion < 1) {
            throw new IllegalArgumentException(key + ": definition version must be 1 or more");
        }
        if (value == null && numerator == null) {
            throw new IllegalArgumentException(key + ": a value or a numerator is needed");
        }
        if (numerator != null && !(numerator >= 0 && Double.isFinite(numerator))) {
            throw new IllegalArgumentException(key + ": numerator " + numerator + " must be a number of 0 or more");
        }
        if (denominator != null && !(denominator > 0 && Double.isFinite(denominator))) {
            throw new IllegalArgumentException(key + ": denominator " + denominator + " must be a number above 0");
        }
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException(key + ": value " + value + " must be a finite number");
        }
    }

    /** True when only the published value is known, so it cannot be added to others. */
    public boolean isValueOnly() {
        return numerator == null;
    }

    public Observation withValue(Double newValue) {
        return new Observation(key, definitionVersion, numerator, denominator, newValue, status);
    }
}
