package org.joinedup.core.indicator;

import java.util.Objects;

/**
 * Events and population in one standardisation category (usually an age band) of one area.
 *
 * @param ageBand the band's label, matched to the standard or reference population's labels
 * @param count observed events; null when missing, counted as 0 as PHEindicatormethods does
 * @param population the population; null when missing (an error for a directly standardised rate, 0 for an
 *     indirectly standardised ratio, as PHEindicatormethods)
 */
public record AgeBandCount(String ageBand, Double count, Double population) {
    public AgeBandCount {
        Objects.requireNonNull(ageBand, "ageBand");
        if (ageBand.isBlank()) {
            throw new IllegalArgumentException("age band label must not be blank");
        }
        if (count != null && !Double.isFinite(count)) {
            throw new IllegalArgumentException(ageBand + ": count must be a finite number or missing, not " + count);
        }
        if (population != null && !Double.isFinite(population)) {
            throw new IllegalArgumentException(
                    ageBand + ": population must be a finite number or missing, not " + population);
        }
    }

    public static AgeBandCount of(String ageBand, double count, double population) {
        return new AgeBandCount(ageBand, count, population);
    }

    double countOrZero() {
        return count == null ? 0 : count;
    }
}
