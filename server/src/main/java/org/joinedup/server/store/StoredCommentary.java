package org.joinedup.server.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One revision of the commentary on a metric, area and period, as the store holds it.
 *
 * @param period the period's label, e.g. {@code 2024-25} or {@code 2024-09}
 * @param revision 1 for the first, one more for each edit
 * @param whatHappened what the figures show
 * @param why why it happened; may be empty
 * @param action what is being done about it; may be empty
 */
public record StoredCommentary(
        long id,
        String metricId,
        String areaCode,
        String period,
        int revision,
        String whatHappened,
        String why,
        String action,
        String author,
        Instant recordedAt) {
    public StoredCommentary {
        Objects.requireNonNull(metricId, "metricId");
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
