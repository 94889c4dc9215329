package org.joinedup.core.spc;

import java.time.LocalDate;
import java.util.Objects;

/** One value of a series at a date. NaN and infinite values are rejected: SPC has no missing points. */
public record SpcObservation(LocalDate date, double value) {
    public SpcObservation {
        Objects.requireNonNull(date, "date");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(date + ": value " + value + " must be a finite number");
        }
    }

    public static SpcObservation of(LocalDate date, double value) {
        return new SpcObservation(date, value);
    }
}
