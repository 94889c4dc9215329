package org.joinedup.server.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.joinedup.core.benchmark.BenchmarkResult;
import org.joinedup.core.benchmark.Comparison;
import org.joinedup.core.indicator.ConfidenceInterval;
import org.joinedup.core.indicator.IndicatorValue;

/**
 * A caterpillar chart: one row per area, highest value at the top, each a marker with its confidence interval,
 * coloured and shaped by its comparison with the benchmark, a vertical England line, and the chosen area
 * highlighted. Its height grows with the number of areas ({@link ChartOptions#height()} is ignored).
 */
public final class BenchmarkChart {
    private BenchmarkChart() {}

    static final double ROW = 16;

    /**
     * What the chart draws.
     *
     * @param title e.g. the metric and period
     * @param unit how values are written
     * @param areas the areas, in any order
     * @param england the England value (the benchmark), or null
     * @param chosen code of the area to highlight, or null
     * @param confidence the level of the intervals as people read it, e.g. {@code 95%}
     */
    public record Data(String title, Unit unit, List<Area> areas, Double england, String chosen, String confidence) {
        public Data {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(confidence, "confidence");
            areas = List.copyOf(areas);
            if (england != null && !Double.isFinite(england)) {
                throw new IllegalArgumentException("the England value must be finite");
            }
        }
    }

    /**
     * One area.
     *
     * @param code the area's code
     * @param name the area's name
     * @param value its value, or null when missing or suppressed
     * @param lower lower confidence limit, or null; may be negative infinity
     * @param upper upper confidence limit, or null; may be infinite
     * @param result how it compares with the benchmark
     */
    public record Area(String code, String name, Double value, Double lower, Double upper, BenchmarkResult result) {
        public Area {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(result, "result");
            if (value != null && !Double.isFinite(value)) {
                throw new IllegalArgumentException(name + ": value must be finite");
            }
        }

        /** An area from its indicator value, the interval at a confidence (e.g. 0.95) and its comparison. */
        public static Area of(
                String code, String name, IndicatorValue value, double confidence, Comparison comparison) {
            Double v = value.value().isPresent() ? value.value().getAsDouble() : null;
            Double lower = null;
            Double upper = null;
            if (v != null) {
                ConfidenceInterval ci = value.intervals().stream()
                        .filter(i -> i.confidence() == confidence)
                        .findFirst()
                        .orElse(null);
                if (ci != null) {
                    lower = boxed(ci.lower());
                    upper = boxed(ci.upper());
                }
            }
            return new Area(
                    code,
                    name,
                    v,
                    lower,
                    upper,
                    comparison == null ? BenchmarkResult.NOT_COMPARED : comparison.result());
        }

        private static Double boxed(OptionalDouble d) {
            return d.isPresent() ? d.getAsDouble() : null;
        }
    }

    /** The areas in the chart's order: highest value first, missing values last, ties by name. */
    static List<Area> ordered(Data data) {
        return data.areas().stream()
                .sorted(Comparator.comparing((Area a) -> a.value() == null)
                        .thenComparing(a -> a.value() == null ? 0 : -a.value())
                        .thenComparing(Area::name))
                .toList();
    }

    public static String svg(Data data) {
        return svg(data, ChartOptions.defaults());
    }

    public static String svg(Data data, ChartOptions options) {
        List<Area> areas = ordered(data);
        double width = options.width();
        List<Draw.Key> keys = keys(data);
        double legendHeight = Draw.legendHeight(keys, width - 16);
        double titleHeight = options.showTitle() ? Draw.TITLE_HEIGHT : 8;
        double plotTop = titleHeight + legendHeight + 28;
        double height = areas.isEmpty() ? Math.max(120, plotTop + 60) : plotTop + areas.size() * ROW + 34;
        Svg svg = Svg.chart(width, height, data.title(), describe(data), options.id());
        Draw.title(svg, options, data.title());
        if (areas.isEmpty()) {
            Draw.noData(svg, 8, titleHeight + 6, width - 16, height - titleHeight - 14);
            return svg.finish();
        }
        Draw.legend(svg, keys, 8, titleHeight + 14, width - 16);
        double plotBottom = plotTop + areas.size() * ROW;
        double nameWidth = Math.min(220, width * 0.32);
        double left = nameWidth + 16;
        double right = width - 24;

        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Area a : areas) {
            for (Double v : new Double[] {a.value(), a.lower(), a.upper()}) {
                if (v != null && Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (data.england() != null) {
            lo = Math.min(lo, data.england());
            hi = Math.max(hi, data.england());
        }
        Ticks ticks = Ticks.nice(lo, hi, Math.max(2, (int) ((right - left) / 90)));
        Scale x = new Scale(ticks.min(), ticks.max(), left, right);

        svg.start("g", "class", "x-axis", "font-size", Draw.SMALL, "fill", Palette.DARK_GREY, "text-anchor", "middle");
        for (double tick : ticks.values()) {
            svg.line(x.at(tick), plotTop, x.at(tick), plotBottom, "stroke", Palette.PALE_GREY);
            svg.label(x.at(tick), plotBottom + 16, data.unit().tick(tick, ticks.decimals()));
        }
        if (!data.unit().axisTitle().isEmpty()) {
            svg.label((left + right) / 2, plotBottom + 30, data.unit().axisTitle());
        }
        svg.end();

        svg.start("g", "class", "areas", "font-size", Draw.SMALL);
        for (int i = 0; i < areas.size(); i++) {
            Area a = areas.get(i);
            double cy = plotTop + i * ROW + ROW / 2;
            boolean chosen = a.code().equals(data.chosen());
            svg.start("g", "class", chosen ? "area chosen" : "area");
            svg.title(a.name() + ": " + data.unit().format(a.value()) + interval(data, a) + "; "
                    + a.result().displayName());
            if (chosen) {
                svg.empty(
                        "rect",
                        "x",
                        4,
                        "y",
                        cy - ROW / 2,
                        "width",
                        width - 8,
                        "height",
                        ROW,
                        "fill",
                        Palette.PALE_BLUE);
            }
            svg.label(
                    nameWidth + 8,
                    cy + 4,
                    ChartText.fit(a.name(), nameWidth, Draw.SMALL),
                    "text-anchor",
                    "end",
                    "fill",
                    Palette.BLACK,
                    "font-weight",
                    chosen ? "bold" : null);
            if (a.value() == null) {
                svg.label(left + 4, cy + 4, "no value", "fill", Palette.DARK_GREY, "font-style", "italic");
                svg.end();
                continue;
            }
            double from = a.lower() == null ? x.at(a.value()) : x.clamped(a.lower());
            double to = a.upper() == null ? x.at(a.value()) : x.clamped(a.upper());
            if (to > from) {
                svg.line(from, cy, to, cy, "stroke", Palette.DARK_GREY, "stroke-width", 1.25);
                if (a.lower() != null && Double.isFinite(a.lower())) {
                    svg.line(from, cy - 3, from, cy + 3, "stroke", Palette.DARK_GREY);
                }
                if (a.upper() != null && Double.isFinite(a.upper())) {
                    svg.line(to, cy - 3, to, cy + 3, "stroke", Palette.DARK_GREY);
                }
            }
            Marker.of(a.result()).draw(svg, x.at(a.value()), cy, chosen ? 5 : 4, Palette.of(a.result()), null);
            svg.end();
        }
        svg.end();

        if (data.england() != null) {
            double ex = x.at(data.england());
            svg.line(
                    ex,
                    plotTop - 6,
                    ex,
                    plotBottom,
                    "stroke",
                    Palette.DARK_BLUE,
                    "stroke-width",
                    2,
                    "class",
                    "england");
            String text = "England " + data.unit().format(data.england());
            boolean leftward = ex + ChartText.width(text, Draw.SMALL) + 4 > width - 4;
            svg.label(
                    leftward ? ex - 4 : ex + 4,
                    plotTop - 8,
                    text,
                    "font-size",
                    Draw.SMALL,
                    "fill",
                    Palette.DARK_BLUE,
                    "text-anchor",
                    leftward ? "end" : "start",
                    "font-weight",
                    "bold");
        }
        return svg.finish();
    }

    private static String interval(Data data, Area a) {
        if (a.value() == null || (a.lower() == null && a.upper() == null)) {
            return "";
        }
        return " (" + data.confidence() + " confidence interval " + data.unit().format(a.lower()) + " to "
                + data.unit().format(a.upper()) + ")";
    }

    private static List<Draw.Key> keys(Data data) {
        Set<BenchmarkResult> results = EnumSet.noneOf(BenchmarkResult.class);
        data.areas().forEach(a -> results.add(a.result()));
        List<Draw.Key> keys = new ArrayList<>();
        for (BenchmarkResult r : results) {
            keys.add(Draw.Key.marker(r.displayName(), Palette.of(r), Marker.of(r)));
        }
        if (data.england() != null) {
            keys.add(Draw.Key.line("England", Palette.DARK_BLUE, null));
        }
        keys.add(Draw.Key.line(data.confidence() + " confidence interval", Palette.DARK_GREY, null));
        return keys;
    }

    /** E.g. "42 areas from 61.0% to 88.2%; England 75.0%. Anytown ICB: 80.1%, better, 9th of 42. ..." */
    public static String describe(Data data) {
        List<Area> areas = ordered(data);
        Unit unit = data.unit();
        List<Area> valued = areas.stream().filter(a -> a.value() != null).toList();
        if (valued.isEmpty()) {
            return areas.isEmpty() ? "No data to chart." : "No area has a value.";
        }
        StringBuilder d = new StringBuilder();
        d.append(ChartText.count(areas.size(), "area", "areas"))
                .append(", values from ")
                .append(unit.format(valued.get(valued.size() - 1).value()))
                .append(" to ")
                .append(unit.format(valued.get(0).value()));
        if (data.england() != null) {
            d.append("; England ").append(unit.format(data.england()));
        }
        d.append(". ");
        for (int i = 0; i < areas.size(); i++) {
            Area a = areas.get(i);
            if (a.code().equals(data.chosen())) {
                d.append(a.name()).append(": ").append(unit.format(a.value()));
                if (a.value() != null) {
                    d.append(", ").append(ordinal(i + 1)).append(" highest of ").append(valued.size());
                }
                d.append(
                        a.result() == BenchmarkResult.NOT_COMPARED
                                ? "; not compared with the benchmark. "
                                : "; " + a.result().displayName().toLowerCase(java.util.Locale.ROOT)
                                        + " compared with the benchmark. ");
            }
        }
        List<String> counts = new ArrayList<>();
        for (BenchmarkResult r : BenchmarkResult.values()) {
            long n = areas.stream().filter(a -> a.result() == r).count();
            if (n > 0) {
                counts.add(n + " " + r.displayName().toLowerCase(java.util.Locale.ROOT));
            }
        }
        d.append("Compared with the benchmark: ").append(ChartText.join(counts)).append('.');
        return d.toString();
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13
                ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    /** The areas in chart order: name, value, limits, comparison; the chosen area's row is marked. */
    public static DataTable table(Data data) {
        Unit unit = data.unit();
        List<DataTable.Row> rows = new ArrayList<>();
        for (Area a : ordered(data)) {
            rows.add(new DataTable.Row(
                    a.name(),
                    List.of(
                            unit.plain(a.value()),
                            unit.plain(a.lower()),
                            unit.plain(a.upper()),
                            a.result().displayName()),
                    a.code().equals(data.chosen())));
        }
        if (data.england() != null) {
            rows.add(new DataTable.Row("England", List.of(unit.plain(data.england()), "", "", "Benchmark")));
        }
        return new DataTable(
                data.title(),
                List.of(
                        "Area",
                        unit.header("Value"),
                        unit.header("Lower " + data.confidence() + " limit"),
                        unit.header("Upper " + data.confidence() + " limit"),
                        "Compared with benchmark"),
                rows);
    }
}
