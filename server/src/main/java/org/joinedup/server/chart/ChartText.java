package org.joinedup.server.chart;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.joinedup.core.period.Period;

/** Labels for people: periods, lists, and the rough width of text for layout. */
public final class ChartText {
    private ChartText() {}

    /**
     * A period as a chart labels it: {@code Apr 2024} for a month, {@code Q1 2024-25}, {@code 2024-25},
     * {@code 2024}, {@code 3 Apr 2024} for a day, {@code w/c 1 Apr 2024} for a week, {@code Apr-Jun 2024 YTD}
     * style year-to-date and rolling labels.
     */
    public static String of(Period period) {
        return switch (period.type()) {
            case DAY ->
                period.start().getDayOfMonth() + " " + month(period.start()) + " "
                        + period.start().getYear();
            case WEEK ->
                "w/c " + period.start().getDayOfMonth() + " " + month(period.start()) + " "
                        + period.start().getYear();
            case MONTH -> month(period.start()) + " " + period.start().getYear();
            case QUARTER, FINANCIAL_YEAR, CALENDAR_YEAR -> period.label();
            case YEAR_TO_DATE ->
                "Apr to " + month(period.end()) + " " + period.end().getYear();
            case ROLLING_12_MONTHS ->
                "12 months to " + month(period.end()) + " " + period.end().getYear();
        };
    }

    private static String month(java.time.LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK).substring(0, 3);
    }

    /** Rough width of text in Arial at a font size: enough to keep labels apart. */
    static double width(String text, double fontSize) {
        return text.codePointCount(0, text.length()) * fontSize * 0.56;
    }

    /** The text cut to fit a width, ending with an ellipsis when cut. */
    static String fit(String text, double maxWidth, double fontSize) {
        if (width(text, fontSize) <= maxWidth) {
            return text;
        }
        int keep = Math.max(1, (int) Math.floor(maxWidth / (fontSize * 0.56)) - 1);
        int end = text.offsetByCodePoints(0, Math.min(keep, text.codePointCount(0, text.length())));
        return text.substring(0, end).stripTrailing() + "…";
    }

    /** "a", "a and b", "a, b and c". */
    static String join(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** "1 point", "7 points". */
    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
