package org.joinedup.server.opendata;

import java.time.LocalDate;
import java.time.YearMonth;

/** Period labels of docs/formats.md and their date spans (only the kinds the open data uses). */
final class Periods {

    private Periods() {}

    static String month(LocalDate d) {
        return YearMonth.from(d).toString();
    }

    /** {@code 2017/18} or {@code 2017-18} to the canonical {@code 2017-18}. */
    static String financialYear(String label) {
        String s = label.trim().replace('/', '-');
        if (!s.matches("\\d{4}-\\d{2}")) {
            throw new IllegalArgumentException("not a financial year: " + label);
        }
        int start = Integer.parseInt(s.substring(0, 4));
        int end = Integer.parseInt(s.substring(5));
        if ((start + 1) % 100 != end) {
            throw new IllegalArgumentException("not a financial year: " + label);
        }
        return s;
    }

    /** The financial year that contains {@code d}, e.g. 2023-03-31 is in 2022-23. */
    static String financialYearOf(LocalDate d) {
        int start = d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1;
        return String.format("%d-%02d", start, (start + 1) % 100);
    }

    static LocalDate[] monthSpan(String label) {
        YearMonth ym = YearMonth.parse(label);
        return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
    }

    static LocalDate[] yearSpan(String label) {
        int y = Integer.parseInt(label);
        return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
    }

    static LocalDate[] fySpan(String label) {
        int start = Integer.parseInt(label.substring(0, 4));
        return new LocalDate[] {LocalDate.of(start, 4, 1), LocalDate.of(start + 1, 3, 31)};
    }
}
