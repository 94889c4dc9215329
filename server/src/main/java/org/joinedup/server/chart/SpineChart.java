package org.joinedup.server.chart;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.joinedup.core.benchmark.BenchmarkResult;
import org.joinedup.core.catalogue.Polarity;

/**
 * A spine chart in the style of Fingertips, for comparing one area with England across many metrics: one SVG
 * with a row per metric, so the page, the board pack and an exported image show the same picture, and one
 * {@link #table(Data)} with every figure. Each row shows the metric, the area's value, England's value, and the
 * spine: England at the centre, a light bar from the worst (or lowest) to the best (or highest) area, a darker
 * bar from the 25th to the 75th percentile, and the area's marker coloured and shaped by its comparison.
 * Worse is always to the left; for metrics with no judgement, lower is to the left. Each row is scaled on its
 * own so that England is at the centre, as Fingertips does.
 */
public final class SpineChart {
    private SpineChart() {}

    static final double ROW = 26;

    /**
     * What the chart draws.
     *
     * @param title e.g. "Anytown ICB compared with England, 2023-24"
     * @param areaName the area's name, heading its column of values
     * @param rows one per metric
     */
    public record Data(String title, String areaName, List<Row> rows) {
        public Data {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(areaName, "areaName");
            rows = List.copyOf(rows);
        }
    }

    /**
     * One metric.
     *
     * @param metric the metric's name
     * @param unit how its values are written
     * @param value the area's value, or null
     * @param england England's value
     * @param lowest the lowest area's value
     * @param q25 the 25th percentile of the areas
     * @param q75 the 75th percentile of the areas
     * @param highest the highest area's value
     * @param result how the area compares with England
     * @param polarity which way is better, which sets the side of worst and best
     */
    public record Row(
            String metric,
            Unit unit,
            Double value,
            double england,
            double lowest,
            double q25,
            double q75,
            double highest,
            BenchmarkResult result,
            Polarity polarity) {
        public Row {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(polarity, "polarity");
            if (!(lowest <= q25 && q25 <= q75 && q75 <= highest)) {
                throw new IllegalArgumentException(metric + ": need lowest <= q25 <= q75 <= highest");
            }
            if (!Double.isFinite(england) || !Double.isFinite(lowest) || !Double.isFinite(highest)) {
                throw new IllegalArgumentException(metric + ": England and the range must be finite");
            }
            if (value != null && !Double.isFinite(value)) {
                throw new IllegalArgumentException(metric + ": value must be finite");
            }
        }

        /** The value of the worst area (or the lowest, where there is no judgement). */
        public double worst() {
            return polarity == Polarity.LOWER_IS_BETTER ? highest : lowest;
        }

        /** The value of the best area (or the highest). */
        public double best() {
            return polarity == Polarity.LOWER_IS_BETTER ? lowest : highest;
        }
    }

    public static String svg(Data data) {
        return svg(data, ChartOptions.defaults());
    }

    /** The whole chart; its height grows with the rows ({@link ChartOptions#height()} is ignored). */
    public static String svg(Data data, ChartOptions options) {
        double width = options.width();
        double titleHeight = options.showTitle() ? Draw.TITLE_HEIGHT : 8;
        List<Draw.Key> keys = keys(data);
        double legendHeight = Draw.legendHeight(keys, width - 16);
        double headerTop = titleHeight + 6;
        double rowsTop = headerTop + 22;
        double height = data.rows().isEmpty()
                ? Math.max(120, rowsTop + 60)
                : rowsTop + data.rows().size() * ROW + legendHeight + 16;
        Svg svg = Svg.chart(width, height, data.title(), describe(data), options.id());
        Draw.title(svg, options, data.title());
        if (data.rows().isEmpty()) {
            Draw.noData(svg, 8, titleHeight + 6, width - 16, height - titleHeight - 14);
            return svg.finish();
        }
        double metricWidth = Math.max(120, width * 0.34);
        double valueRight = metricWidth + 16 + 78;
        double englandRight = valueRight + 78;
        double spineLeft = englandRight + 20;
        double spineRight = width - 12;
        double centre = (spineLeft + spineRight) / 2;
        double half = (spineRight - spineLeft) / 2;

        svg.start("g", "class", "header", "font-size", Draw.SMALL, "font-weight", "bold", "fill", Palette.BLACK);
        svg.label(8, headerTop + 12, "Metric");
        svg.label(valueRight, headerTop + 12, ChartText.fit(data.areaName(), 90, Draw.SMALL), "text-anchor", "end");
        svg.label(englandRight, headerTop + 12, "England", "text-anchor", "end");
        svg.label(spineLeft, headerTop + 12, "Worse / lower", "font-weight", "normal");
        svg.label(spineRight, headerTop + 12, "Better / higher", "text-anchor", "end", "font-weight", "normal");
        svg.end();

        svg.start("g", "class", "rows", "font-size", Draw.SMALL, "fill", Palette.BLACK);
        for (int i = 0; i < data.rows().size(); i++) {
            Row r = data.rows().get(i);
            double rowTop = rowsTop + i * ROW;
            double cy = rowTop + ROW / 2;
            svg.start("g", "class", "metric");
            svg.title(r.metric() + ": " + data.areaName() + " " + r.unit().format(r.value()) + ", England "
                    + r.unit().format(r.england()) + "; "
                    + r.result().displayName().toLowerCase(Locale.ROOT)
                    + ". Range " + r.unit().format(r.worst()) + " (" + worstWord(r) + ") to "
                    + r.unit().format(r.best()) + " (" + bestWord(r) + ").");
            if (i % 2 == 0) {
                svg.empty("rect", "x", 4, "y", rowTop, "width", width - 8, "height", ROW, "fill", "#F6F8F8");
            }
            svg.label(8, cy + 4, ChartText.fit(r.metric(), metricWidth, Draw.SMALL));
            svg.label(valueRight, cy + 4, r.unit().brief(r.value()), "text-anchor", "end");
            svg.label(englandRight, cy + 4, r.unit().brief(r.england()), "text-anchor", "end");
            double span = Math.max(Math.abs(r.england() - r.lowest()), Math.abs(r.highest() - r.england()));
            if (r.value() != null) {
                span = Math.max(span, Math.abs(r.value() - r.england()));
            }
            if (span == 0) {
                span = 1;
            }
            int dir = r.polarity() == Polarity.LOWER_IS_BETTER ? -1 : 1;
            double s = span;
            java.util.function.DoubleUnaryOperator x = v -> centre + dir * (v - r.england()) / s * half;
            double a = x.applyAsDouble(r.lowest());
            double b = x.applyAsDouble(r.highest());
            svg.empty(
                    "rect",
                    "x",
                    Math.min(a, b),
                    "y",
                    cy - 6,
                    "width",
                    Math.max(1, Math.abs(b - a)),
                    "height",
                    12,
                    "fill",
                    Palette.PALE_GREY,
                    "stroke",
                    Palette.LIGHT_GREY,
                    "stroke-width",
                    0.5);
            double c = x.applyAsDouble(r.q25());
            double e = x.applyAsDouble(r.q75());
            svg.empty(
                    "rect",
                    "x",
                    Math.min(c, e),
                    "y",
                    cy - 6,
                    "width",
                    Math.max(1, Math.abs(e - c)),
                    "height",
                    12,
                    "fill",
                    Palette.LIGHT_GREY);
            svg.line(centre, cy - 10, centre, cy + 10, "stroke", Palette.DARK_BLUE, "stroke-width", 2);
            if (r.value() != null) {
                Marker.of(r.result()).draw(svg, x.applyAsDouble(r.value()), cy, 5, Palette.of(r.result()), null);
            }
            svg.end();
        }
        svg.end();
        Draw.legend(svg, keys, 8, rowsTop + data.rows().size() * ROW + 18, width - 16);
        return svg.finish();
    }

    private static String worstWord(Row r) {
        return r.polarity() == Polarity.NO_JUDGEMENT ? "lowest" : "worst";
    }

    private static String bestWord(Row r) {
        return r.polarity() == Polarity.NO_JUDGEMENT ? "highest" : "best";
    }

    private static List<Draw.Key> keys(Data data) {
        List<Draw.Key> keys = new ArrayList<>();
        Set<BenchmarkResult> results = EnumSet.noneOf(BenchmarkResult.class);
        data.rows().forEach(r -> results.add(r.result()));
        for (BenchmarkResult r : results) {
            keys.add(Draw.Key.marker(r.displayName(), Palette.of(r), Marker.of(r)));
        }
        keys.add(Draw.Key.line("England", Palette.DARK_BLUE, null));
        keys.add(new Draw.Key("Worst to best", Palette.PALE_GREY, null, Marker.SQUARE));
        keys.add(new Draw.Key("25th to 75th percentile", Palette.LIGHT_GREY, null, Marker.SQUARE));
        return keys;
    }

    /** E.g. "Anytown ICB compared with England on 6 metrics: 2 better, 3 similar and 1 worse." and each row. */
    public static String describe(Data data) {
        if (data.rows().isEmpty()) {
            return "No data to chart.";
        }
        List<String> counts = new ArrayList<>();
        for (BenchmarkResult r : BenchmarkResult.values()) {
            long n = data.rows().stream().filter(row -> row.result() == r).count();
            if (n > 0) {
                counts.add(n + " " + r.displayName().toLowerCase(Locale.ROOT));
            }
        }
        StringBuilder d = new StringBuilder();
        d.append(data.areaName())
                .append(" compared with England on ")
                .append(ChartText.count(data.rows().size(), "metric", "metrics"))
                .append(": ")
                .append(ChartText.join(counts))
                .append('.');
        for (Row r : data.rows()) {
            d.append(' ')
                    .append(r.metric())
                    .append(": ")
                    .append(r.unit().format(r.value()))
                    .append(" against England ")
                    .append(r.unit().format(r.england()))
                    .append(", ")
                    .append(r.result().displayName().toLowerCase(Locale.ROOT))
                    .append('.');
        }
        return d.toString();
    }

    /** One row per metric: the area, England, the range and quartiles, and the comparison. */
    public static DataTable table(Data data) {
        List<DataTable.Row> rows = new ArrayList<>();
        for (Row r : data.rows()) {
            Unit u = r.unit();
            rows.add(new DataTable.Row(
                    r.metric(),
                    List.of(
                            u.format(r.value()).replace("no value", ""),
                            u.format(r.england()),
                            u.format(r.worst()),
                            u.format(r.q25()),
                            u.format(r.q75()),
                            u.format(r.best()),
                            r.result().displayName())));
        }
        return new DataTable(
                data.title(),
                List.of(
                        "Metric",
                        data.areaName(),
                        "England",
                        "Worst or lowest",
                        "25th percentile",
                        "75th percentile",
                        "Best or highest",
                        "Compared with England"),
                rows);
    }
}
