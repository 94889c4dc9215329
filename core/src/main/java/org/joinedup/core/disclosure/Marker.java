package org.joinedup.core.disclosure;

/** Why a published figure shows as it does; the suppressed kinds carry no value at all. */
public enum Marker {
    /** Published as it is: a zero that is kept, or a figure the rules leave alone. */
    UNCHANGED(false),
    /** Rounded to the rounding base, or calculated from rounded counts. */
    ROUNDED(false),
    /** Exempt from control: a national figure, a complex statistic, or not about individuals. */
    EXEMPT(false),
    /** A small count (1 to 7 by default), suppressed. */
    SUPPRESSED_SMALL(true),
    /** Suppressed so that a small count cannot be worked out from a total and the other counts. */
    SUPPRESSED_SECONDARY(true),
    /** A rate or other statistic calculated from a suppressed count, suppressed with it. */
    SUPPRESSED_DERIVED(true),
    /** Not calculated: too few records for a mean or median, or no denominator. */
    NOT_CALCULATED(true);

    private final boolean hidden;

    Marker(boolean hidden) {
        this.hidden = hidden;
    }

    /** True when the figure has no value to show. */
    public boolean isHidden() {
        return hidden;
    }

    /** What a table shows in place of the value: {@code *} when suppressed, {@code ..} when not calculated, else "". */
    public String symbol() {
        return this == NOT_CALCULATED ? ".." : hidden ? "*" : "";
    }
}
