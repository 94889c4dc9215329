package org.joinedup.core.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.observation.Observation;
import org.joinedup.core.observation.ObservationKey;
import org.joinedup.core.observation.ValueCalculator;
import org.joinedup.core.period.Period;

/**
 * A metric's actual data for one area and financial year set against its plan or target: the year to
 * date, and each period against the trajectory.
 *
 * <p><b>Year to date.</b> The actual and the plan to date are made the same way over the same periods
 * ({@link ToDateMethod}): counts are added up; proportions, rates, ratios, means and days per day are
 * recomputed from the summed numerators and denominators, and the plan to date is the trajectory weighted
 * by the same denominators; the mean of the values is used only when nothing else is possible (a DSR, or a
 * period published without its numerator and denominator). With no trajectory the plan to date comes from
 * the annual value (pro rata by days for a count; the value itself for a level such as a proportion); a
 * monthly or quarterly crude rate or DSR without a trajectory is {@link PlanState#NOT_ENOUGH_DATA}, since a
 * year's rate per population and a period's are not on one basis.
 *
 * <p><b>Judgement.</b> Higher is better: on track when at or above the plan, less the tolerance's
 * allowance. Lower is better: at or below it, plus the allowance. No judgement: within the allowance either
 * side. Exact ties meet the plan (to a relative 1e-9, for values recomputed from sums).
 *
 * <p><b>Edge cases.</b> Observations of other metrics or areas, of breakdowns other than the total, of
 * period types the metric does not publish (a derived year to date, say) or reported in another financial
 * year are ignored, so a caller may pass every observation it holds for an area. A period whose value
 * cannot be had (a numerator without the denominator a rate needs) counts as having no actual. Two
 * observations of the same period are refused. No actual for any planned period gives
 * {@link PlanState#NOT_ENOUGH_DATA}; the status never extrapolates (see {@link PlanForecast} for the year
 * end).
 *
 * @param state the year-to-date state, or NO_PLAN
 * @param reason one sentence for a person saying what was compared, or why nothing was
 * @param annualPlan the plan's annual value; null for NO_PLAN
 * @param method how the year to date was made; null when it was not
 * @param actualToDate the actual year to date; null when not made
 * @param planToDate the plan to date, made the same way over the same periods; null when not made
 * @param periodsToDate the periods in the year to date, in order
 * @param periods every period with a planned or an actual value, in order, each judged on its own
 */
public record PlanStatus(
        String metricId,
        String areaCode,
        Period financialYear,
        PlanKind kind,
        PlanState state,
        String reason,
        Double annualPlan,
        ToDateMethod method,
        Double actualToDate,
        Double planToDate,
        List<Period> periodsToDate,
        List<PeriodStatus> periods) {
    public PlanStatus {
        Objects.requireNonNull(state, "state");
        periodsToDate = List.copyOf(periodsToDate);
        periods = List.copyOf(periods);
    }

    /** The status where no plan of the kind is held. */
    public static PlanStatus noPlan(String metricId, String areaCode, Period financialYear, PlanKind kind) {
        return new PlanStatus(
                metricId,
                areaCode,
                financialYear,
                kind,
                PlanState.NO_PLAN,
                "no " + kind.name().toLowerCase(Locale.ROOT) + " is held for " + metricId + " in " + areaCode + " for "
                        + financialYear,
                null,
                null,
                null,
                null,
                List.of(),
                List.of());
    }

    /**
     * Sets the actual observations of the plan's year against the plan.
     *
     * @param definition the metric's definition valid in the plan's year
     * @param observations actual observations; those not of the plan's metric, area, total and year are
     *     ignored
     * @throws IllegalArgumentException when the definition is of another metric, not valid in the year, or of
     *     another frequency than the plan, or when two observations are of the same period
     */
    public static PlanStatus compute(
            Plan plan, MetricDefinition definition, Collection<Observation> observations, PlanTolerance tolerance) {
        Objects.requireNonNull(tolerance, "tolerance");
        check(plan, definition);
        Map<Period, Observation> actuals = actuals(plan, definition, observations);
        List<PeriodStatus> periods = periodStatuses(plan, definition, actuals, tolerance);
        YearToDate.Result toDate = YearToDate.of(plan, definition, actuals);
        if (!toDate.possible()) {
            return new PlanStatus(
                    plan.metricId(),
                    plan.areaCode(),
                    plan.financialYear(),
                    plan.kind(),
                    PlanState.NOT_ENOUGH_DATA,
                    toDate.notPossible(),
                    plan.annualValue(),
                    null,
                    null,
                    null,
                    List.of(),
                    periods);
        }
        PlanState state = Judgement.of(toDate.actual(), toDate.plan(), definition.polarity(), tolerance);
        String reason = "year to date " + format(toDate.actual()) + " against " + format(toDate.plan())
                + " planned over " + toDate.periods().size()
                + (toDate.periods().size() == 1 ? " period" : " periods") + " ("
                + toDate.method().name().toLowerCase(Locale.ROOT).replace('_', ' ') + "): "
                + state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return new PlanStatus(
                plan.metricId(),
                plan.areaCode(),
                plan.financialYear(),
                plan.kind(),
                state,
                reason,
                plan.annualValue(),
                toDate.method(),
                toDate.actual(),
                toDate.plan(),
                toDate.periods(),
                periods);
    }

    private static void check(Plan plan, MetricDefinition definition) {
        if (!definition.id().equals(plan.metricId())) {
            throw new IllegalArgumentException(
                    "definition of " + definition.id() + " given for a plan of " + plan.metricId());
        }
        if (!definition.appliesTo(plan.financialYear())) {
            throw new IllegalArgumentException("metric " + definition.id() + " version " + definition.version()
                    + " is valid " + definition.validityLabel() + ", not in " + plan.financialYear());
        }
        if (definition.frequency() != plan.frequency()) {
            throw new IllegalArgumentException("the plan of " + plan.metricId() + " is " + plan.frequency()
                    + " but the definition in " + plan.financialYear() + " is " + definition.frequency());
        }
    }

    private static Map<Period, Observation> actuals(
            Plan plan, MetricDefinition definition, Collection<Observation> observations) {
        Map<Period, Observation> actuals = new TreeMap<>();
        for (Observation o : observations) {
            ObservationKey k = o.key();
            if (!k.metricId().equals(plan.metricId())
                    || !k.areaCode().equals(plan.areaCode())
                    || !k.breakdown().isTotal()
                    || !definition.frequency().allows(k.period().type())
                    || !k.period().financialYear().equals(plan.financialYear())) {
                continue;
            }
            if (actuals.put(k.period(), ValueCalculator.complete(o, definition)) != null) {
                throw new IllegalArgumentException("two observations of " + plan.metricId() + " in " + plan.areaCode()
                        + " for " + k.period() + ": pass the current one only");
            }
        }
        return actuals;
    }

    private static List<PeriodStatus> periodStatuses(
            Plan plan, MetricDefinition definition, Map<Period, Observation> actuals, PlanTolerance tolerance) {
        TreeSet<Period> all = new TreeSet<>();
        plan.trajectory().forEach(p -> all.add(p.period()));
        actuals.forEach((period, o) -> {
            if (o.value() != null) {
                all.add(period);
            }
        });
        List<PeriodStatus> statuses = new ArrayList<>();
        for (Period period : all) {
            Optional<Double> planned = YearToDate.planned(plan, definition, period);
            Observation o = actuals.get(period);
            Double actual = o == null ? null : o.value();
            PlanState state;
            if (planned.isEmpty()) {
                state = PlanState.NO_PLAN;
            } else if (actual == null) {
                state = PlanState.NOT_ENOUGH_DATA;
            } else {
                state = Judgement.of(actual, planned.get(), definition.polarity(), tolerance);
            }
            statuses.add(new PeriodStatus(period, planned.orElse(null), actual, state));
        }
        return statuses;
    }

    /** A period's status, if the period has a planned or an actual value. */
    public Optional<PeriodStatus> period(Period period) {
        return periods.stream().filter(p -> p.period().equals(period)).findFirst();
    }

    private static String format(double number) {
        return String.format(Locale.UK, "%,.3f", number).replaceAll("\\.?0+$", "");
    }
}
