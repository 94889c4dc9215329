package org.joinedup.server.boardpack;

/**
 * A figure as the board pack may publish it, after disclosure control.
 *
 * @param value the published value; null when there is none or it is suppressed (never a stand-in zero)
 * @param text the value with its unit, or what stands in its place: "suppressed: fewer than 8", "no data for
 *     this period", "not calculated"
 * @param note why it shows as it does (e.g. "rounded to the nearest 5"); empty when it is as published
 * @param suppressed true when disclosure control hid it
 */
public record Figure(Double value, String text, String note, boolean suppressed) {
    public static final String NO_DATA = "no data for this period";

    public Figure {
        note = note == null ? "" : note;
    }

    static Figure none() {
        return new Figure(null, NO_DATA, "", false);
    }

    public boolean hasValue() {
        return value != null;
    }
}
