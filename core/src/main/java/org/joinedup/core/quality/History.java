package org.joinedup.core.quality;

import java.util.List;
import java.util.Objects;

/**
 * A figure against its own series: the values of the earlier periods (oldest first, the figure's own
 * period excluded), the figure now, and the value published for the same period before the latest
 * revision (null when it was never revised).
 */
public record History(List<Double> earlier, double latest, Double previouslyPublished) {
    public History {
        earlier = List.copyOf(Objects.requireNonNull(earlier, "earlier"));
        for (Double v : earlier) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("earlier values must be finite numbers: " + earlier);
            }
        }
        if (!Double.isFinite(latest)) {
            throw new IllegalArgumentException("the latest value must be a finite number, not " + latest);
        }
        if (previouslyPublished != null && !Double.isFinite(previouslyPublished)) {
            throw new IllegalArgumentException(
                    "the previously published value must be a finite number, not " + previouslyPublished);
        }
    }

    public static History of(List<Double> earlier, double latest) {
        return new History(earlier, latest, null);
    }
}
