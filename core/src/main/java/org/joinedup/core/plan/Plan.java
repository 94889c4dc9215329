package org.joinedup.core.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.period.Frequency;
import org.joinedup.core.period.Period;
import org.joinedup.core.period.PeriodType;

/**
 * A plan or target for one metric, area and UK financial year: the value for the year and, optionally, a
 * trajectory of the values planned for the year's months or quarters.
 *
 * <p>Checked when made: the year is a financial year; every trajectory period is of a type the metric's
 * frequency publishes (months for a monthly metric, quarters for a quarterly one) and is reported in the
 * year (for a week, the year containing its last day, as for observations); no period appears twice. An
 * annual metric's plan has no trajectory: its one period is the year, whose value is the annual value.
 *
 * <p>Not checked: that the trajectory adds up to the annual value. For a count the two usually agree; for a
 * proportion or rate the year's value is not the sum nor, in general, the mean of the periods' values, so
 * each is compared with the actuals on its own (see {@link PlanStatus}). A trajectory may cover only part of
 * the year.
 *
 * @param frequency the metric's frequency in this year, which decides the trajectory's period type
 * @param annualValue the value planned for the whole year, in the metric's unit
 * @param trajectory the planned values by period, held in period order
 * @param source where the plan comes from (a planning template, a standard); "" when not given
 */
public record Plan(
        String metricId,
        String areaCode,
        Period financialYear,
        Frequency frequency,
        double annualValue,
        List<TrajectoryPoint> trajectory,
        PlanKind kind,
        String source) {
    public Plan {
        if (metricId == null || metricId.isBlank()) {
            throw new IllegalArgumentException("a plan needs a metric id");
        }
        if (areaCode == null || areaCode.isBlank()) {
            throw new IllegalArgumentException("a plan needs an area code");
        }
        Objects.requireNonNull(financialYear, "financialYear");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(kind, "kind");
        String what = metricId + " " + areaCode + " " + financialYear;
        if (financialYear.type() != PeriodType.FINANCIAL_YEAR) {
            throw new IllegalArgumentException(what + ": a plan is for a financial year such as 2024-25");
        }
        if (!Double.isFinite(annualValue)) {
            throw new IllegalArgumentException(what + ": annual value must be a finite number, not " + annualValue);
        }
        trajectory = checked(what, financialYear, frequency, trajectory == null ? List.of() : trajectory);
        source = source == null ? "" : source;
    }

    private static List<TrajectoryPoint> checked(
            String what, Period year, Frequency frequency, List<TrajectoryPoint> points) {
        if (frequency == Frequency.ANNUAL && !points.isEmpty()) {
            throw new IllegalArgumentException(
                    what + ": the metric is annual, so its plan is the annual value alone, with no trajectory");
        }
        Set<Period> seen = new HashSet<>();
        for (TrajectoryPoint point : points) {
            Period p = Objects.requireNonNull(point, "trajectory point").period();
            if (!frequency.allows(p.type())) {
                throw new IllegalArgumentException(what + ": trajectory period " + p + " is not a "
                        + frequency.name().toLowerCase(java.util.Locale.ROOT) + " period");
            }
            if (!p.financialYear().equals(year)) {
                throw new IllegalArgumentException(what + ": trajectory period " + p + " is not in " + year);
            }
            if (!seen.add(p)) {
                throw new IllegalArgumentException(what + ": trajectory period " + p + " appears twice");
            }
        }
        List<TrajectoryPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparing(TrajectoryPoint::period));
        return List.copyOf(sorted);
    }

    /**
     * A plan for the definition's metric, with the definition's frequency.
     *
     * @throws IllegalArgumentException when the definition is not valid in the year, or as the constructor
     */
    public static Plan of(
            MetricDefinition definition,
            String areaCode,
            Period financialYear,
            double annualValue,
            List<TrajectoryPoint> trajectory,
            PlanKind kind,
            String source) {
        if (!definition.appliesTo(financialYear)) {
            throw new IllegalArgumentException("metric " + definition.id() + " version " + definition.version()
                    + " is valid " + definition.validityLabel() + ", not in " + financialYear);
        }
        return new Plan(
                definition.id(),
                areaCode,
                financialYear,
                definition.frequency(),
                annualValue,
                trajectory,
                kind,
                source);
    }

    /** The planned value of a period, if the trajectory has one. */
    public Optional<Double> planned(Period period) {
        for (TrajectoryPoint point : trajectory) {
            if (point.period().equals(period)) {
                return Optional.of(point.value());
            }
        }
        return Optional.empty();
    }

    public boolean hasTrajectory() {
        return !trajectory.isEmpty();
    }
}
