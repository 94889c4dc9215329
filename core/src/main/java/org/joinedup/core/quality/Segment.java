package org.joinedup.core.quality;

import java.util.Objects;

/** One rated segment of a kite mark, with the reason in plain words. */
public record Segment(Dimension dimension, Rating rating, String reason) {
    public Segment {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(rating, "rating");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(dimension.label() + " needs a reason for its rating");
        }
    }

    /** The segment's name as shown to readers, e.g. "Timeliness". */
    public String name() {
        return dimension.label();
    }

    static Segment notAssessed(Dimension dimension, String reason) {
        return new Segment(dimension, Rating.NOT_ASSESSED, reason);
    }
}
