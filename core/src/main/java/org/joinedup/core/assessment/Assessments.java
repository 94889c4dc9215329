package org.joinedup.core.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.joinedup.core.period.Period;

/**
 * Every assessment of a set of metrics and areas: one {@link SeriesAssessment} per metric and area that
 * has data. Immutable; {@link Assessor#update} makes a new one that shares what did not change.
 */
public final class Assessments {
    private final PeriodCalendar calendar;
    private final AreaIndex areas;
    private final MetricSpec[] metrics;
    private final Map<String, Integer> metricIndex = new HashMap<>();
    /** [metric][area], null where the area has no series. */
    private final SeriesAssessment[][] series;

    private final LocalDate asAt;

    Assessments(
            PeriodCalendar calendar,
            AreaIndex areas,
            MetricSpec[] metrics,
            SeriesAssessment[][] series,
            LocalDate asAt) {
        this.calendar = calendar;
        this.areas = areas;
        this.metrics = metrics;
        this.series = series;
        this.asAt = asAt;
        for (int m = 0; m < metrics.length; m++) {
            metricIndex.put(metrics[m].id(), m);
        }
    }

    Assessments withMetric(int metric, SeriesAssessment[] block) {
        SeriesAssessment[][] copy = series.clone();
        copy[metric] = block;
        return new Assessments(calendar, areas, metrics, copy, asAt);
    }

    SeriesAssessment[] block(int metric) {
        return series[metric];
    }

    public PeriodCalendar calendar() {
        return calendar;
    }

    public AreaIndex areas() {
        return areas;
    }

    /** The day the kite marks were drawn on. */
    public LocalDate asAt() {
        return asAt;
    }

    public List<MetricSpec> metrics() {
        return List.of(metrics);
    }

    /** The index of a metric, or -1. */
    public int metricIndex(String metricId) {
        Integer m = metricIndex.get(metricId);
        return m == null ? -1 : m;
    }

    /** The series of a metric in an area. */
    public Optional<SeriesAssessment> series(String metricId, String areaCode) {
        int m = metricIndex(metricId);
        int a = areas.indexOf(areaCode);
        return m < 0 || a < 0 ? Optional.empty() : Optional.ofNullable(series[m][a]);
    }

    /** The series of every metric with data in an area, in metric order. */
    public List<SeriesAssessment> forArea(String areaCode) {
        int a = areas.indexOf(areaCode);
        List<SeriesAssessment> out = new ArrayList<>();
        if (a < 0) {
            return out;
        }
        for (SeriesAssessment[] block : series) {
            if (block[a] != null) {
                out.add(block[a]);
            }
        }
        return out;
    }

    /** The assessment of a metric in an area at its latest period. */
    public Optional<Assessment> latest(String metricId, String areaCode) {
        return series(metricId, areaCode).filter(s -> s.size() > 0).map(s -> s.assessment(s.latest()));
    }

    /** The assessment of a metric in an area for a period. */
    public Optional<Assessment> at(String metricId, String areaCode, Period period) {
        int p = calendar.indexOf(period);
        return series(metricId, areaCode).flatMap(s -> {
            int i = p < 0 ? -1 : s.positionOf(p);
            return i < 0 ? Optional.empty() : Optional.of(s.assessment(i));
        });
    }

    /** Every point of a metric's series in an area, oldest first. */
    public List<Assessment> history(String metricId, String areaCode) {
        return series(metricId, areaCode)
                .map(s -> {
                    List<Assessment> out = new ArrayList<>(s.size());
                    for (int i = 0; i < s.size(); i++) {
                        out.add(s.assessment(i));
                    }
                    return out;
                })
                .orElse(List.of());
    }

    /** The latest assessment of every metric with data in an area. */
    public List<Assessment> latestForArea(String areaCode) {
        return forArea(areaCode).stream()
                .filter(s -> s.size() > 0)
                .map(s -> s.assessment(s.latest()))
                .toList();
    }

    public Stream<SeriesAssessment> all() {
        return Stream.of(series).flatMap(Stream::of).filter(s -> s != null);
    }

    public long seriesCount() {
        return all().count();
    }

    public long pointCount() {
        return all().mapToLong(SeriesAssessment::size).sum();
    }
}
