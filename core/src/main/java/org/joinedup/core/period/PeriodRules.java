package org.joinedup.core.period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/** Which start and end dates make a period of each type. */
final class PeriodRules {
    private PeriodRules() {}

    static boolean fits(PeriodType type, LocalDate start, LocalDate end) {
        return switch (type) {
            case DAY -> start.equals(end);
            case WEEK -> start.getDayOfWeek() == DayOfWeek.MONDAY && end.equals(start.plusDays(6));
            case MONTH -> isMonthStart(start) && end.equals(start.plusMonths(1).minusDays(1));
            case QUARTER ->
                isMonthStart(start)
                        && (start.getMonthValue() - 1) % 3 == 0
                        && end.equals(start.plusMonths(3).minusDays(1));
            case FINANCIAL_YEAR ->
                isFinancialYearStart(start) && end.equals(start.plusYears(1).minusDays(1));
            case CALENDAR_YEAR ->
                start.getDayOfYear() == 1 && end.equals(start.plusYears(1).minusDays(1));
            case YEAR_TO_DATE -> isFinancialYearStart(start) && isMonthEnd(end) && end.isBefore(start.plusYears(1));
            case ROLLING_12_MONTHS ->
                isMonthStart(start) && end.equals(start.plusYears(1).minusDays(1));
        };
    }

    private static boolean isMonthStart(LocalDate date) {
        return date.getDayOfMonth() == 1;
    }

    private static boolean isMonthEnd(LocalDate date) {
        return date.getDayOfMonth() == date.lengthOfMonth();
    }

    private static boolean isFinancialYearStart(LocalDate date) {
        return date.getMonth() == Month.APRIL && date.getDayOfMonth() == 1;
    }
}
