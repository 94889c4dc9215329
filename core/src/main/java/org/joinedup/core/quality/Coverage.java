package org.joinedup.core.quality;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.joinedup.core.observation.ObservationKey;

/**
 * The observations that were expected (every area and breakdown the metric should have for the
 * period) and those received. Received keys that were not expected are counted but do not lower the
 * completeness.
 */
public record Coverage(Set<ObservationKey> expected, Set<ObservationKey> received) {
    public Coverage {
        expected = Set.copyOf(Objects.requireNonNull(expected, "expected"));
        received = Set.copyOf(Objects.requireNonNull(received, "received"));
    }

    /** Expected keys that were received. */
    public int present() {
        return (int) expected.stream().filter(received::contains).count();
    }

    /** Expected keys that were not received. */
    public Set<ObservationKey> missing() {
        Set<ObservationKey> missing = new HashSet<>(expected);
        missing.removeAll(received);
        return missing;
    }

    /** Received keys that were not expected. */
    public int unexpected() {
        return (int) received.stream().filter(k -> !expected.contains(k)).count();
    }

    /** Share of the expected keys received, 0 to 1; NaN when nothing was expected. */
    public double share() {
        return expected.isEmpty() ? Double.NaN : (double) present() / expected.size();
    }
}
