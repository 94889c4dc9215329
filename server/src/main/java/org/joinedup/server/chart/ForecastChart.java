package org.joinedup.server.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.joinedup.core.forecast.Forecast;
import org.joinedup.core.forecast.PredictionInterval;

/**
 * A forecast: the actual values (solid line with points), then the point forecasts (dashed) inside the 80%
 * (darker) and 95% (lighter) prediction interval fans, and the plan or target (red dashed) across both.
 */
public final class ForecastChart {
    private ForecastChart() {}

    /**
     * What the chart draws.
     *
     * @param title e.g. the metric and area
     * @param unit how values are written
     * @param actuals the periods known, in order
     * @param steps the periods forecast, in order, after the actuals
     */
    public record Data(String title, Unit unit, List<Actual> actuals, List<Step> steps) {
        public Data {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(unit, "unit");
            actuals = List.copyOf(actuals);
            steps = List.copyOf(steps);
        }

        /**
         * The chart of a forecast from the core: its mean and its 80% and 95% intervals where it has them.
         *
         * @param plan the plan or target for each period, actuals then forecasts; null or shorter lists leave
         *     periods without a plan
         */
        public static Data of(
                String title,
                Unit unit,
                List<String> actualLabels,
                List<Double> actualValues,
                List<String> forecastLabels,
                Forecast forecast,
                List<Double> plan) {
            if (actualLabels.size() != actualValues.size() || forecastLabels.size() != forecast.horizon()) {
                throw new IllegalArgumentException("one label per actual and per forecast step is needed");
            }
            List<Actual> actuals = new ArrayList<>();
            for (int i = 0; i < actualLabels.size(); i++) {
                actuals.add(new Actual(actualLabels.get(i), actualValues.get(i), planAt(plan, i)));
            }
            PredictionInterval i80 = level(forecast, 80);
            PredictionInterval i95 = level(forecast, 95);
            double[] mean = forecast.mean();
            List<Step> steps = new ArrayList<>();
            for (int h = 0; h < mean.length; h++) {
                steps.add(new Step(
                        forecastLabels.get(h),
                        mean[h],
                        i80 == null ? null : i80.lower()[h],
                        i80 == null ? null : i80.upper()[h],
                        i95 == null ? null : i95.lower()[h],
                        i95 == null ? null : i95.upper()[h],
                        planAt(plan, actuals.size() + h)));
            }
            return new Data(title, unit, actuals, steps);
        }

        private static Double planAt(List<Double> plan, int i) {
            return plan == null || i >= plan.size() ? null : plan.get(i);
        }

        private static PredictionInterval level(Forecast forecast, double level) {
            return forecast.intervals().stream()
                    .filter(i -> i.level() == level)
                    .findFirst()
                    .orElse(null);
        }
    }

    /** A known period: its value (null when missing) and plan (or null). */
    public record Actual(String label, Double value, Double plan) {
        public Actual {
            Objects.requireNonNull(label, "label");
        }
    }

    /** A forecast period: the point forecast, the 80% and 95% limits (each may be null) and the plan. */
    public record Step(
            String label, double mean, Double lower80, Double upper80, Double lower95, Double upper95, Double plan) {
        public Step {
            Objects.requireNonNull(label, "label");
            if (!Double.isFinite(mean)) {
                throw new IllegalArgumentException(label + ": the forecast must be finite");
            }
        }
    }

    public static String svg(Data data) {
        return svg(data, ChartOptions.defaults());
    }

    public static String svg(Data data, ChartOptions options) {
        Svg svg = Svg.chart(options.width(), options.height(), data.title(), describe(data), options.id());
        double top = Draw.title(svg, options, data.title()) + 10;
        double width = options.width();
        int na = data.actuals().size();
        int n = na + data.steps().size();
        boolean anyActual = data.actuals().stream().anyMatch(a -> a.value() != null);
        if (!anyActual && data.steps().isEmpty()) {
            Draw.noData(svg, 8, top, width - 16, options.height() - top - 8);
            return svg.finish();
        }
        List<String> labels = new ArrayList<>();
        data.actuals().forEach(a -> labels.add(a.label()));
        data.steps().forEach(s -> labels.add(s.label()));

        boolean anyPlan = data.actuals().stream().anyMatch(a -> a.plan() != null)
                || data.steps().stream().anyMatch(s -> s.plan() != null);
        boolean any80 = data.steps().stream().anyMatch(s -> s.lower80() != null && s.upper80() != null);
        boolean any95 = data.steps().stream().anyMatch(s -> s.lower95() != null && s.upper95() != null);
        List<Draw.Key> keys = new ArrayList<>();
        keys.add(Draw.Key.line("Actual", Palette.DARK_BLUE, null));
        if (!data.steps().isEmpty()) {
            keys.add(Draw.Key.line("Forecast", Palette.NHS_BLUE, "5 3"));
        }
        if (any80) {
            keys.add(new Draw.Key("80% interval", Palette.NHS_BLUE, null, Marker.SQUARE));
        }
        if (any95) {
            keys.add(new Draw.Key("95% interval", Palette.PALE_BLUE, null, Marker.SQUARE));
        }
        if (anyPlan) {
            keys.add(Draw.Key.line("Plan", Palette.TARGET, "8 3 2 3"));
        }
        double legendHeight = Draw.legendHeight(keys, width - 16);
        double plotTop = top + 12;
        double plotBottom = options.height() - legendHeight - 34;

        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Actual a : data.actuals()) {
            for (Double v : new Double[] {a.value(), a.plan()}) {
                if (v != null && Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        for (Step s : data.steps()) {
            for (Double v : new Double[] {s.mean(), s.lower80(), s.upper80(), s.lower95(), s.upper95(), s.plan()}) {
                if (v != null && Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        Ticks ticks = Draw.ticksFor(lo, hi, plotBottom - plotTop);
        double left = 8 + Draw.valueAxisWidth(ticks, data.unit());
        double right = width - 12;
        double spacing = (right - left) / n;
        Scale x = n == 1 ? new Scale(-1, 1, left, right) : new Scale(0, n - 1, left + spacing / 2, right - spacing / 2);
        Scale y = new Scale(ticks.min(), ticks.max(), plotBottom, plotTop);
        Draw.valueAxis(svg, ticks, y, data.unit(), left, right);
        svg.line(left, plotBottom, right, plotBottom, "stroke", Palette.LIGHT_GREY);
        Draw.periodAxis(svg, labels, x, plotBottom, spacing);

        int lastActual = -1;
        for (int i = 0; i < na; i++) {
            if (data.actuals().get(i).value() != null) {
                lastActual = i;
            }
        }
        if (!data.steps().isEmpty()) {
            double at = na == 0 ? left : (x.at(na - 1) + x.at(na)) / 2;
            svg.line(at, plotTop - 4, at, plotBottom, "stroke", Palette.LIGHT_GREY, "stroke-dasharray", "1 3");
            svg.label(at + 4, plotTop + 2, "Forecast", "font-size", Draw.SMALL, "fill", Palette.DARK_GREY);
            if (any95) {
                fan(svg, data, x, y, lastActual, true);
            }
            if (any80) {
                fan(svg, data, x, y, lastActual, false);
            }
            double[] xs = new double[data.steps().size() + (lastActual >= 0 ? 1 : 0)];
            double[] ys = new double[xs.length];
            int k = 0;
            if (lastActual >= 0) {
                xs[k] = x.at(lastActual);
                ys[k++] = y.at(data.actuals().get(lastActual).value());
            }
            for (int h = 0; h < data.steps().size(); h++) {
                xs[k] = x.at(na + h);
                ys[k++] = y.at(data.steps().get(h).mean());
            }
            svg.empty(
                    "path",
                    "d",
                    Draw.path(xs, ys),
                    "fill",
                    "none",
                    "stroke",
                    Palette.NHS_BLUE,
                    "stroke-width",
                    2,
                    "stroke-dasharray",
                    "5 3",
                    "class",
                    "forecast");
            svg.start("g", "class", "steps");
            for (int h = 0; h < data.steps().size(); h++) {
                Step s = data.steps().get(h);
                svg.start(
                        "circle",
                        "cx",
                        x.at(na + h),
                        "cy",
                        y.at(s.mean()),
                        "r",
                        2.5,
                        "fill",
                        Palette.WHITE,
                        "stroke",
                        Palette.NHS_BLUE,
                        "stroke-width",
                        1.5);
                svg.title(s.label() + ": forecast " + data.unit().format(s.mean())
                        + range(data, " 80%", s.lower80(), s.upper80())
                        + range(data, " 95%", s.lower95(), s.upper95()));
                svg.end();
            }
            svg.end();
        }
        if (anyPlan) {
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                Double p = i < na
                        ? data.actuals().get(i).plan()
                        : data.steps().get(i - na).plan();
                xs[i] = x.at(i);
                ys[i] = p == null ? Double.NaN : y.at(p);
            }
            svg.empty(
                    "path",
                    "d",
                    Draw.path(xs, ys),
                    "fill",
                    "none",
                    "stroke",
                    Palette.TARGET,
                    "stroke-width",
                    1.5,
                    "stroke-dasharray",
                    "8 3 2 3",
                    "class",
                    "plan");
        }
        if (na > 0) {
            double[] xs = new double[na];
            double[] ys = new double[na];
            for (int i = 0; i < na; i++) {
                Double v = data.actuals().get(i).value();
                xs[i] = x.at(i);
                ys[i] = v == null ? Double.NaN : y.at(v);
            }
            String d = Draw.path(xs, ys);
            if (d != null) {
                svg.empty(
                        "path",
                        "d",
                        d,
                        "fill",
                        "none",
                        "stroke",
                        Palette.DARK_BLUE,
                        "stroke-width",
                        2,
                        "class",
                        "actual");
            }
            svg.start("g", "class", "actuals");
            for (int i = 0; i < na; i++) {
                Actual a = data.actuals().get(i);
                if (a.value() != null) {
                    svg.start("circle", "cx", xs[i], "cy", ys[i], "r", 2.5, "fill", Palette.DARK_BLUE);
                    svg.title(a.label() + ": " + data.unit().format(a.value())).end();
                }
            }
            svg.end();
        }
        Draw.legend(svg, keys, 8, options.height() - legendHeight + 6, width - 16);
        return svg.finish();
    }

    /** The 95% or 80% fan, starting from the last actual so that it opens out of the line. */
    private static void fan(Svg svg, Data data, Scale x, Scale y, int lastActual, boolean outer) {
        int na = data.actuals().size();
        List<double[]> upper = new ArrayList<>();
        List<double[]> lower = new ArrayList<>();
        if (lastActual >= 0) {
            double v = y.at(data.actuals().get(lastActual).value());
            upper.add(new double[] {x.at(lastActual), v});
            lower.add(new double[] {x.at(lastActual), v});
        }
        for (int h = 0; h < data.steps().size(); h++) {
            Step s = data.steps().get(h);
            Double lo = outer ? s.lower95() : s.lower80();
            Double hi = outer ? s.upper95() : s.upper80();
            if (lo == null || hi == null) {
                continue;
            }
            upper.add(new double[] {x.at(na + h), y.clamped(hi)});
            lower.add(new double[] {x.at(na + h), y.clamped(lo)});
        }
        if (upper.size() < 2) {
            return;
        }
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < upper.size(); i++) {
            d.append(i == 0 ? 'M' : 'L')
                    .append(Svg.num(upper.get(i)[0]))
                    .append(' ')
                    .append(Svg.num(upper.get(i)[1]));
        }
        for (int i = lower.size() - 1; i >= 0; i--) {
            d.append('L').append(Svg.num(lower.get(i)[0])).append(' ').append(Svg.num(lower.get(i)[1]));
        }
        d.append('Z');
        svg.empty(
                "path",
                "d",
                d.toString(),
                "fill",
                outer ? Palette.PALE_BLUE : Palette.NHS_BLUE,
                "fill-opacity",
                outer ? 1 : 0.35,
                "stroke",
                "none",
                "class",
                outer ? "interval-95" : "interval-80");
    }

    private static String range(Data data, String level, Double lo, Double hi) {
        return lo == null || hi == null
                ? ""
                : ";" + level + " interval " + data.unit().format(lo) + " to "
                        + data.unit().format(hi);
    }

    /** E.g. "Actual values from Apr 2023 to Sep 2023, latest 1,234; forecast to Mar 2024: 1,300 (95% ...)." */
    public static String describe(Data data) {
        Unit unit = data.unit();
        List<Actual> known =
                data.actuals().stream().filter(a -> a.value() != null).toList();
        if (known.isEmpty() && data.steps().isEmpty()) {
            return "No data to chart.";
        }
        StringBuilder d = new StringBuilder();
        if (!known.isEmpty()) {
            Actual last = known.get(known.size() - 1);
            d.append("Actual values from ")
                    .append(known.get(0).label())
                    .append(" to ")
                    .append(last.label())
                    .append(", latest ")
                    .append(unit.format(last.value()))
                    .append(". ");
        } else {
            d.append("No actual values. ");
        }
        if (!data.steps().isEmpty()) {
            Step end = data.steps().get(data.steps().size() - 1);
            d.append("Forecast for ").append(end.label()).append(": ").append(unit.format(end.mean()));
            if (end.lower95() != null && end.upper95() != null) {
                d.append(", 95% interval ")
                        .append(unit.format(end.lower95()))
                        .append(" to ")
                        .append(unit.format(end.upper95()));
            }
            if (end.plan() != null) {
                d.append("; plan ").append(unit.format(end.plan()));
            }
            d.append('.');
        }
        return d.toString().strip();
    }

    /** Each period: actual, forecast, the interval limits and the plan. */
    public static DataTable table(Data data) {
        Unit unit = data.unit();
        List<DataTable.Row> rows = new ArrayList<>();
        for (Actual a : data.actuals()) {
            rows.add(new DataTable.Row(
                    a.label(), List.of(unit.plain(a.value()), "", "", "", "", "", unit.plain(a.plan()))));
        }
        for (Step s : data.steps()) {
            rows.add(new DataTable.Row(
                    s.label(),
                    List.of(
                            "",
                            unit.plain(s.mean()),
                            unit.plain(s.lower80()),
                            unit.plain(s.upper80()),
                            unit.plain(s.lower95()),
                            unit.plain(s.upper95()),
                            unit.plain(s.plan()))));
        }
        return new DataTable(
                data.title(),
                List.of(
                        "Period",
                        unit.header("Actual"),
                        unit.header("Forecast"),
                        unit.header("Lower 80%"),
                        unit.header("Upper 80%"),
                        unit.header("Lower 95%"),
                        unit.header("Upper 95%"),
                        unit.header("Plan")),
                rows);
    }
}
