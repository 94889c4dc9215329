package org.joinedup.core.spc;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The target a metric is assured against: none, one value for every point, or a value per date (a
 * target that changes over time, or applies to some points only).
 */
public sealed interface SpcTarget {
    /** The target at a date, or null when none applies there. */
    Double at(LocalDate date);

    static SpcTarget none() {
        return None.INSTANCE;
    }

    static SpcTarget of(double value) {
        return new Constant(value);
    }

    /** Targets by date; dates missing from the map have no target. */
    static SpcTarget byDate(Map<LocalDate, Double> values) {
        return new ByDate(values);
    }

    /** No target: assurance is not assessed. */
    enum None implements SpcTarget {
        INSTANCE;

        @Override
        public Double at(LocalDate date) {
            return null;
        }
    }

    /** The same target at every date. */
    record Constant(double value) implements SpcTarget {
        public Constant {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("target " + value + " must be a finite number");
            }
        }

        @Override
        public Double at(LocalDate date) {
            return value;
        }
    }

    /** A target per date. */
    record ByDate(Map<LocalDate, Double> values) implements SpcTarget {
        public ByDate {
            Objects.requireNonNull(values, "values");
            values.forEach((date, value) -> {
                Objects.requireNonNull(date, "target date");
                if (value == null || !Double.isFinite(value)) {
                    throw new IllegalArgumentException("target " + value + " at " + date + " must be a finite number");
                }
            });
            values = Map.copyOf(values);
        }

        @Override
        public Double at(LocalDate date) {
            return values.get(date);
        }
    }
}
