package org.joinedup.server.commentary;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.joinedup.server.store.StoredCommentary;

/**
 * One revision of a commentary as pages and the API show it.
 *
 * @param recordedAt when it was written (the API's JSON gives it in ISO 8601)
 * @param recordedText the same time in words for people, UK time, e.g. {@code 3 March 2026 at 14:05}
 */
public record CommentaryView(
        String metric,
        String area,
        String period,
        int revision,
        String whatHappened,
        String why,
        String action,
        String author,
        Instant recordedAt,
        String recordedText) {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    public static CommentaryView of(StoredCommentary stored) {
        return new CommentaryView(
                stored.metricId(),
                stored.areaCode(),
                stored.period(),
                stored.revision(),
                stored.whatHappened(),
                stored.why(),
                stored.action(),
                stored.author(),
                stored.recordedAt(),
                WORDS.format(stored.recordedAt().atZone(LONDON)));
    }

    /** Who wrote it and when, e.g. "Revision 2 by A. Analyst, 3 March 2026 at 14:05". */
    public String byline() {
        return "Revision " + revision + " by " + author + ", " + recordedText;
    }
}
