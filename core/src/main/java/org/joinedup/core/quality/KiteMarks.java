package org.joinedup.core.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Draws kite marks. Each configured segment is rated by its {@link SegmentRules rule}; the overall
 * rating is the worst of the assessed segments (POOR over CAUTION over GOOD), so one poor segment
 * makes the mark poor. Segments that were not assessed neither lower nor raise it; when no segment
 * could be assessed the overall rating is NOT_ASSESSED.
 */
public final class KiteMarks {
    private final KiteMarkConfig config;

    /** Draws kite marks under the configuration, which must be sealed. */
    public KiteMarks(KiteMarkConfig config) {
        Objects.requireNonNull(config, "config");
        if (!config.isSealed()) {
            throw new IllegalArgumentException("seal() the kite mark configuration before use");
        }
        this.config = config;
    }

    /** Kite marks under {@link KiteMarkConfig#DEFAULT}. */
    public static KiteMarks withDefaults() {
        return new KiteMarks(KiteMarkConfig.DEFAULT);
    }

    public KiteMarkConfig config() {
        return config;
    }

    public KiteMark assess(KiteMarkFacts facts) {
        Objects.requireNonNull(facts, "facts");
        List<Segment> segments = new ArrayList<>();
        for (Dimension d : config.segments()) {
            segments.add(SegmentRules.of(d).rate(facts, config));
        }
        return overall(segments);
    }

    /** The overall mark of the segments: the worst assessed rating, and which segments set it. */
    public static KiteMark overall(List<Segment> segments) {
        Rating overall = Rating.NOT_ASSESSED;
        for (Segment s : segments) {
            overall = overall.worse(s.rating());
        }
        List<Segment> assessed =
                segments.stream().filter(s -> s.rating().isAssessed()).toList();
        String notAssessed = segments.stream()
                .filter(s -> !s.rating().isAssessed())
                .map(Segment::name)
                .collect(Collectors.joining(", "));
        if (assessed.isEmpty()) {
            return new KiteMark(segments, Rating.NOT_ASSESSED, "no segment could be assessed");
        }
        Rating worst = overall;
        String setBy = assessed.stream()
                .filter(s -> s.rating() == worst)
                .map(Segment::name)
                .collect(Collectors.joining(", "));
        String reason = worst == Rating.GOOD
                ? "all " + assessed.size() + " assessed segments good"
                : worst.name().toLowerCase(Locale.ROOT) + " from " + setBy + " (worst of " + assessed.size()
                        + " assessed segments)";
        if (!notAssessed.isEmpty()) {
            reason += "; not assessed: " + notAssessed;
        }
        return new KiteMark(segments, worst, reason);
    }
}
