package org.joinedup.server.metric;

import java.time.Instant;
import org.joinedup.core.period.Period;

/**
 * One period of the values table: the figure shown, and for a stored figure that was revised, what it was
 * before and when it changed. Raw numbers for the downloads; text for the page.
 *
 * @param value null when there is no value (suppressed or not published)
 * @param lower95 null when there is no interval
 * @param status "provisional" or "final"
 * @param rolledUp true when added up from the areas within, not stored for the area itself
 * @param revision the stored revision number (1 for a first value); 0 for a figure added up
 * @param previousValue the value the current one replaced, null when never revised
 * @param revisedAt when the current value replaced the previous one; null when never revised
 * @param recordedAt when the current value was stored; null for a figure added up
 * @param recent a change (new or revised value) recorded in the month before the figures' date
 * @param chosen the period the page is showing
 */
public record ValueRow(
        Period period,
        Double value,
        Double lower95,
        Double upper95,
        Double numerator,
        Double denominator,
        String status,
        boolean rolledUp,
        int revision,
        Double previousValue,
        Instant revisedAt,
        Instant recordedAt,
        boolean recent,
        boolean chosen,
        Text text) {

    /** The same figures as the page writes them. */
    public record Text(
            String period,
            String value,
            String interval,
            String numerator,
            String denominator,
            String previousValue,
            String revisedOn,
            String note) {}

    public boolean revised() {
        return previousValue != null || revisedAt != null;
    }

    /** A value revised in the last month: what a reader preparing this month's report needs to see. */
    public boolean highlighted() {
        return recent && revised();
    }
}
