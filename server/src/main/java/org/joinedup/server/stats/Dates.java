package org.joinedup.server.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Dates in the stats command's files: {@code 2024-03-31} (ISO days) or {@code 2024-03} (months, read as
 * the first day of the month). Dates written back keep the form of the input.
 */
final class Dates {
    private Dates() {}

    /** The date, or null when the text is neither form. */
    static LocalDate parse(String text) {
        String t = text.strip();
        try {
            if (t.length() == 7) {
                return YearMonth.parse(t).atDay(1);
            }
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static boolean isMonth(String text) {
        return text.strip().length() == 7;
    }

    static LocalDate required(InputTable in, org.joinedup.core.text.CsvRow row, String column) {
        String text = row.get(column);
        if (text.isBlank()) {
            throw in.error(row, column, "a date is needed (YYYY-MM-DD or YYYY-MM)");
        }
        LocalDate date = parse(text);
        if (date == null) {
            throw in.error(row, column, "not a date (YYYY-MM-DD or YYYY-MM)");
        }
        return date;
    }
}
