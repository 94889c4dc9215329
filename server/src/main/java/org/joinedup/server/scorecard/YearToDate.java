package org.joinedup.server.scorecard;

import java.time.Month;
import java.util.List;
import java.util.Optional;
import org.joinedup.core.assessment.Assessment;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.ValueType;
import org.joinedup.core.forecast.Ets;
import org.joinedup.core.forecast.EtsFit;
import org.joinedup.core.forecast.YearEndForecast;
import org.joinedup.core.period.Period;
import org.joinedup.core.period.PeriodType;

/**
 * The financial year to date and its forecast outturn for a monthly series: counts add up, proportions and
 * rates are total numerator over total denominator (core {@link YearEndForecast}). Other value types
 * (standardised rates, means, ratios) have no year-to-date figure that can be made from monthly values.
 *
 * @param financialYear e.g. 2024-25
 * @param months months of the year known, from April
 * @param toDate the year-to-date value, in the metric's unit
 * @param outturn the forecast for the whole year; empty when the year is complete or too little is known
 * @param lower80 the lower end of the outturn's 80% interval
 * @param upper80 the upper end
 */
record YearToDate(
        Period financialYear, int months, double toDate, Optional<Double> outturn, double lower80, double upper80) {

    /** Fewest months of history an ETS model is fitted to, as the forecast on the metric page. */
    static final int MIN_HISTORY = 7;

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
        double[] series = fitted(history, ratio);
        if (count) {
            double[] actuals = thisYear.stream().mapToDouble(Assessment::value).toArray();
            double toDate = 0;
            for (double v : actuals) {
                toDate += v;
            }
            if (months == YearEndForecast.MONTHS || series == null) {
                return Optional.of(new YearToDate(year, months, toDate, Optional.empty(), Double.NaN, Double.NaN));
            }
            YearEndForecast forecast = YearEndForecast.forCount(fit(series), actuals);
            double[] interval = forecast.interval(80);
            return Optional.of(
                    new YearToDate(year, months, toDate, Optional.of(forecast.outturn()), interval[0], interval[1]));
        }
        double multiplier = definition.multiplier();
        double[] numerators =
                thisYear.stream().mapToDouble(Assessment::numerator).toArray();
        double[] denominators =
                thisYear.stream().mapToDouble(Assessment::denominator).toArray();
        double num = 0;
        double den = 0;
        for (int i = 0; i < months; i++) {
            num += numerators[i];
            den += denominators[i];
        }
        if (den <= 0) {
            return Optional.empty();
        }
        double toDate = num / den * multiplier;
        if (months == YearEndForecast.MONTHS || series == null) {
            return Optional.of(new YearToDate(year, months, toDate, Optional.empty(), Double.NaN, Double.NaN));
        }
        double[] remaining = remainingDenominators(history, months);
        YearEndForecast forecast = YearEndForecast.forRate(fit(series), numerators, denominators, remaining);
        double[] interval = forecast.interval(80);
        return Optional.of(new YearToDate(
                year,
                months,
                toDate,
                Optional.of(forecast.outturn() * multiplier),
                interval[0] * multiplier,
                interval[1] * multiplier));
    }

    /** Months from April: April is 1, March is 12. */
    static int monthsIntoYear(Period month) {
        int m = month.start().getMonthValue();
        return (m - Month.APRIL.getValue() + 12) % 12 + 1;
    }

    private static boolean hasCounts(Assessment a) {
        return a.numerator() != null && a.denominator() != null && a.denominator() > 0;
    }

    /**
     * The consecutive monthly values ending at the last (rates as numerator over denominator), or null
     * when fewer than {@link #MIN_HISTORY} are known without a gap.
     */
    private static double[] fitted(List<Assessment> history, boolean ratio) {
        int start = history.size();
        Period next = null;
        while (start > 0) {
            Assessment a = history.get(start - 1);
            boolean usable = a.period().type() == PeriodType.MONTH
                    && a.value() != null
                    && (!ratio || hasCounts(a))
                    && (next == null || a.period().end().plusDays(1).equals(next.start()));
            if (!usable) {
                break;
            }
            next = a.period();
            start--;
        }
        int n = history.size() - start;
        if (n < MIN_HISTORY) {
            return null;
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            Assessment a = history.get(start + i);
            y[i] = ratio ? a.numerator() / a.denominator() : a.value();
        }
        return y;
    }

    private static EtsFit fit(double[] series) {
        return Ets.auto(series, series.length >= 36 ? 12 : 1);
    }

    /**
     * Each month still to come gets the same month's denominator a year before when known (activity and
     * populations are seasonal), else the latest month's.
     */
    private static double[] remainingDenominators(List<Assessment> history, int months) {
        double[] remaining = new double[YearEndForecast.MONTHS - months];
        Assessment last = history.get(history.size() - 1);
        for (int i = 0; i < remaining.length; i++) {
            int yearBefore = history.size() - 12 + i;
            Assessment then = yearBefore >= 0 ? history.get(yearBefore) : null;
            boolean sameMonth = then != null
                    && then.period()
                            .start()
                            .equals(last.period().start().plusMonths(1L + i).minusYears(1));
            remaining[i] = sameMonth && hasCounts(then) ? then.denominator() : last.denominator();
        }
        return remaining;
    }
}
