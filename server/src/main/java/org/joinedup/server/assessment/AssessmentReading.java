package org.joinedup.server.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.joinedup.core.assessment.Assessment;
import org.joinedup.core.assessment.Assessments;
import org.joinedup.core.forecast.Ets;
import org.joinedup.core.forecast.Forecast;
import org.joinedup.core.period.Period;
import org.joinedup.core.period.PeriodType;

/**
 * The assessments as they stood at one time (now, or as at a past day), with plan status added as they are
 * read. Immutable: a page holds one reading for a consistent view. Area codes may be any of an area's codes.
 */
public final class AssessmentReading {
    private final Assessments assessments;
    private final UnaryOperator<Assessment> withPlan;
    private final Function<String, String> canonical;
    private final LocalDate asAt;

    AssessmentReading(
            Assessments assessments,
            UnaryOperator<Assessment> withPlan,
            Function<String, String> canonical,
            LocalDate asAt) {
        this.assessments = assessments;
        this.withPlan = withPlan;
        this.canonical = canonical;
        this.asAt = asAt;
    }

    /** The day the figures are read as at; null for now. */
    public LocalDate asAt() {
        return asAt;
    }

    /** The underlying assessments, for views that scan every area of a metric. */
    public Assessments assessments() {
        return assessments;
    }

    /** The assessment of a metric in an area at its latest period. */
    public Optional<Assessment> latest(String metricId, String areaCode) {
        return assessments.latest(metricId, canonical.apply(areaCode)).map(withPlan);
    }

    /**
     * The latest assessment with a value among the periods ending on or before a day: what a page for a
     * chosen period shows for a metric published at another frequency.
     */
    public Optional<Assessment> latestBy(String metricId, String areaCode, LocalDate end) {
        List<Assessment> history = history(metricId, areaCode);
        for (int i = history.size() - 1; i >= 0; i--) {
            Assessment a = history.get(i);
            if (a.value() != null && !a.period().end().isAfter(end)) {
                return Optional.of(withPlan.apply(a));
            }
        }
        return Optional.empty();
    }

    /** The assessment of a metric in an area for one period. */
    public Optional<Assessment> at(String metricId, String areaCode, Period period) {
        return assessments.at(metricId, canonical.apply(areaCode), period).map(withPlan);
    }

    /** Every period of a metric in an area, oldest first (without plan status). */
    public List<Assessment> history(String metricId, String areaCode) {
        return assessments.history(metricId, canonical.apply(areaCode));
    }

    /** The latest assessment of every metric with data in an area, in catalogue order. */
    public List<Assessment> latestForArea(String areaCode) {
        return assessments.latestForArea(canonical.apply(areaCode)).stream()
                .map(withPlan)
                .toList();
    }

    /**
     * A forecast of a series, made when asked: ETS chosen by AICc as R's forecast::ets, seasonal (period 12)
     * for monthly series of at least three years. Empty for fewer than 7 values.
     */
    public Optional<Forecast> forecast(String metricId, String areaCode, int horizon) {
        List<Assessment> history = history(metricId, areaCode).stream()
                .filter(a -> a.value() != null)
                .toList();
        if (history.size() < 7) {
            return Optional.empty();
        }
        double[] values = history.stream().mapToDouble(Assessment::value).toArray();
        boolean monthly = history.get(0).period().type() == PeriodType.MONTH;
        int season = monthly && values.length >= 36 ? 12 : 1;
        return Optional.of(Ets.auto(values, season).forecast(horizon));
    }
}
