package org.joinedup.core.indicator;

import java.util.Objects;

/**
 * For non-independent events (people can have more than one event): the number of people in an age band who
 * had a given number of events.
 *
 * @param ageBand the band's label, matched to the standard population's labels
 * @param eventFrequency the number of events each of these people had, 0 or more
 * @param persons the number of people with that many events; null when missing, counted as 0
 * @param population the age band's population, the same for every event frequency of the band
 */
public record EventFrequencyCount(String ageBand, double eventFrequency, Double persons, Double population) {
    public EventFrequencyCount {
        Objects.requireNonNull(ageBand, "ageBand");
        if (ageBand.isBlank()) {
            throw new IllegalArgumentException("age band label must not be blank");
        }
        if (Double.isNaN(eventFrequency)) {
            throw new IllegalArgumentException(ageBand + ": eventfreq field must not have any missing values");
        }
        if (!(eventFrequency >= 0) || Double.isInfinite(eventFrequency)) {
            throw new IllegalArgumentException(
                    ageBand + ": event frequencies must be finite and 0 or more, not " + eventFrequency);
        }
        if (persons != null && !Double.isFinite(persons)) {
            throw new IllegalArgumentException(
                    ageBand + ": persons must be a finite number or missing, not " + persons);
        }
        if (population != null && !Double.isFinite(population)) {
            throw new IllegalArgumentException(
                    ageBand + ": population must be a finite number or missing, not " + population);
        }
    }

    public static EventFrequencyCount of(String ageBand, double eventFrequency, double persons, double population) {
        return new EventFrequencyCount(ageBand, eventFrequency, persons, population);
    }
}
