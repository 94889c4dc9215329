package org.joinedup.core.period;

/** A period label that is not one of the accepted forms; the message lists the forms. */
public final class PeriodFormatException extends IllegalArgumentException {
    static final String ACCEPTED = "accepted labels are a day 2024-04-17, a week 2024-W16, a month 2024-04,"
            + " a financial quarter Q1 2024-25, a financial year 2024-25 (or 2024/25, 2024-2025),"
            + " a calendar year 2016, a year to date YTD 2024-09 or a rolling year R12 2024-09";

    private final String label;

    public PeriodFormatException(String label, String reason) {
        super("'" + label + "' is not a period label: " + reason + "; " + ACCEPTED);
        this.label = label;
    }

    public String label() {
        return label;
    }
}
