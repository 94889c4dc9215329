package org.joinedup.core.spc;

import java.util.Objects;

/** Something a reader of the chart should know; the chart is still computed. */
public record SpcWarning(Kind kind, String message) {
    public enum Kind {
        /** A period has fewer points than the threshold: its limits are trial limits. */
        SHORT_GROUP,
        /** A rebase date is not a date of the series, so it starts no period. */
        REBASE_DATE_NOT_IN_SERIES
    }

    public SpcWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
