package org.joinedup.server.chart;

import java.util.ArrayList;
import java.util.List;

/** Drawing shared by the charts: titles, value axes, period labels, lines with gaps, legends. */
final class Draw {
    private Draw() {}

    static final double TITLE_HEIGHT = 28;
    static final double FONT = 12;
    static final double SMALL = 11;

    /** The title across the top, cut to fit; returns the height used. */
    static double title(Svg svg, ChartOptions options, String title) {
        if (!options.showTitle()) {
            return 8;
        }
        svg.label(
                8,
                19,
                ChartText.fit(title, options.width() - 16, 15),
                "font-size",
                15,
                "font-weight",
                "bold",
                "fill",
                Palette.BLACK);
        return TITLE_HEIGHT;
    }

    /** "No data" in the middle of the drawing area. */
    static void noData(Svg svg, double x, double y, double width, double height) {
        svg.empty("rect", "x", x, "y", y, "width", width, "height", height, "fill", Palette.PALE_GREY);
        svg.label(
                x + width / 2,
                y + height / 2 + 5,
                "No data",
                "text-anchor",
                "middle",
                "font-size",
                14,
                "fill",
                Palette.DARK_GREY);
    }

    /** Horizontal grid lines and tick labels of a vertical value axis, with the unit title above. */
    static void valueAxis(Svg svg, Ticks ticks, Scale y, Unit unit, double left, double right) {
        svg.start("g", "class", "y-axis", "font-size", SMALL, "fill", Palette.DARK_GREY);
        for (double tick : ticks.values()) {
            double at = y.at(tick);
            svg.line(left, at, right, at, "stroke", Palette.PALE_GREY, "stroke-width", 1);
            svg.label(left - 6, at + 4, unit.tick(tick, ticks.decimals()), "text-anchor", "end");
        }
        if (!unit.axisTitle().isEmpty()) {
            svg.label(left - 6, y.rangeMax() - 8, unit.axisTitle(), "text-anchor", "start");
        }
        svg.end();
    }

    /** Width the tick labels of a value axis need. */
    static double valueAxisWidth(Ticks ticks, Unit unit) {
        double widest = 0;
        for (double tick : ticks.values()) {
            widest = Math.max(widest, ChartText.width(unit.tick(tick, ticks.decimals()), SMALL));
        }
        return Math.max(36, widest + 12);
    }

    /** Ticks and labels along a vertical value axis, at about one per 50 units of height. */
    static Ticks ticksFor(double low, double high, double height) {
        return Ticks.nice(low, high, Math.max(2, Math.min(8, (int) Math.round(height / 50))));
    }

    /**
     * Which labels to show along an axis so they do not overlap: every k-th counted back from the last, so
     * the latest period is always labelled.
     */
    static List<Integer> thin(List<String> labels, double spacing, double fontSize) {
        double widest = 0;
        for (String label : labels) {
            widest = Math.max(widest, ChartText.width(label, fontSize));
        }
        int every = spacing <= 0 ? 1 : Math.max(1, (int) Math.ceil((widest + 8) / spacing));
        List<Integer> shown = new ArrayList<>();
        for (int i = labels.size() - 1; i >= 0; i -= every) {
            shown.add(0, i);
        }
        return shown;
    }

    /** Period labels under a plot. */
    static void periodAxis(Svg svg, List<String> labels, Scale x, double y, double spacing) {
        svg.start("g", "class", "x-axis", "font-size", SMALL, "fill", Palette.DARK_GREY, "text-anchor", "middle");
        double edge = Math.max(x.rangeMin(), x.rangeMax()) + spacing / 2 + 8;
        for (int i : thin(labels, spacing, SMALL)) {
            svg.line(x.at(i), y, x.at(i), y + 4, "stroke", Palette.LIGHT_GREY);
            double centre = Math.min(x.at(i), edge - ChartText.width(labels.get(i), SMALL) / 2);
            svg.label(centre, y + 16, labels.get(i));
        }
        svg.end();
    }

    /** A path through the points, starting a new piece after every NaN (a gap). Null if nothing to draw. */
    static String path(double[] xs, double[] ys) {
        StringBuilder d = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < xs.length; i++) {
            if (Double.isNaN(ys[i]) || Double.isNaN(xs[i])) {
                pen = false;
                continue;
            }
            d.append(pen ? "L" : "M").append(Svg.num(xs[i])).append(' ').append(Svg.num(ys[i]));
            pen = true;
        }
        return d.isEmpty() ? null : d.toString();
    }

    /** A path with horizontal steps: each value held from half way before its point to half way after. */
    static String steps(double[] xs, double[] ys, double halfStep) {
        StringBuilder d = new StringBuilder();
        boolean pen = false;
        double last = Double.NaN;
        for (int i = 0; i < xs.length; i++) {
            if (Double.isNaN(ys[i])) {
                pen = false;
                continue;
            }
            double from = xs[i] - halfStep;
            double to = xs[i] + halfStep;
            if (!pen) {
                d.append('M').append(Svg.num(from)).append(' ').append(Svg.num(ys[i]));
            } else if (ys[i] != last) {
                d.append('L').append(Svg.num(from)).append(' ').append(Svg.num(ys[i]));
            }
            d.append('L').append(Svg.num(to)).append(' ').append(Svg.num(ys[i]));
            last = ys[i];
            pen = true;
        }
        return d.isEmpty() ? null : d.toString();
    }

    /** One entry of a legend: a line (with a dash pattern, or null for solid) or a marker. */
    record Key(String label, String colour, String dash, Marker marker) {
        static Key line(String label, String colour, String dash) {
            return new Key(label, colour, dash, null);
        }

        static Key marker(String label, String colour, Marker marker) {
            return new Key(label, colour, null, marker);
        }
    }

    /** A legend in rows from (x, y), wrapping at the width; returns the height used. */
    static double legend(Svg svg, List<Key> keys, double x, double y, double width) {
        if (keys.isEmpty()) {
            return 0;
        }
        svg.start("g", "class", "legend", "font-size", SMALL, "fill", Palette.BLACK);
        double cx = x;
        double cy = y;
        for (Key key : keys) {
            double w = 26 + ChartText.width(key.label(), SMALL) + 14;
            if (cx + w > x + width && cx > x) {
                cx = x;
                cy += 18;
            }
            if (key.marker() != null) {
                key.marker().draw(svg, cx + 9, cy - 4, 4.5, key.colour(), null);
            } else {
                svg.line(
                        cx,
                        cy - 4,
                        cx + 20,
                        cy - 4,
                        "stroke",
                        key.colour(),
                        "stroke-width",
                        2,
                        "stroke-dasharray",
                        key.dash());
            }
            svg.label(cx + 26, cy, key.label());
            cx += w;
        }
        svg.end();
        return cy - y + 18;
    }

    /** How tall a legend will be, to lay out the plot above it. */
    static double legendHeight(List<Key> keys, double width) {
        if (keys.isEmpty()) {
            return 0;
        }
        double cx = 0;
        int rows = 1;
        for (Key key : keys) {
            double w = 26 + ChartText.width(key.label(), SMALL) + 14;
            if (cx + w > width && cx > 0) {
                cx = 0;
                rows++;
            }
            cx += w;
        }
        return rows * 18;
    }
}
