package org.joinedup.core.quality;

/**
 * How much assurance a segment of the kite mark gives. {@link #GOOD}, {@link #CAUTION} and {@link
 * #POOR} are ordered from best to worst; {@link #NOT_ASSESSED} is outside that order and never makes
 * an overall mark better or worse.
 */
public enum Rating {
    GOOD,
    CAUTION,
    POOR,
    NOT_ASSESSED;

    public boolean isAssessed() {
        return this != NOT_ASSESSED;
    }

    /**
     * The worse of two ratings; a rating that was not assessed gives way to one that was, and two
     * unassessed ratings stay unassessed.
     */
    public Rating worse(Rating other) {
        if (!isAssessed()) {
            return other;
        }
        if (!other.isAssessed()) {
            return this;
        }
        return other.ordinal() > ordinal() ? other : this;
    }
}
