package org.joinedup.server.metric;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.joinedup.core.assessment.Assessment;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.ValueType;
import org.joinedup.core.forecast.Ets;
import org.joinedup.core.forecast.EtsFit;
import org.joinedup.core.forecast.Forecast;
import org.joinedup.core.forecast.PredictionInterval;
import org.joinedup.core.forecast.YearEndForecast;
import org.joinedup.core.period.Period;
import org.joinedup.core.period.PeriodType;
import org.springframework.stereotype.Component;

/**
 * The forecast of a series and, for a monthly one, its financial year's outturn: one ETS fit (chosen by AICc,
 * seasonal for monthly series of three years or more, as {@code AssessmentReading.forecast}) serves both.
 * Rates and proportions with counts are fitted on numerator over denominator, so the year's outturn is the
 * year's total numerator over its total denominator (docs/methods/forecasting.md). Fits are kept for the
 * figures they were made from, so a page shown again, or after submissions that left the series alone, does
 * not fit again. A seasonal fit takes seconds, so pages ask {@link #ifQuick} and fetch the rest afterwards.
 */
@Component
public class MetricOutlook {
    /** Fewer values than this are not forecast (as the core's ETS refuses). */
    static final int MIN_VALUES = 7;

    /** What a fit depends on: the definition and every known figure, so an unchanged series is not fitted again. */
    private record Key(String metricId, int version, List<Point> points) {}

    private record Point(Period period, Double value, Double numerator, Double denominator) {}

    /**
     * A forecast on the values' scale and, for a monthly series, its year-end outturn.
     *
     * @param fitted the values fitted, oldest first
     */
    public record Outlook(List<Assessment> fitted, Forecast forecast, Optional<YearEnd> yearEnd) {}

    /**
     * The forecast outturn of a financial year, on the values' scale.
     *
     * @param year the financial year
     * @param monthsActual months of it known
     * @param outturn the point forecast (the actual when the year is complete)
     * @param lower95 lower 95% limit (the outturn when complete)
     * @param upper95 upper 95% limit
     * @param assumption what the forecast takes as given, in words; empty when nothing
     */
    public record YearEnd(
            Period year, int monthsActual, double outturn, double lower95, double upper95, String assumption) {
        public boolean complete() {
            return monthsActual == YearEndForecast.MONTHS;
        }
    }

    /** Fits made or under way, the most recently used few hundred; a fit asked for twice is made once. */
    private final Map<Key, CompletableFuture<Optional<Outlook>>> fits = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<Optional<Outlook>>> eldest) {
            return size() > 512;
        }
    };

    /**
     * The outlook of a series, fitted now unless the same figures were fitted before (or are being fitted:
     * then it waits for that fit). Empty when the series is too short or ETS cannot fit it.
     */
    public Optional<Outlook> of(MetricDefinition definition, List<Assessment> history) {
        Key key = key(definition, history);
        CompletableFuture<Optional<Outlook>> fit;
        boolean mine = false;
        synchronized (fits) {
            fit = fits.get(key);
            if (fit == null) {
                fit = new CompletableFuture<>();
                fits.put(key, fit);
                mine = true;
            }
        }
        if (mine) {
            try {
                fit.complete(make(definition, history));
            } catch (RuntimeException | Error e) {
                fit.completeExceptionally(e);
                synchronized (fits) {
                    fits.remove(key);
                }
                throw e;
            }
        }
        return fit.join();
    }

    /**
     * The outlook when it was fitted before (on any page), without fitting anything now. Empty when it has
     * not been fitted, or its fit is still being made.
     */
    public Optional<Optional<Outlook>> ifKept(MetricDefinition definition, List<Assessment> history) {
        CompletableFuture<Optional<Outlook>> fit;
        synchronized (fits) {
            fit = fits.get(key(definition, history));
        }
        if (fit != null && fit.isDone() && !fit.isCompletedExceptionally()) {
            return Optional.of(fit.join());
        }
        return Optional.empty();
    }

    /**
     * The outlook when it is at hand: fitted before, or quick to fit now (every model but the seasonal ones,
     * which take seconds). Empty when a seasonal fit is still to be made: ask {@link #of} for it.
     */
    public Optional<Optional<Outlook>> ifQuick(MetricDefinition definition, List<Assessment> history) {
        Optional<Optional<Outlook>> kept = ifKept(definition, history);
        if (kept.isPresent()) {
            return kept;
        }
        if (seasonal(history)) {
            return Optional.empty();
        }
        return Optional.of(of(definition, history));
    }

    private static Key key(MetricDefinition definition, List<Assessment> history) {
        return new Key(
                definition.id(),
                definition.version(),
                history.stream()
                        .filter(a -> a.value() != null)
                        .map(a -> new Point(a.period(), a.value(), a.numerator(), a.denominator()))
                        .toList());
    }

    /** True when the series would be fitted with seasonal models: monthly, three years or more. */
    static boolean seasonal(List<Assessment> history) {
        List<Assessment> known = history.stream().filter(a -> a.value() != null).toList();
        return !known.isEmpty() && season(known.get(0).period().type(), known.size()) > 1;
    }

    private static int season(PeriodType type, int values) {
        return type == PeriodType.MONTH && values >= 36 ? 12 : 1;
    }

    static Optional<Outlook> make(MetricDefinition definition, List<Assessment> history) {
        List<Assessment> known = history.stream().filter(a -> a.value() != null).toList();
        if (known.size() < MIN_VALUES
                || !MetricCharts.forecastable(known.get(0).period().type())) {
            return Optional.empty();
        }
        boolean rates = onRateScale(definition, known);
        double scale = rates ? definition.multiplier() : 1;
        double[] series = new double[known.size()];
        for (int i = 0; i < series.length; i++) {
            Assessment a = known.get(i);
            series[i] = rates ? a.numerator() / a.denominator() : a.value();
        }
        PeriodType type = known.get(0).period().type();
        boolean monthly = type == PeriodType.MONTH;
        int season = season(type, series.length);
        EtsFit fit;
        try {
            fit = Ets.auto(series, season);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a series ETS cannot fit (e.g. too short for any model)
        }
        int horizon = switch (type) {
            case MONTH -> 12;
            case QUARTER -> 4;
            default -> 3;
        };
        // Figures of these kinds are never negative, and a proportion never passes its whole.
        double ceiling = definition.valueType() == ValueType.PROPORTION ? definition.multiplier() : Double.MAX_VALUE;
        Forecast forecast = bounded(scaled(fit.forecast(horizon), scale), 0, ceiling);
        Optional<YearEnd> yearEnd = monthly ? yearEnd(definition, known, fit, rates, scale) : Optional.empty();
        return Optional.of(new Outlook(known, forecast, yearEnd));
    }

    /** True when the values are numerator over denominator times the multiplier, every one with its counts. */
    private static boolean onRateScale(MetricDefinition definition, List<Assessment> known) {
        ValueType type = definition.valueType();
        if (type != ValueType.PROPORTION && type != ValueType.CRUDE_RATE && type != ValueType.DAYS_PER_DAY) {
            return false;
        }
        return known.stream().allMatch(a -> a.numerator() != null && a.denominator() != null && a.denominator() > 0);
    }

    /** The forecast with its means and limits kept between a floor and a ceiling. */
    static Forecast bounded(Forecast f, double floor, double ceiling) {
        double[] mean = f.mean();
        for (int i = 0; i < mean.length; i++) {
            mean[i] = Math.min(ceiling, Math.max(floor, mean[i]));
        }
        List<PredictionInterval> intervals = new ArrayList<>();
        for (PredictionInterval p : f.intervals()) {
            double[] lower = p.lower();
            double[] upper = p.upper();
            for (int i = 0; i < lower.length; i++) {
                lower[i] = Math.min(ceiling, Math.max(floor, lower[i]));
                upper[i] = Math.min(ceiling, Math.max(floor, upper[i]));
            }
            intervals.add(new PredictionInterval(p.level(), lower, upper));
        }
        return new Forecast(mean, f.variance(), intervals, f.simulated());
    }

    private static Forecast scaled(Forecast f, double scale) {
        if (scale == 1) {
            return f;
        }
        double[] mean = f.mean();
        double[] variance = f.variance();
        for (int i = 0; i < mean.length; i++) {
            mean[i] *= scale;
            variance[i] *= scale * scale;
        }
        List<PredictionInterval> intervals = new ArrayList<>();
        for (PredictionInterval p : f.intervals()) {
            double[] lower = p.lower();
            double[] upper = p.upper();
            for (int i = 0; i < lower.length; i++) {
                lower[i] *= scale;
                upper[i] *= scale;
            }
            intervals.add(new PredictionInterval(p.level(), lower, upper));
        }
        return new Forecast(mean, variance, intervals, f.simulated());
    }

    /**
     * The outturn of the financial year of the last month: counts add up, rates are the year's numerator over
     * its denominator. Empty when the months of the year so far are not all known, or for other kinds of value.
     */
    private static Optional<YearEnd> yearEnd(
            MetricDefinition definition, List<Assessment> known, EtsFit fit, boolean rates, double scale) {
        Period last = known.get(known.size() - 1).period();
        Period year = last.financialYear();
        List<Assessment> thisYear = new ArrayList<>();
        for (Assessment a : known) {
            if (year.contains(a.period())) {
                thisYear.add(a);
            }
        }
        YearMonth april = YearMonth.from(year.start());
        for (int i = 0; i < thisYear.size(); i++) {
            if (!YearMonth.from(thisYear.get(i).period().start()).equals(april.plusMonths(i))) {
                return Optional.empty(); // a month of the year is missing
            }
        }
        int k = thisYear.size();
        try {
            if (definition.valueType() == ValueType.COUNT) {
                double[] actuals =
                        thisYear.stream().mapToDouble(Assessment::value).toArray();
                YearEndForecast f = YearEndForecast.forCount(fit, actuals);
                return Optional.of(yearEnd(year, k, f, 1, ""));
            }
            if (!rates) {
                return Optional.empty();
            }
            double[] numerators =
                    thisYear.stream().mapToDouble(Assessment::numerator).toArray();
            double[] denominators =
                    thisYear.stream().mapToDouble(Assessment::denominator).toArray();
            Remaining remaining = remainingDenominators(definition, known, year, k);
            YearEndForecast f = YearEndForecast.forRate(fit, numerators, denominators, remaining.values());
            return Optional.of(yearEnd(year, k, f, scale, remaining.assumption()));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // the fitted values do not end with this year's months as given
        }
    }

    private static YearEnd yearEnd(Period year, int months, YearEndForecast f, double scale, String assumption) {
        double[] i95 = f.interval(95);
        return new YearEnd(
                year,
                months,
                f.outturn() * scale,
                i95[0] * scale,
                i95[1] * scale,
                months == YearEndForecast.MONTHS ? "" : assumption);
    }

    private record Remaining(double[] values, String assumption) {}

    /**
     * The denominators of the months still to come: the days of each month for a figure per day; else the
     * same month of the year before when known, else the average month of this year so far.
     */
    private static Remaining remainingDenominators(
            MetricDefinition definition, List<Assessment> known, Period year, int monthsActual) {
        YearMonth april = YearMonth.from(year.start());
        double[] values = new double[YearEndForecast.MONTHS - monthsActual];
        if (definition.valueType() == ValueType.DAYS_PER_DAY) {
            for (int i = 0; i < values.length; i++) {
                values[i] = april.plusMonths(monthsActual + i).lengthOfMonth();
            }
            return new Remaining(values, "");
        }
        Map<YearMonth, Double> byMonth = new HashMap<>();
        double sum = 0;
        for (Assessment a : known) {
            YearMonth m = YearMonth.from(a.period().start());
            byMonth.put(m, a.denominator());
            if (year.contains(a.period())) {
                sum += a.denominator();
            }
        }
        double average = sum / monthsActual;
        boolean lastYear = true;
        for (int i = 0; i < values.length; i++) {
            Double before = byMonth.get(april.plusMonths(monthsActual + i).minusYears(1));
            lastYear &= before != null;
            values[i] = before != null ? before : average;
        }
        String denominator = definition.denominator().isBlank() ? "the denominator" : definition.denominator();
        return new Remaining(
                values,
                "Assumes the months to come have the same " + lowerFirst(denominator)
                        + (lastYear ? " as the same months last year." : " as this year's average month."));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
