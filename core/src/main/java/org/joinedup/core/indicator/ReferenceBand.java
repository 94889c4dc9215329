package org.joinedup.core.indicator;

import java.util.Objects;

/**
 * Events and population of one age band of a reference population (e.g. England) for indirect
 * standardisation.
 *
 * @param count events in the reference population; null when missing, counted as 0 as PHEindicatormethods
 *     does
 * @param population the reference population, above 0
 */
public record ReferenceBand(String ageBand, Double count, double population) {
    public ReferenceBand {
        Objects.requireNonNull(ageBand, "ageBand");
        if (ageBand.isBlank()) {
            throw new IllegalArgumentException("age band label must not be blank");
        }
        if (count != null && !(count >= 0 && Double.isFinite(count))) {
            throw new IllegalArgumentException(
                    ageBand + ": reference counts must all be finite and greater than or equal to zero, not " + count);
        }
        if (!(population > 0) || Double.isInfinite(population)) {
            throw new IllegalArgumentException(
                    ageBand + ": reference populations must all be finite and greater than zero, not " + population);
        }
    }

    public static ReferenceBand of(String ageBand, double count, double population) {
        return new ReferenceBand(ageBand, count, population);
    }

    double countOrZero() {
        return count == null ? 0 : count;
    }
}
