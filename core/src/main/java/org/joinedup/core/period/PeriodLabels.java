package org.joinedup.core.period;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** Reads and writes period labels by hand (no regular expressions): submissions have millions of them. */
final class PeriodLabels {
    private PeriodLabels() {}

    static String format(Period p) {
        LocalDate s = p.start();
        return switch (p.type()) {
            case DAY -> s.toString();
            case WEEK -> s.get(IsoFields.WEEK_BASED_YEAR) + "-W" + twoDigits(s.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> YearMonth.from(s).toString();
            case QUARTER ->
                "Q" + ((s.getMonthValue() + 8) % 12 / 3 + 1) + " " + financialYear(Period.financialYearStart(s));
            case FINANCIAL_YEAR -> financialYear(s.getYear());
            case CALENDAR_YEAR -> Integer.toString(s.getYear());
            case YEAR_TO_DATE -> "YTD " + YearMonth.from(p.end());
            case ROLLING_12_MONTHS -> "R12 " + YearMonth.from(p.end());
        };
    }

    private static String financialYear(int startYear) {
        return startYear + "-" + twoDigits((startYear + 1) % 100);
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    static Period parse(String label, Frequency frequency) {
        if (label == null) {
            throw new PeriodFormatException("null", "no label given");
        }
        String text = label.strip().toUpperCase(Locale.ROOT);
        try {
            if (text.startsWith("YTD ")) {
                return Period.yearToDate(yearMonth(label, text.substring(4).strip()));
            }
            if (text.startsWith("R12 ")) {
                return Period.rolling12Months(yearMonth(label, text.substring(4).strip()));
            }
            if (text.length() > 3 && text.charAt(0) == 'Q' && text.charAt(2) == ' ') {
                int n = digit(label, text.charAt(1));
                if (n < 1 || n > 4) {
                    throw new PeriodFormatException(label, "a quarter is Q1 to Q4");
                }
                return Period.quarter(
                        financialYearStart(label, text.substring(3).strip(), false), n);
            }
            return plain(label, text, frequency);
        } catch (DateTimeException | IllegalArgumentException e) {
            if (e instanceof PeriodFormatException pfe) {
                throw pfe;
            }
            throw new PeriodFormatException(label, e.getMessage());
        }
    }

    private static Period plain(String label, String text, Frequency frequency) {
        int length = text.length();
        if (length == 4) {
            return Period.calendarYear(number(label, text, 0, 4));
        }
        if (length == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            return Period.day(
                    LocalDate.of(number(label, text, 0, 4), number(label, text, 5, 7), number(label, text, 8, 10)));
        }
        if (length == 8 && text.charAt(4) == '-' && text.charAt(5) == 'W') {
            return Period.week(number(label, text, 0, 4), number(label, text, 6, 8));
        }
        if (length == 7 && text.charAt(4) == '-') {
            int year = number(label, text, 0, 4);
            int second = number(label, text, 5, 7);
            boolean month = second >= 1 && second <= 12;
            boolean financialYear = second == (year + 1) % 100;
            if (month && !(financialYear && frequency == Frequency.ANNUAL)) {
                return Period.month(YearMonth.of(year, second));
            }
            if (financialYear) {
                return Period.financialYear(year);
            }
            throw new PeriodFormatException(label, "neither a month nor a financial year");
        }
        return Period.financialYear(financialYearStart(label, text, true));
    }

    /** Reads 2024-25, 2024/25, 2024-2025 or 2024/2025; the second year must follow the first. */
    private static int financialYearStart(String label, String text, boolean lastResort) {
        int length = text.length();
        if ((length == 7 || length == 9) && (text.charAt(4) == '-' || text.charAt(4) == '/')) {
            int start = number(label, text, 0, 4);
            int next = number(label, text, 5, length);
            int expected = length == 7 ? (start + 1) % 100 : start + 1;
            if (next != expected) {
                throw new PeriodFormatException(label, "a financial year's second year must follow its first");
            }
            return start;
        }
        throw new PeriodFormatException(
                label, lastResort ? "unrecognised form" : "a quarter needs a financial year such as Q1 2024-25");
    }

    private static YearMonth yearMonth(String label, String text) {
        if (text.length() != 7 || text.charAt(4) != '-') {
            throw new PeriodFormatException(label, "expected a year and month such as 2024-09");
        }
        return YearMonth.of(number(label, text, 0, 4), number(label, text, 5, 7));
    }

    private static int number(String label, String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + digit(label, text.charAt(i));
        }
        return n;
    }

    private static int digit(String label, char c) {
        if (c < '0' || c > '9') {
            throw new PeriodFormatException(label, "unexpected '" + c + "'");
        }
        return c - '0';
    }
}
