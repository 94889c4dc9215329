package org.joinedup.core.spc;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A numerator over a denominator at a date, for p-prime (proportion) and u-prime (rate) charts. The
 * numerator is 0 or more, the denominator above 0; both finite.
 */
public record SpcCount(LocalDate date, double numerator, double denominator) {
    public SpcCount {
        Objects.requireNonNull(date, "date");
        if (!(numerator >= 0 && Double.isFinite(numerator))) {
            throw new IllegalArgumentException(date + ": numerator " + numerator + " must be a number of 0 or more");
        }
        if (!(denominator > 0 && Double.isFinite(denominator))) {
            throw new IllegalArgumentException(date + ": denominator " + denominator + " must be a number above 0");
        }
    }

    public static SpcCount of(LocalDate date, double numerator, double denominator) {
        return new SpcCount(date, numerator, denominator);
    }

    /** The proportion or rate per unit of denominator. */
    public double ratio() {
        return numerator / denominator;
    }
}
