package org.joinedup.server.scorecard;

import java.time.Month;
import java.util.List;
import java.util.Optional;
import org.joinedup.core.assessment.Assessment;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.ValueType;
import org.joinedup.core.period.Period;
import org.joinedup.core.period.PeriodType;

/**
 * The financial year to date of a monthly series: counts add up, proportions and crude rates are total
 * numerator over total denominator. Other value types (standardised rates, means, ratios) have no year-to-date
 * figure that can be made from monthly values. (The year-end forecast is the metric package's
 * {@code MetricOutlook}, shared with the metric page.)
 *
 * @param financialYear e.g. 2024-25
 * @param months months of the year known, from April
 * @param toDate the year-to-date value, in the metric's unit
 */
record YearToDate(Period financialYear, int months, double toDate) {

    /**
     * The year to date of the series' last period, which must be a month; empty when the metric is not a
     * count, proportion or crude rate, when a month of the year is missing, or when figures are missing.
     *
     * @param history the series' assessments, oldest first, ending at the month shown
     */
    static Optional<YearToDate> of(MetricDefinition definition, List<Assessment> history) {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        Assessment last = history.get(history.size() - 1);
        if (last.period().type() != PeriodType.MONTH || last.value() == null) {
            return Optional.empty();
        }
        ValueType type = definition.valueType();
        boolean count = type == ValueType.COUNT;
        boolean ratio = type == ValueType.PROPORTION || type == ValueType.CRUDE_RATE;
        if (!count && !ratio) {
            return Optional.empty();
        }
        Period year = last.period().financialYear();
        int months = monthsIntoYear(last.period());
        if (history.size() < months) {
            return Optional.empty();
        }
        List<Assessment> thisYear = history.subList(history.size() - months, history.size());
        for (int i = 0; i < months; i++) {
            Assessment a = thisYear.get(i);
            if (a.period().type() != PeriodType.MONTH
                    || monthsIntoYear(a.period()) != i + 1
                    || !a.period().financialYear().equals(year)
                    || a.value() == null
                    || (ratio && !hasCounts(a))) {
                return Optional.empty();
            }
        }
        if (count) {
            return Optional.of(new YearToDate(
                    year,
                    months,
                    thisYear.stream().mapToDouble(Assessment::value).sum()));
        }
        double num = thisYear.stream().mapToDouble(Assessment::numerator).sum();
        double den = thisYear.stream().mapToDouble(Assessment::denominator).sum();
        return Optional.of(new YearToDate(year, months, num / den * definition.multiplier()));
    }

    /** Months from April: April is 1, March is 12. */
    static int monthsIntoYear(Period month) {
        int m = month.start().getMonthValue();
        return (m - Month.APRIL.getValue() + 12) % 12 + 1;
    }

    private static boolean hasCounts(Assessment a) {
        return a.numerator() != null && a.denominator() != null && a.denominator() > 0;
    }
}
