package org.joinedup.core.period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A reporting period: a type and its first and last days (both inclusive). The dates must match the
 * type, so {@code 2024-04-03..2024-05-02} is not a month. UK financial years run 1 April to 31 March;
 * financial quarter 1 is April to June.
 */
public record Period(PeriodType type, LocalDate start, LocalDate end) implements Comparable<Period> {
    private static final Comparator<Period> ORDER =
            Comparator.comparing(Period::start).thenComparing(Period::end).thenComparing(Period::type);

    public Period {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends " + end + " before it starts " + start);
        }
        if (!PeriodRules.fits(type, start, end)) {
            throw new IllegalArgumentException(start + " to " + end + " is not a " + type + " period");
        }
    }

    /** Reads any label in the data formats; see {@link #parse(String, Frequency)} for 2000-01 to 2011-12. */
    public static Period parse(String label) {
        return PeriodLabels.parse(label, null);
    }

    /**
     * Reads a label for a metric of the given frequency. {@code 2011-12} is both December 2011 and the
     * financial year 2011-12 (the same holds for 2000-01 to 2011-12); without a frequency it is read as
     * a month, for an annual metric as a financial year.
     */
    public static Period parse(String label, Frequency frequency) {
        return PeriodLabels.parse(label, frequency);
    }

    /** The canonical label, which {@link #parse} reads back to the same period. */
    public String label() {
        return PeriodLabels.format(this);
    }

    public static Period day(LocalDate date) {
        return new Period(PeriodType.DAY, date, date);
    }

    /** An ISO week (Monday to Sunday) of an ISO week-based year; week 53 exists only in some years. */
    public static Period week(int weekBasedYear, int week) {
        LocalDate anyDay = LocalDate.of(weekBasedYear, 6, 1);
        long weeks = anyDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException(weekBasedYear + " has weeks 1 to " + weeks + ", not " + week);
        }
        LocalDate monday = anyDay.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        return new Period(PeriodType.WEEK, monday, monday.plusDays(6));
    }

    /** The ISO week containing the date. */
    public static Period weekOf(LocalDate date) {
        LocalDate monday = date.with(DayOfWeek.MONDAY);
        return new Period(PeriodType.WEEK, monday, monday.plusDays(6));
    }

    public static Period month(YearMonth month) {
        return new Period(PeriodType.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    /** Financial quarter n (1 = April to June) of the financial year starting in April of the year. */
    public static Period quarter(int financialYearStart, int n) {
        if (n < 1 || n > 4) {
            throw new IllegalArgumentException("a quarter is numbered 1 to 4, not " + n);
        }
        LocalDate start = LocalDate.of(financialYearStart, Month.APRIL, 1).plusMonths(3L * (n - 1));
        return new Period(PeriodType.QUARTER, start, start.plusMonths(3).minusDays(1));
    }

    /** 1 April of the year to 31 March of the next. */
    public static Period financialYear(int startYear) {
        LocalDate start = LocalDate.of(startYear, Month.APRIL, 1);
        return new Period(PeriodType.FINANCIAL_YEAR, start, start.plusYears(1).minusDays(1));
    }

    /** The financial year containing the date. */
    public static Period financialYearOf(LocalDate date) {
        return financialYear(financialYearStart(date));
    }

    public static Period calendarYear(int year) {
        return new Period(PeriodType.CALENDAR_YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** 1 April to the end of the month (for January to March, from April of the year before). */
    public static Period yearToDate(YearMonth month) {
        LocalDate start = LocalDate.of(financialYearStart(month.atDay(1)), Month.APRIL, 1);
        return new Period(PeriodType.YEAR_TO_DATE, start, month.atEndOfMonth());
    }

    /** The twelve months ending with the month. */
    public static Period rolling12Months(YearMonth month) {
        return new Period(PeriodType.ROLLING_12_MONTHS, month.minusMonths(11).atDay(1), month.atEndOfMonth());
    }

    /**
     * The financial year the period is reported in: the one containing its last day, so a week from
     * Monday 29 March to Sunday 4 April counts in the new year, as does the rolling year ending then.
     */
    public Period financialYear() {
        return financialYearOf(end);
    }

    /** Calendar year in which the financial year containing the date starts (2024 for 2024-25). */
    public static int financialYearStart(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** True when the other period lies wholly inside this one. */
    public boolean contains(Period other) {
        return contains(other.start) && contains(other.end);
    }

    public boolean overlaps(Period other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    /** Every calendar month the period touches, in order (one month for a day or a week inside it). */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return label();
    }
}
