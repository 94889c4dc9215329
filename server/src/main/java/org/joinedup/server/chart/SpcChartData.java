package org.joinedup.server.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.joinedup.core.spc.Assurance;
import org.joinedup.core.spc.PointType;
import org.joinedup.core.spc.SpcPoint;
import org.joinedup.core.spc.SpcResult;
import org.joinedup.core.spc.Variation;

/**
 * What an SPC (XmR, p or u) chart draws.
 *
 * @param title the chart's title, e.g. the metric and area
 * @param unit how values are written
 * @param points the points in date order
 * @param variation the series' variation icon, or null (then read from the last point)
 * @param assurance the series' assurance icon, or null when there is none
 */
public record SpcChartData(String title, Unit unit, List<Point> points, Variation variation, Assurance assurance) {
    public SpcChartData {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unit, "unit");
        points = List.copyOf(points);
    }

    /**
     * One point.
     *
     * @param label the period, e.g. {@code Apr 2024}
     * @param value the value plotted
     * @param mean the centre line
     * @param lpl lower process limit; NaN when there is none (a one-point period)
     * @param upl upper process limit; NaN when there is none
     * @param nearLpl lower 2-sigma line, or NaN
     * @param nearUpl upper 2-sigma line, or NaN
     * @param type how the point is coloured
     * @param target the target at this point, or null
     * @param group the period of the limits (rebase group), from 0; limits are recalculated where it changes
     * @param annotation an initiative or PDSA cycle starting at this point, or null
     */
    public record Point(
            String label,
            double value,
            double mean,
            double lpl,
            double upl,
            double nearLpl,
            double nearUpl,
            PointType type,
            Double target,
            int group,
            String annotation) {
        public Point {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(type, "type");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(label + ": value must be finite");
            }
            if (target != null && !Double.isFinite(target)) {
                throw new IllegalArgumentException(label + ": target must be finite");
            }
            if (annotation != null && annotation.isBlank()) {
                annotation = null;
            }
        }

        /** A point with a mean and limits but no 2-sigma lines, target or annotation. */
        public static Point of(String label, double value, double mean, double lpl, double upl, PointType type) {
            return new Point(label, value, mean, lpl, upl, Double.NaN, Double.NaN, type, null, 0, null);
        }

        public Point withTarget(Double newTarget) {
            return new Point(label, value, mean, lpl, upl, nearLpl, nearUpl, type, newTarget, group, annotation);
        }

        public Point withGroup(int newGroup) {
            return new Point(label, value, mean, lpl, upl, nearLpl, nearUpl, type, target, newGroup, annotation);
        }

        public Point withAnnotation(String text) {
            return new Point(label, value, mean, lpl, upl, nearLpl, nearUpl, type, target, group, text);
        }

        public Point withNearLimits(double lower, double upper) {
            return new Point(label, value, mean, lpl, upl, lower, upper, type, target, group, annotation);
        }
    }

    /**
     * The chart of a computed SPC result.
     *
     * @param label the label of each point's date, e.g. {@code d -> ChartText.of(Period.month(YearMonth.from(d)))}
     * @param annotations initiative or PDSA labels by the date of the point they start at; may be empty
     */
    public static SpcChartData of(
            String title,
            Unit unit,
            SpcResult result,
            Function<LocalDate, String> label,
            Map<LocalDate, String> annotations) {
        List<Point> points = new ArrayList<>();
        for (SpcPoint p : result.points()) {
            points.add(new Point(
                    label.apply(p.date()),
                    p.value(),
                    p.mean(),
                    p.lpl(),
                    p.upl(),
                    p.nearLpl(),
                    p.nearUpl(),
                    p.pointType(),
                    p.target(),
                    p.group(),
                    annotations.get(p.date())));
        }
        return new SpcChartData(
                title,
                unit,
                points,
                result.variation().orElse(null),
                result.assurance().orElse(null));
    }

    /** Indexes of the points where the limits are recalculated (the first point of each later group). */
    public List<Integer> rebaseIndexes() {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).group() != points.get(i - 1).group()) {
                indexes.add(i);
            }
        }
        return indexes;
    }
}
