package org.joinedup.server.chart;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.joinedup.core.spc.PointType;
import org.joinedup.core.spc.Variation;
import org.joinedup.server.chart.SpcChartData.Point;

/**
 * The SPC chart of Making Data Count: the values joined by a grey line, each point marked by its type
 * (colour and shape), the mean (solid), the process limits (dashed) recalculated in each period after a
 * rebase (dotted separator), optional 2-sigma lines, the target (red dashed) and numbered annotations.
 */
public final class SpcChart {
    private SpcChart() {}

    private static final String LIMIT_DASH = "6 4";
    private static final String NEAR_DASH = "2 3";
    private static final String TARGET_DASH = "8 3 2 3";

    public static String svg(SpcChartData data) {
        return svg(data, ChartOptions.defaults());
    }

    public static String svg(SpcChartData data, ChartOptions options) {
        List<Point> points = data.points();
        Svg svg = Svg.chart(options.width(), options.height(), data.title(), describe(data), options.id());
        double top = Draw.title(svg, options, data.title()) + 6;
        double width = options.width();
        if (points.isEmpty()) {
            Draw.noData(svg, 8, top, width - 16, options.height() - top - 8);
            return svg.finish();
        }
        List<Draw.Key> keys = keys(data, options);
        double legendHeight = Draw.legendHeight(keys, width - 16);
        List<Integer> annotated = annotated(points);
        double annotationBand = annotated.isEmpty() ? 0 : annotated.size() == 1 ? 18 : 34;
        double plotTop = top + annotationBand + 14;
        double plotBottom = options.height() - legendHeight - 34;

        double[] range = range(data, options.showNearLimits());
        Ticks ticks = Draw.ticksFor(range[0], range[1], plotBottom - plotTop);
        double left = 8 + Draw.valueAxisWidth(ticks, data.unit());
        double right = width - 12;
        Scale y = new Scale(ticks.min(), ticks.max(), plotBottom, plotTop);
        double spacing = (right - left) / points.size();
        Scale x = new Scale(0, Math.max(1, points.size() - 1), left + spacing / 2, right - spacing / 2);
        if (points.size() == 1) {
            x = new Scale(-1, 1, left, right);
        }

        Draw.valueAxis(svg, ticks, y, data.unit(), left, right);
        svg.line(left, plotBottom, right, plotBottom, "stroke", Palette.LIGHT_GREY);
        Draw.periodAxis(svg, points.stream().map(Point::label).toList(), x, plotBottom, spacing);

        double[] xs = new double[points.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = x.at(i);
        }
        double half = spacing / 2;

        for (int i : data.rebaseIndexes()) {
            double at = (xs[i - 1] + xs[i]) / 2;
            svg.start(
                    "line",
                    "x1",
                    at,
                    "y1",
                    plotTop - 6,
                    "x2",
                    at,
                    "y2",
                    plotBottom,
                    "stroke",
                    Palette.DARK_GREY,
                    "stroke-width",
                    1,
                    "stroke-dasharray",
                    "1 3",
                    "class",
                    "rebase");
            svg.title("Limits recalculated from " + points.get(i).label()).end();
        }

        svg.start("g", "class", "limits", "fill", "none");
        for (List<Integer> group : groups(points)) {
            double[] gx = group.stream().mapToDouble(i -> xs[i]).toArray();
            if (options.showNearLimits()) {
                line(svg, gx, ys(points, group, Point::nearLpl, y), half, Palette.LIGHT_GREY, NEAR_DASH, 1);
                line(svg, gx, ys(points, group, Point::nearUpl, y), half, Palette.LIGHT_GREY, NEAR_DASH, 1);
            }
            line(svg, gx, ys(points, group, Point::lpl, y), half, Palette.DARK_GREY, LIMIT_DASH, 1.25);
            line(svg, gx, ys(points, group, Point::upl, y), half, Palette.DARK_GREY, LIMIT_DASH, 1.25);
            line(svg, gx, ys(points, group, Point::mean, y), half, Palette.BLACK, null, 1.5);
        }
        svg.end();

        double[] targets = new double[points.size()];
        boolean anyTarget = false;
        for (int i = 0; i < targets.length; i++) {
            Double t = points.get(i).target();
            targets[i] = t == null ? Double.NaN : y.at(t);
            anyTarget |= t != null;
        }
        if (anyTarget) {
            svg.empty(
                    "path",
                    "d",
                    Draw.steps(xs, targets, half),
                    "fill",
                    "none",
                    "stroke",
                    Palette.TARGET,
                    "stroke-width",
                    1.5,
                    "stroke-dasharray",
                    TARGET_DASH,
                    "class",
                    "target");
        }

        double[] values = points.stream().mapToDouble(p -> y.at(p.value())).toArray();
        svg.empty(
                "path",
                "d",
                Draw.path(xs, values),
                "fill",
                "none",
                "stroke",
                Palette.MID_GREY,
                "stroke-width",
                1.5,
                "class",
                "values");
        svg.start("g", "class", "points");
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double r = p.type() == PointType.COMMON_CAUSE ? 3.5 : 4.5;
            Marker.of(p.type())
                    .draw(
                            svg,
                            xs[i],
                            values[i],
                            r,
                            Palette.of(p.type()),
                            p.label() + ": " + data.unit().format(p.value()) + " (" + pointText(p.type()) + ")");
        }
        svg.end();

        if (!annotated.isEmpty()) {
            svg.start("g", "class", "annotations", "font-size", Draw.SMALL, "fill", Palette.BLACK);
            for (int k = 0; k < annotated.size(); k++) {
                int i = annotated.get(k);
                double flagY = top + 8 + (k % 2) * 16;
                String number = Integer.toString(k + 1);
                svg.start("g");
                svg.title(points.get(i).label() + ": " + points.get(i).annotation());
                svg.line(
                        xs[i],
                        flagY + 6,
                        xs[i],
                        plotBottom,
                        "stroke",
                        Palette.DARK_BLUE,
                        "stroke-width",
                        1,
                        "stroke-dasharray",
                        "3 2");
                svg.empty("circle", "cx", xs[i], "cy", flagY, "r", 6.5, "fill", Palette.DARK_BLUE);
                svg.label(
                        xs[i],
                        flagY + 3.5,
                        number,
                        "text-anchor",
                        "middle",
                        "fill",
                        Palette.WHITE,
                        "font-size",
                        9,
                        "font-weight",
                        "bold");
                double room = right - xs[i] - 12;
                boolean leftward = room < 80;
                String text =
                        ChartText.fit(points.get(i).annotation(), leftward ? xs[i] - left - 12 : room, Draw.SMALL);
                svg.label(
                        leftward ? xs[i] - 10 : xs[i] + 10, flagY + 4, text, "text-anchor", leftward ? "end" : "start");
                svg.end();
            }
            svg.end();
        }
        Draw.legend(svg, keys, 8, options.height() - legendHeight + 6, width - 16);
        return svg.finish();
    }

    private static void line(Svg svg, double[] xs, double[] ys, double half, String colour, String dash, double w) {
        String d = Draw.steps(xs, ys, half);
        if (d != null) {
            svg.empty("path", "d", d, "stroke", colour, "stroke-width", w, "stroke-dasharray", dash);
        }
    }

    private static double[] ys(List<Point> points, List<Integer> group, ToDoubleFunction<Point> f, Scale y) {
        return group.stream()
                .mapToDouble(i -> {
                    double v = f.applyAsDouble(points.get(i));
                    return Double.isFinite(v) ? y.at(v) : Double.NaN;
                })
                .toArray();
    }

    private static List<List<Integer>> groups(List<Point> points) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (i == 0 || points.get(i).group() != points.get(i - 1).group()) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(i);
        }
        return groups;
    }

    private static List<Integer> annotated(List<Point> points) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).annotation() != null) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    private static double[] range(SpcChartData data, boolean nearLimits) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Point p : data.points()) {
            double[] all = nearLimits
                    ? new double[] {p.value(), p.mean(), p.lpl(), p.upl(), p.nearLpl(), p.nearUpl()}
                    : new double[] {p.value(), p.mean(), p.lpl(), p.upl()};
            for (double v : all) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            if (p.target() != null) {
                lo = Math.min(lo, p.target());
                hi = Math.max(hi, p.target());
            }
        }
        double pad = (hi - lo) * 0.03;
        return new double[] {lo >= 0 ? Math.max(0, lo - pad) : lo - pad, hi + pad};
    }

    private static List<Draw.Key> keys(SpcChartData data, ChartOptions options) {
        List<Draw.Key> keys = new ArrayList<>();
        keys.add(Draw.Key.line("Mean", Palette.BLACK, null));
        if (data.points().stream().anyMatch(p -> Double.isFinite(p.upl()) || Double.isFinite(p.lpl()))) {
            keys.add(Draw.Key.line("Process limits", Palette.DARK_GREY, LIMIT_DASH));
        }
        if (options.showNearLimits() && data.points().stream().anyMatch(p -> Double.isFinite(p.nearUpl()))) {
            keys.add(Draw.Key.line("2-sigma lines", Palette.LIGHT_GREY, NEAR_DASH));
        }
        if (data.points().stream().anyMatch(p -> p.target() != null)) {
            keys.add(Draw.Key.line("Target", Palette.TARGET, TARGET_DASH));
        }
        Set<PointType> types = EnumSet.noneOf(PointType.class);
        data.points().forEach(p -> types.add(p.type()));
        for (PointType type : types) {
            String text = pointText(type);
            keys.add(Draw.Key.marker(
                    Character.toUpperCase(text.charAt(0)) + text.substring(1), Palette.of(type), Marker.of(type)));
        }
        return keys;
    }

    /** The type of a point in words, e.g. "special cause improvement". */
    public static String pointText(PointType type) {
        return switch (type) {
            case COMMON_CAUSE -> "common cause";
            case SPECIAL_CAUSE_IMPROVEMENT -> "special cause improvement";
            case SPECIAL_CAUSE_CONCERN -> "special cause concern";
            case SPECIAL_CAUSE_NEUTRAL_HIGH -> "special cause, high";
            case SPECIAL_CAUSE_NEUTRAL_LOW -> "special cause, low";
        };
    }

    /**
     * The text alternative: the span, the latest value, the mean and limits, the target, the variation and
     * assurance, how long the latest signal has lasted, rebases and annotations.
     */
    public static String describe(SpcChartData data) {
        List<Point> points = data.points();
        Unit unit = data.unit();
        if (points.isEmpty()) {
            return "No data to chart.";
        }
        Point last = points.get(points.size() - 1);
        StringBuilder d = new StringBuilder();
        if (points.size() == 1) {
            d.append("One point, ")
                    .append(last.label())
                    .append(": ")
                    .append(unit.format(last.value()))
                    .append(". ");
        } else {
            d.append(points.size())
                    .append(" points from ")
                    .append(points.get(0).label())
                    .append(" to ")
                    .append(last.label())
                    .append("; latest ")
                    .append(unit.format(last.value()))
                    .append(". ");
        }
        d.append("Mean ").append(unit.format(last.mean()));
        if (Double.isFinite(last.lpl()) && Double.isFinite(last.upl())) {
            d.append(", process limits ")
                    .append(unit.format(last.lpl()))
                    .append(" to ")
                    .append(unit.format(last.upl()));
        } else {
            d.append(", no process limits");
        }
        d.append(". ");
        if (last.target() != null) {
            d.append("Target ").append(unit.format(last.target())).append(". ");
        }
        Variation variation = data.variation();
        if (variation != null) {
            d.append(Icons.variationTitle(variation)).append(". ");
        }
        if (last.type().isSpecialCause()) {
            int run = 0;
            for (int i = points.size() - 1; i >= 0 && points.get(i).type() == last.type(); i--) {
                run++;
            }
            String what = pointText(last.type());
            d.append(Character.toUpperCase(what.charAt(0)))
                    .append(what.substring(1))
                    .append(run == 1 ? " at the latest point" : " in the last " + run + " points")
                    .append(". ");
        }
        if (data.assurance() != null) {
            d.append(Icons.assuranceTitle(data.assurance())).append(". ");
        }
        List<String> rebases =
                data.rebaseIndexes().stream().map(i -> points.get(i).label()).toList();
        if (!rebases.isEmpty()) {
            d.append("Limits recalculated from ")
                    .append(ChartText.join(rebases))
                    .append(". ");
        }
        List<String> notes = annotated(points).stream()
                .map(i -> points.get(i).label() + ": " + points.get(i).annotation())
                .toList();
        if (!notes.isEmpty()) {
            d.append("Annotations: ").append(String.join("; ", notes)).append(". ");
        }
        return d.toString().strip();
    }

    /** The points as a table: period, value, mean, limits, target, type and annotation. */
    public static DataTable table(SpcChartData data) {
        Unit unit = data.unit();
        List<String> columns = List.of(
                "Period",
                unit.header("Value"),
                unit.header("Mean"),
                unit.header("Lower process limit"),
                unit.header("Upper process limit"),
                unit.header("Target"),
                "Variation",
                "Note");
        List<DataTable.Row> rows = new ArrayList<>();
        List<Integer> rebases = data.rebaseIndexes();
        for (int i = 0; i < data.points().size(); i++) {
            Point p = data.points().get(i);
            String note = p.annotation() == null ? "" : p.annotation();
            if (rebases.contains(i)) {
                note = note.isEmpty() ? "Limits recalculated" : "Limits recalculated; " + note;
            }
            rows.add(new DataTable.Row(
                    p.label(),
                    List.of(
                            unit.plain(p.value()),
                            unit.plain(p.mean()),
                            unit.plain(p.lpl()),
                            unit.plain(p.upl()),
                            unit.plain(p.target()),
                            pointText(p.type()),
                            note)));
        }
        return new DataTable(data.title(), columns, rows);
    }
}
