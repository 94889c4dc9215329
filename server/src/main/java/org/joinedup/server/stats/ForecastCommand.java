package org.joinedup.server.stats;

import static org.joinedup.server.stats.IndicatorCommands.GROUP;
import static org.joinedup.server.stats.IndicatorCommands.VALUE;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.joinedup.core.forecast.Ets;
import org.joinedup.core.forecast.EtsFit;
import org.joinedup.core.forecast.EtsModel;
import org.joinedup.core.forecast.EtsParameters;
import org.joinedup.core.forecast.Forecast;
import org.joinedup.core.forecast.PredictionInterval;
import org.joinedup.core.text.CsvRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Exponential smoothing (ETS) forecasts: {@code org.joinedup.core.forecast}, as R's forecast::ets. */
@Command(
        name = "forecast",
        mixinStandardHelpOptions = true,
        description = {
            "ETS forecasts with prediction intervals, fitted as R's forecast::ets (maximum likelihood; automatic"
                    + " choice by AICc).",
            "In: date (YYYY-MM-DD or YYYY-MM, evenly spaced, in order), value, and optionally group (one series per"
                    + " group).",
            "Out: date, mean, lo80, hi80, lo95, hi95, one row per step ahead; with --params one row per group:"
                    + " model, alpha, beta, gamma, phi, log_lik, aicc, sigma2, n."
        })
final class ForecastCommand extends StatsMethod {
    static final String DATE = SpcCommand.DATE;

    @Option(
            names = "--model",
            paramLabel = "auto|ANN|AAN|AAdN|ANA|AAA|MNM|MAM|...",
            defaultValue = "auto",
            description = "The ETS model (error, trend, d for damped, season), or auto (default) to choose by AICc.")
    String model;

    @Option(names = "--horizon", paramLabel = "H", defaultValue = "12", description = "Steps ahead (default 12).")
    int horizon;

    @Option(
            names = "--season",
            paramLabel = "M",
            defaultValue = "1",
            description = "Seasonal period: 12 for monthly data with a yearly pattern, 4 for quarterly; 1 (default)"
                    + " for none.")
    int season;

    @Option(
            names = "--level",
            split = ",",
            paramLabel = "PERCENT",
            defaultValue = "80,95",
            description = "Prediction interval levels in percent (default 80,95).")
    List<Double> level;

    @Option(
            names = "--params",
            description = "Write the fitted model instead: model, parameters, log-likelihood and AICc per group.")
    boolean params;

    private EtsModel fixed;

    @Override
    void checkOptions() {
        if (!model.equals("auto")) {
            try {
                fixed = EtsModel.parse(model);
            } catch (IllegalArgumentException e) {
                throw badOption("--model: " + e.getMessage());
            }
            if (fixed.isRestricted()) {
                throw badOption("--model " + model + " is not allowed: its forecast variance can be infinite");
            }
            if (fixed.isSeasonal() && season < 2) {
                throw badOption("--model " + model + " is seasonal: give --season M (2 to " + Ets.MAX_PERIOD + ")");
            }
        }
        if (horizon < 1) {
            throw badOption("--horizon must be 1 or more, not " + horizon);
        }
        if (season < 1 || season > Ets.MAX_PERIOD) {
            throw badOption("--season must be 1 to " + Ets.MAX_PERIOD + ", not " + season);
        }
        for (double l : level) {
            if (!(l > 0 && l < 100)) {
                throw badOption("--level must be percentages between 0 and 100, not " + l);
            }
        }
    }

    @Override
    OutputTable compute(InputTable in) {
        in.require(DATE, VALUE);
        in.requireRows();
        Set<String> used = Set.of(DATE, VALUE);
        OutputTable out;
        if (params) {
            out = OutputTable.perGroup(
                    in,
                    GROUP,
                    used,
                    List.of("model", "alpha", "beta", "gamma", "phi", "log_lik", "aicc", "sigma2", "n"));
        } else {
            List<String> columns = new ArrayList<>(List.of(DATE, "mean"));
            for (double l : level) {
                columns.add("lo" + Numbers.format(l));
                columns.add("hi" + Numbers.format(l));
            }
            out = OutputTable.perGroup(in, GROUP, used, columns);
        }
        for (InputTable.Group group : in.groups(GROUP)) {
            List<CsvRow> rows = group.rows();
            List<LocalDate> dates = new ArrayList<>();
            double[] y = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                LocalDate date = Dates.required(in, rows.get(i), DATE);
                if (!dates.isEmpty() && !date.isAfter(dates.get(dates.size() - 1))) {
                    throw in.error(rows.get(i), DATE, "dates must be in increasing order");
                }
                dates.add(date);
                y[i] = in.number(rows.get(i), VALUE);
            }
            Step step = params ? null : Step.of(in, rows, dates);
            EtsFit fit;
            try {
                fit = fixed == null ? Ets.auto(y, season) : Ets.fit(y, season, fixed);
            } catch (IllegalArgumentException e) {
                throw in.groupError(group, e.getMessage());
            }
            if (params) {
                out.add(group, paramCells(fit));
                continue;
            }
            double[] levels = level.stream().mapToDouble(Double::doubleValue).toArray();
            Forecast forecast = fit.forecast(horizon, levels);
            double[] mean = forecast.mean();
            boolean months = Dates.isMonth(rows.get(rows.size() - 1).get(DATE));
            for (int h = 0; h < horizon; h++) {
                LocalDate date = step.after(dates.get(dates.size() - 1), h + 1);
                List<String> cells = new ArrayList<>();
                cells.add(months ? YearMonth.from(date).toString() : date.toString());
                cells.add(Numbers.format(mean[h]));
                for (PredictionInterval interval : forecast.intervals()) {
                    cells.add(Numbers.format(interval.lower()[h]));
                    cells.add(Numbers.format(interval.upper()[h]));
                }
                out.add(group, cells);
            }
        }
        return out;
    }

    private static List<String> paramCells(EtsFit fit) {
        EtsModel m = fit.model();
        EtsParameters p = fit.parameters();
        return List.of(
                m.code(),
                Numbers.format(p.alpha()),
                m.hasTrend() ? Numbers.format(p.beta()) : "",
                m.isSeasonal() ? Numbers.format(p.gamma()) : "",
                m.damped() ? Numbers.format(p.phi()) : "",
                Numbers.format(fit.logLik()),
                Numbers.format(fit.aicc()),
                Numbers.format(fit.sigma2()),
                Integer.toString(fit.size()));
    }

    /**
     * The spacing of a series, continued past its end: whole months when every date is the same day of the
     * month (or every date the last day of its month) and the months step evenly, else whole days when the
     * days step evenly.
     */
    record Step(int months, long days, boolean monthEnds) {
        static Step of(InputTable in, List<CsvRow> rows, List<LocalDate> dates) {
            if (dates.size() < 2) {
                throw in.error(rows.get(0), DATE, "at least two dates are needed to continue their spacing");
            }
            boolean monthEnds = dates.stream().allMatch(d -> d.getDayOfMonth() == d.lengthOfMonth());
            boolean sameDay = dates.stream()
                    .allMatch(d -> d.getDayOfMonth() == dates.get(0).getDayOfMonth());
            if (monthEnds || sameDay) {
                long months = monthsBetween(dates.get(0), dates.get(1));
                boolean even = true;
                for (int i = 2; i < dates.size() && even; i++) {
                    even = monthsBetween(dates.get(i - 1), dates.get(i)) == months;
                }
                if (even && months > 0) {
                    return new Step((int) months, 0, monthEnds);
                }
            }
            long days = ChronoUnit.DAYS.between(dates.get(0), dates.get(1));
            for (int i = 2; i < dates.size(); i++) {
                long gap = ChronoUnit.DAYS.between(dates.get(i - 1), dates.get(i));
                if (gap != days) {
                    throw in.error(
                            rows.get(i),
                            DATE,
                            "dates must be evenly spaced to be continued: this one is " + gap + " days after the one"
                                    + " before, not " + days);
                }
            }
            return new Step(0, days, false);
        }

        private static long monthsBetween(LocalDate a, LocalDate b) {
            return ChronoUnit.MONTHS.between(YearMonth.from(a), YearMonth.from(b));
        }

        LocalDate after(LocalDate last, int steps) {
            if (months == 0) {
                return last.plusDays(days * steps);
            }
            LocalDate date = last.plusMonths((long) months * steps);
            return monthEnds ? date.with(TemporalAdjusters.lastDayOfMonth()) : date;
        }
    }
}
