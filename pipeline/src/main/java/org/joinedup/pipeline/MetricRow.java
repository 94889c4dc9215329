package org.joinedup.pipeline;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.joinedup.core.observation.Breakdown;
import org.joinedup.core.observation.Observation;
import org.joinedup.core.observation.ObservationKey;
import org.joinedup.core.observation.Status;
import org.joinedup.core.period.Frequency;
import org.joinedup.core.period.Period;

/**
 * One output row of a {@link MetricQuery}, as an engine returned it: labels as text and numbers as
 * doubles, so rows from two engines can be compared with {@code equals}. The breakdown is {@code ""}
 * for the total. Numerator and denominator are null when the query gave null.
 */
public record MetricRow(
        String metric, String areaCode, String period, String breakdown, Double numerator, Double denominator)
        implements Comparable<MetricRow> {

    /** The columns every metric query returns, in this order on output. */
    public static final List<String> COLUMNS =
            List.of("metric", "area_code", "period", "breakdown", "numerator", "denominator");

    private static final Comparator<MetricRow> ORDER = Comparator.comparing(MetricRow::metric)
            .thenComparing(MetricRow::areaCode)
            .thenComparing(MetricRow::period)
            .thenComparing(MetricRow::breakdown);

    public MetricRow {
        if (metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("a metric row needs a metric id");
        }
        if (areaCode == null || areaCode.isBlank()) {
            throw new IllegalArgumentException(metric + ": a row has no area code (period " + period + ")");
        }
        if (period == null || period.isBlank()) {
            throw new IllegalArgumentException(metric + " " + areaCode + ": a row has no period");
        }
        breakdown = breakdown == null ? "" : breakdown;
    }

    /**
     * Builds a row from the values of one result row of the query, whatever Java types the engine's
     * driver used for them (any {@link Number} for the counts).
     *
     * @throws IllegalArgumentException when the metric column is not the query's metric id, or a
     *     numerator or denominator is not a number
     */
    public static MetricRow of(
            MetricQuery query,
            Object metric,
            Object areaCode,
            Object period,
            Object breakdown,
            Object numerator,
            Object denominator) {
        if (!query.metricId().equals(metric)) {
            throw new IllegalArgumentException(
                    "metric " + query.metricId() + ": the query returned a row for metric '" + metric + "'");
        }
        return new MetricRow(
                query.metricId(),
                text(areaCode),
                text(period),
                text(breakdown),
                number(query, "numerator", numerator),
                number(query, "denominator", denominator));
    }

    /**
     * Checks the result columns of a query: exactly {@link #COLUMNS}, in any order and any case.
     *
     * @throws IllegalArgumentException naming what is missing or extra
     */
    public static void checkColumns(MetricQuery query, List<String> columns) {
        List<String> lower =
                columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        List<String> missing = COLUMNS.stream().filter(c -> !lower.contains(c)).toList();
        List<String> extra = lower.stream().filter(c -> !COLUMNS.contains(c)).toList();
        if (!missing.isEmpty() || !extra.isEmpty() || lower.size() != COLUMNS.size()) {
            throw new IllegalArgumentException("metric " + query.metricId() + " must return the columns " + COLUMNS
                    + ", not " + columns + (missing.isEmpty() ? "" : " (missing " + missing + ")"));
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Double number(MetricQuery query, String column, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("metric " + query.metricId() + ": " + column + " is "
                + value.getClass().getSimpleName() + " '" + value + "', not a number");
    }

    /**
     * The row as a core observation. The period label is read for the frequency, so {@code 2011-12} is
     * a month for a monthly metric and a financial year for an annual one.
     *
     * @throws IllegalArgumentException when the labels do not parse or the numbers break the rules of
     *     {@link Observation} (a negative numerator, a zero denominator)
     */
    public Observation toObservation(int definitionVersion, Frequency frequency, Status status) {
        ObservationKey key =
                new ObservationKey(metric, areaCode, Period.parse(period, frequency), Breakdown.parse(breakdown));
        return new Observation(key, definitionVersion, numerator, denominator, null, status);
    }

    @Override
    public int compareTo(MetricRow other) {
        return ORDER.compare(this, other);
    }
}
