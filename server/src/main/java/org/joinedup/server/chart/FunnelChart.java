package org.joinedup.server.chart;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.joinedup.core.benchmark.BenchmarkResult;
import org.joinedup.core.catalogue.Polarity;

/**
 * A funnel plot: each area's value against its denominator (population or cases), with the 95% and 99.8%
 * control limits around the centre line narrowing as the denominator grows, and an optional target line.
 * The limits use the normal approximation (Spiegelhalter 2005): for a proportion {@code p0 ± z sqrt(p0 (1 -
 * p0) / n)}, for a rate {@code r0 ± z sqrt(r0 / n)}, scaled by the multiplier and kept to valid values.
 * Areas are classed by the limits they fall outside.
 */
public final class FunnelChart {
    private FunnelChart() {}

    static final double Z95 = 1.959963984540054;
    static final double Z998 = 3.090232306167813;

    /** What the values are, which sets the shape of the limits. */
    public enum Kind {
        /** A proportion of the denominator, shown times the multiplier (100 for a percentage). */
        PROPORTION,
        /** Events per person of the denominator, shown times the multiplier (e.g. 100,000). */
        RATE
    }

    /**
     * What the funnel draws.
     *
     * @param title e.g. the metric and period
     * @param unit how values are written
     * @param areas the areas
     * @param centre the value the limits are drawn around: England or the average of the areas
     * @param target a target line, or null
     * @param kind proportion or rate
     * @param multiplier what values are shown per: 100 for a percentage, 100000 for a rate per 100,000
     * @param polarity which way is better, for the classes of the areas
     * @param chosen code of the area to highlight, or null
     * @param denominatorLabel what the denominator is, e.g. {@code Population} or {@code Discharges}
     */
    public record Data(
            String title,
            Unit unit,
            List<Area> areas,
            double centre,
            Double target,
            Kind kind,
            double multiplier,
            Polarity polarity,
            String chosen,
            String denominatorLabel) {
        public Data {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(polarity, "polarity");
            Objects.requireNonNull(denominatorLabel, "denominatorLabel");
            areas = List.copyOf(areas);
            if (!Double.isFinite(centre) || !(multiplier > 0)) {
                throw new IllegalArgumentException("the centre must be finite and the multiplier positive");
            }
            if (kind == Kind.PROPORTION && (centre < 0 || centre > multiplier)) {
                throw new IllegalArgumentException("a proportion's centre must be between 0 and the multiplier");
            }
        }
    }

    /**
     * One area.
     *
     * @param code the area's code
     * @param name the area's name
     * @param denominator its population or cases, more than 0
     * @param value its value (times the multiplier)
     */
    public record Area(String code, String name, double denominator, double value) {
        public Area {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            if (!(denominator > 0) || !Double.isFinite(denominator) || !Double.isFinite(value)) {
                throw new IllegalArgumentException(name + ": denominator must be positive and value finite");
            }
        }
    }

    /** The lower (sign -1) or upper (+1) limit at a denominator for a z. */
    static double limit(Data data, double n, double z, int sign) {
        double c = data.centre() / data.multiplier();
        double se = data.kind() == Kind.PROPORTION ? Math.sqrt(c * (1 - c) / n) : Math.sqrt(Math.max(c, 0) / n);
        double v = (c + sign * z * se) * data.multiplier();
        v = Math.max(0, v);
        return data.kind() == Kind.PROPORTION ? Math.min(data.multiplier(), v) : v;
    }

    /** How an area sits against the limits, read for the polarity. */
    public static BenchmarkResult classify(Data data, Area area) {
        double n = area.denominator();
        int side;
        boolean extreme;
        if (area.value() > limit(data, n, Z95, 1)) {
            side = 1;
            extreme = area.value() > limit(data, n, Z998, 1);
        } else if (area.value() < limit(data, n, Z95, -1)) {
            side = -1;
            extreme = area.value() < limit(data, n, Z998, -1);
        } else {
            return BenchmarkResult.SIMILAR;
        }
        return switch (data.polarity()) {
            case NO_JUDGEMENT -> side > 0 ? BenchmarkResult.HIGHER : BenchmarkResult.LOWER;
            case HIGHER_IS_BETTER ->
                side > 0
                        ? (extreme ? BenchmarkResult.BEST : BenchmarkResult.BETTER)
                        : (extreme ? BenchmarkResult.WORST : BenchmarkResult.WORSE);
            case LOWER_IS_BETTER ->
                side < 0
                        ? (extreme ? BenchmarkResult.BEST : BenchmarkResult.BETTER)
                        : (extreme ? BenchmarkResult.WORST : BenchmarkResult.WORSE);
        };
    }

    public static String svg(Data data) {
        return svg(data, ChartOptions.defaults());
    }

    public static String svg(Data data, ChartOptions options) {
        Svg svg = Svg.chart(options.width(), options.height(), data.title(), describe(data), options.id());
        double top = Draw.title(svg, options, data.title()) + 10;
        double width = options.width();
        if (data.areas().isEmpty()) {
            Draw.noData(svg, 8, top, width - 16, options.height() - top - 8);
            return svg.finish();
        }
        List<Draw.Key> keys = keys(data);
        double legendHeight = Draw.legendHeight(keys, width - 16);
        double plotBottom = options.height() - legendHeight - 48;
        double plotTop = top + 8;

        double maxN = data.areas().stream().mapToDouble(Area::denominator).max().orElseThrow();
        Ticks xTicks = Ticks.nice(0, maxN, Math.max(2, (int) (width / 110)));
        double lo = Math.min(data.centre(), limit(data, maxN, Z998, -1));
        double hi = Math.max(data.centre(), limit(data, maxN, Z998, 1));
        for (Area a : data.areas()) {
            lo = Math.min(lo, a.value());
            hi = Math.max(hi, a.value());
        }
        if (data.target() != null) {
            lo = Math.min(lo, data.target());
            hi = Math.max(hi, data.target());
        }
        double pad = (hi - lo) * 0.1;
        Ticks yTicks = Draw.ticksFor(lo >= 0 ? Math.max(0, lo - pad) : lo - pad, hi + pad, plotBottom - plotTop);
        double left = 8 + Draw.valueAxisWidth(yTicks, data.unit());
        double right = width - 36;
        Scale x = new Scale(xTicks.min(), xTicks.max(), left, right);
        Scale y = new Scale(yTicks.min(), yTicks.max(), plotBottom, plotTop);

        Draw.valueAxis(svg, yTicks, y, data.unit(), left, right);
        svg.start("g", "class", "x-axis", "font-size", Draw.SMALL, "fill", Palette.DARK_GREY, "text-anchor", "middle");
        svg.line(left, plotBottom, right, plotBottom, "stroke", Palette.LIGHT_GREY);
        for (double tick : xTicks.values()) {
            svg.line(x.at(tick), plotBottom, x.at(tick), plotBottom + 4, "stroke", Palette.LIGHT_GREY);
            svg.label(x.at(tick), plotBottom + 16, Unit.number(0).tick(tick, xTicks.decimals()));
        }
        svg.label((left + right) / 2, plotBottom + 32, data.denominatorLabel(), "fill", Palette.BLACK);
        svg.end();

        svg.start("g", "class", "limits", "fill", "none");
        svg.line(
                left,
                y.at(data.centre()),
                right,
                y.at(data.centre()),
                "stroke",
                Palette.DARK_BLUE,
                "stroke-width",
                1.5);
        int steps = 80;
        double first = Math.max(xTicks.max() / 400, 1e-9);
        for (double[] curve : new double[][] {{Z95, 1}, {Z95, -1}, {Z998, 1}, {Z998, -1}}) {
            double[] xs = new double[steps + 1];
            double[] ys = new double[steps + 1];
            for (int i = 0; i <= steps; i++) {
                double t = (double) i / steps;
                double n = first + (xTicks.max() - first) * t * t;
                xs[i] = x.at(n);
                ys[i] = Math.max(plotTop, Math.min(plotBottom, y.at(limit(data, n, curve[0], (int) curve[1]))));
            }
            boolean inner = curve[0] == Z95;
            svg.empty(
                    "path",
                    "d",
                    Draw.path(xs, ys),
                    "stroke",
                    inner ? Palette.MID_GREY : Palette.DARK_GREY,
                    "stroke-width",
                    1.25,
                    "stroke-dasharray",
                    inner ? "4 3" : "9 3");
        }
        svg.end();
        if (data.target() != null) {
            svg.line(
                    left,
                    y.at(data.target()),
                    right,
                    y.at(data.target()),
                    "stroke",
                    Palette.TARGET,
                    "stroke-width",
                    1.5,
                    "stroke-dasharray",
                    "8 3 2 3",
                    "class",
                    "target");
        }

        svg.start("g", "class", "areas");
        Area chosen = null;
        for (Area a : data.areas()) {
            if (a.code().equals(data.chosen())) {
                chosen = a;
                continue;
            }
            point(svg, data, a, x, y, false);
        }
        if (chosen != null) {
            point(svg, data, chosen, x, y, true);
        }
        svg.end();
        Draw.legend(svg, keys, 8, options.height() - legendHeight + 6, width - 16);
        return svg.finish();
    }

    private static void point(Svg svg, Data data, Area a, Scale x, Scale y, boolean chosen) {
        BenchmarkResult r = classify(data, a);
        double cx = x.at(a.denominator());
        double cy = y.at(a.value());
        svg.start("g", "class", chosen ? "area chosen" : "area");
        svg.title(a.name() + ": " + data.unit().format(a.value()) + ", "
                + data.denominatorLabel().toLowerCase(java.util.Locale.ROOT) + " "
                + Unit.count().format(a.denominator()) + "; " + r.displayName());
        if (chosen) {
            svg.empty("circle", "cx", cx, "cy", cy, "r", 9, "fill", "none", "stroke", Palette.BLACK, "stroke-width", 2);
        }
        Marker.of(r).draw(svg, cx, cy, chosen ? 5 : 4, Palette.of(r), null);
        if (chosen) {
            svg.label(
                    cx + 12,
                    cy - 8,
                    ChartText.fit(a.name(), 200, Draw.SMALL),
                    "font-size",
                    Draw.SMALL,
                    "font-weight",
                    "bold",
                    "fill",
                    Palette.BLACK,
                    "text-anchor",
                    cx > x.rangeMax() - 200 ? "end" : "start",
                    "dx",
                    cx > x.rangeMax() - 200 ? -24 : 0);
        }
        svg.end();
    }

    private static List<Draw.Key> keys(Data data) {
        List<Draw.Key> keys = new ArrayList<>();
        Set<BenchmarkResult> results = EnumSet.noneOf(BenchmarkResult.class);
        data.areas().forEach(a -> results.add(classify(data, a)));
        for (BenchmarkResult r : results) {
            keys.add(Draw.Key.marker(r.displayName(), Palette.of(r), Marker.of(r)));
        }
        keys.add(Draw.Key.line("Centre " + data.unit().format(data.centre()), Palette.DARK_BLUE, null));
        keys.add(Draw.Key.line("95% limits", Palette.MID_GREY, "4 3"));
        keys.add(Draw.Key.line("99.8% limits", Palette.DARK_GREY, "9 3"));
        if (data.target() != null) {
            keys.add(Draw.Key.line("Target", Palette.TARGET, "8 3 2 3"));
        }
        return keys;
    }

    /** E.g. "42 areas around 75.0%: 3 better, 35 similar, 4 worse. Anytown: 80.1%, better." */
    public static String describe(Data data) {
        if (data.areas().isEmpty()) {
            return "No data to chart.";
        }
        StringBuilder d = new StringBuilder();
        d.append(ChartText.count(data.areas().size(), "area", "areas"))
                .append(" plotted by ")
                .append(data.denominatorLabel().toLowerCase(java.util.Locale.ROOT))
                .append(" around a centre of ")
                .append(data.unit().format(data.centre()))
                .append(" with 95% and 99.8% limits");
        if (data.target() != null) {
            d.append("; target ").append(data.unit().format(data.target()));
        }
        d.append(". ");
        List<String> counts = new ArrayList<>();
        for (BenchmarkResult r : BenchmarkResult.values()) {
            long n = data.areas().stream().filter(a -> classify(data, a) == r).count();
            if (n > 0) {
                counts.add(n + " " + r.displayName().toLowerCase(java.util.Locale.ROOT));
            }
        }
        d.append(ChartText.join(counts)).append('.');
        for (Area a : data.areas()) {
            if (a.code().equals(data.chosen())) {
                d.append(' ')
                        .append(a.name())
                        .append(": ")
                        .append(data.unit().format(a.value()))
                        .append(", ")
                        .append(classify(data, a).displayName().toLowerCase(java.util.Locale.ROOT))
                        .append('.');
            }
        }
        return d.toString();
    }

    /** The areas: denominator, value, the limits at their denominator and their class. */
    public static DataTable table(Data data) {
        Unit unit = data.unit();
        List<DataTable.Row> rows = new ArrayList<>();
        for (Area a : data.areas()) {
            double n = a.denominator();
            rows.add(new DataTable.Row(
                    a.name(),
                    List.of(
                            Unit.count().plain(n),
                            unit.plain(a.value()),
                            unit.plain(limit(data, n, Z95, -1)),
                            unit.plain(limit(data, n, Z95, 1)),
                            unit.plain(limit(data, n, Z998, -1)),
                            unit.plain(limit(data, n, Z998, 1)),
                            classify(data, a).displayName()),
                    a.code().equals(data.chosen())));
        }
        return new DataTable(
                data.title(),
                List.of(
                        "Area",
                        data.denominatorLabel(),
                        unit.header("Value"),
                        unit.header("Lower 95% limit"),
                        unit.header("Upper 95% limit"),
                        unit.header("Lower 99.8% limit"),
                        unit.header("Upper 99.8% limit"),
                        "Compared with limits"),
                rows);
    }
}
