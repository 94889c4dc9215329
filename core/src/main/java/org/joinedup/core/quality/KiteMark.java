package org.joinedup.core.quality;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The kite mark of one metric, area and period: its segments in the configured order and an overall
 * rating with the reason for it (see {@link KiteMarks} for the rule).
 */
public record KiteMark(List<Segment> segments, Rating overall, String reason) {
    public KiteMark {
        segments = List.copyOf(segments);
        Objects.requireNonNull(overall, "overall");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a kite mark needs a reason for its overall rating");
        }
        if (segments.stream().map(Segment::dimension).distinct().count() != segments.size()) {
            throw new IllegalArgumentException("a kite mark has each segment at most once: " + segments);
        }
    }

    /** The segment for the dimension, empty when the configuration leaves it out. */
    public Optional<Segment> segment(Dimension dimension) {
        return segments.stream().filter(s -> s.dimension() == dimension).findFirst();
    }
}
