package org.joinedup.server.chart;

import org.joinedup.core.benchmark.BenchmarkResult;
import org.joinedup.core.spc.PointType;

/** Marker shapes, so that a point's meaning is carried by its shape as well as its colour. */
enum Marker {
    CIRCLE,
    SQUARE,
    DIAMOND,
    TRIANGLE_UP,
    TRIANGLE_DOWN,
    HOLLOW_CIRCLE;

    /** SPC points: common cause small circle, improvement circle, concern diamond, neutral triangles. */
    static Marker of(PointType type) {
        return switch (type) {
            case COMMON_CAUSE, SPECIAL_CAUSE_IMPROVEMENT -> CIRCLE;
            case SPECIAL_CAUSE_CONCERN -> DIAMOND;
            case SPECIAL_CAUSE_NEUTRAL_HIGH -> TRIANGLE_UP;
            case SPECIAL_CAUSE_NEUTRAL_LOW -> TRIANGLE_DOWN;
        };
    }

    /** Benchmark results: better circle, similar square, worse diamond, higher and lower triangles. */
    static Marker of(BenchmarkResult result) {
        return switch (result) {
            case BETTER, BEST -> CIRCLE;
            case SIMILAR -> SQUARE;
            case WORSE, WORST -> DIAMOND;
            case HIGHER -> TRIANGLE_UP;
            case LOWER -> TRIANGLE_DOWN;
            case NOT_COMPARED -> HOLLOW_CIRCLE;
        };
    }

    /** Draws the marker centred on a point with a "radius" of r, and an optional tooltip. */
    void draw(Svg svg, double x, double y, double r, String fill, String tooltip) {
        String stroke = this == HOLLOW_CIRCLE ? Palette.DARK_GREY : Palette.WHITE;
        Object[] paint = {"fill", fill, "stroke", stroke, "stroke-width", this == HOLLOW_CIRCLE ? 1.5 : 1};
        String name;
        Object[] shape;
        switch (this) {
            case CIRCLE, HOLLOW_CIRCLE -> {
                name = "circle";
                shape = new Object[] {"cx", x, "cy", y, "r", r};
            }
            case SQUARE -> {
                double s = r * 0.9;
                name = "rect";
                shape = new Object[] {"x", x - s, "y", y - s, "width", 2 * s, "height", 2 * s};
            }
            case DIAMOND -> {
                double s = r * 1.25;
                name = "path";
                shape = new Object[] {"d", path(x, y - s, x + s, y, x, y + s, x - s, y)};
            }
            case TRIANGLE_UP -> {
                double s = r * 1.25;
                name = "path";
                shape = new Object[] {"d", path(x, y - s, x + s, y + s * 0.8, x - s, y + s * 0.8)};
            }
            default -> {
                double s = r * 1.25;
                name = "path";
                shape = new Object[] {"d", path(x, y + s, x + s, y - s * 0.8, x - s, y - s * 0.8)};
            }
        }
        Object[] attributes = Svg.concat(shape, paint);
        if (tooltip == null) {
            svg.empty(name, attributes);
        } else {
            svg.start(name, attributes).title(tooltip).end();
        }
    }

    /** A closed path through the points. */
    static String path(double... xy) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            d.append(i == 0 ? "M" : "L").append(Svg.num(xy[i])).append(' ').append(Svg.num(xy[i + 1]));
        }
        return d.append('Z').toString();
    }
}
