package org.joinedup.core.quality;

/** A segment of the kite mark: one aspect of data quality, rated on its own. */
public enum Dimension {
    /** Received by the due date: end of period plus the metric's lag. */
    TIMELINESS("Timeliness"),
    /** The expected areas and breakdowns are all present. */
    COMPLETENESS("Completeness"),
    /** The submission passed validation, and with how many warnings. */
    VALIDITY("Validity"),
    /** The value is in line with its own history and was not revised by much. */
    CONSISTENCY("Consistency"),
    /** The standing of the source: official statistics, management information or local data. */
    SOURCE("Source"),
    /** Signed off by the accountable owner. */
    SIGN_OFF("Sign-off");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    /** The name shown to readers, e.g. "Sign-off". */
    public String label() {
        return label;
    }
}
