package org.joinedup.server.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A small line of a series with its last point marked: no axes, for tables and tiles. */
public final class Sparkline {
    private Sparkline() {}

    /**
     * What a sparkline draws.
     *
     * @param title what the series is, e.g. the metric and area
     * @param unit how values are written in the description
     * @param labels the period of each value
     * @param values the values, null where missing (the line has a gap)
     */
    public record Data(String title, Unit unit, List<String> labels, List<Double> values) {
        public Data {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(unit, "unit");
            labels = List.copyOf(labels);
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
            if (labels.size() != values.size()) {
                throw new IllegalArgumentException("one label per value is needed");
            }
            for (Double v : values) {
                if (v != null && !Double.isFinite(v)) {
                    throw new IllegalArgumentException("values must be finite or null");
                }
            }
        }
    }

    /** 120 by 32. */
    public static String svg(Data data) {
        return svg(data, 120, 32, null);
    }

    /** A sparkline of a size; id as in {@link ChartOptions#id()}. */
    public static String svg(Data data, double width, double height, String id) {
        Svg svg = Svg.chart(width, height, data.title(), describe(data), id);
        List<Integer> present = present(data);
        if (present.isEmpty()) {
            svg.label(
                    width / 2,
                    height / 2 + 4,
                    "No data",
                    "text-anchor",
                    "middle",
                    "font-size",
                    10,
                    "fill",
                    Palette.DARK_GREY);
            return svg.finish();
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i : present) {
            lo = Math.min(lo, data.values().get(i));
            hi = Math.max(hi, data.values().get(i));
        }
        if (lo == hi) {
            lo -= 1;
            hi += 1;
        }
        int n = data.values().size();
        Scale x = n == 1 ? new Scale(-1, 1, 4, width - 4) : new Scale(0, n - 1, 4, width - 4);
        Scale y = new Scale(lo, hi, height - 4, 4);
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x.at(i);
            Double v = data.values().get(i);
            ys[i] = v == null ? Double.NaN : y.at(v);
        }
        String d = Draw.path(xs, ys);
        svg.empty(
                "path",
                "d",
                d,
                "fill",
                "none",
                "stroke",
                Palette.NHS_BLUE,
                "stroke-width",
                1.5,
                "stroke-linejoin",
                "round");
        int last = present.get(present.size() - 1);
        svg.empty(
                "circle",
                "cx",
                xs[last],
                "cy",
                ys[last],
                "r",
                2.75,
                "fill",
                Palette.DARK_BLUE,
                "stroke",
                Palette.WHITE,
                "stroke-width",
                1);
        return svg.finish();
    }

    private static List<Integer> present(Data data) {
        List<Integer> present = new ArrayList<>();
        for (int i = 0; i < data.values().size(); i++) {
            if (data.values().get(i) != null) {
                present.add(i);
            }
        }
        return present;
    }

    /** E.g. "From Apr 2022 to Mar 2024: lowest 77.5%, highest 89.6%; latest 89.6% (Mar 2024)." */
    public static String describe(Data data) {
        List<Integer> present = present(data);
        Unit unit = data.unit();
        if (present.isEmpty()) {
            return "No data.";
        }
        int last = present.get(present.size() - 1);
        String latest =
                unit.format(data.values().get(last)) + " (" + data.labels().get(last) + ")";
        if (present.size() == 1) {
            return "One value: " + latest + ".";
        }
        double lo =
                present.stream().mapToDouble(i -> data.values().get(i)).min().orElseThrow();
        double hi =
                present.stream().mapToDouble(i -> data.values().get(i)).max().orElseThrow();
        String gaps = present.size() < data.values().size()
                ? " " + ChartText.count(data.values().size() - present.size(), "value is", "values are") + " missing."
                : "";
        return "From " + data.labels().get(0) + " to "
                + data.labels().get(data.labels().size() - 1) + ": lowest " + unit.format(lo) + ", highest "
                + unit.format(hi) + "; latest " + latest + "." + gaps;
    }

    /** The values as a table of period and value. */
    public static DataTable table(Data data) {
        List<DataTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < data.values().size(); i++) {
            rows.add(new DataTable.Row(
                    data.labels().get(i),
                    List.of(data.unit().plain(data.values().get(i)))));
        }
        return new DataTable(data.title(), List.of("Period", data.unit().header("Value")), rows);
    }
}
