package org.joinedup.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.ValueType;
import org.joinedup.core.observation.Observation;
import org.joinedup.core.observation.ValueCalculator;
import org.joinedup.core.period.Frequency;
import org.joinedup.core.period.Period;

/**
 * The actual and the plan to date, made the same way over the same periods (see {@link ToDateMethod}).
 * With a trajectory, the periods are those with both an actual value and a planned one. Without one, every
 * period with an actual value, and the plan to date comes from the annual value: for a count, pro rata by
 * days (the annual value x the days of the periods / the days of the year, at most the whole year); for a
 * proportion, ratio, mean, ISR or days per day, the annual value itself (a level, which the year to date
 * should reach). A crude rate or DSR of a monthly or quarterly metric has a population denominator, so a
 * year's rate is not on the same basis as one period's: without a trajectory it is not judged.
 */
final class YearToDate {
    private YearToDate() {}

    /** Either a comparison or, when there is none, why. */
    record Result(ToDateMethod method, Double actual, Double plan, List<Period> periods, String notPossible) {
        boolean possible() {
            return notPossible == null;
        }
    }

    /** The planned value of one period: its trajectory point, or the annual value where that holds for it. */
    static Optional<Double> planned(Plan plan, MetricDefinition definition, Period period) {
        if (plan.hasTrajectory()) {
            return plan.planned(period);
        }
        return annualValueIsALevel(definition) ? Optional.of(plan.annualValue()) : Optional.empty();
    }

    /** True when every period of the year, and so the year to date, should meet the annual value itself. */
    static boolean annualValueIsALevel(MetricDefinition definition) {
        ValueType type = definition.valueType();
        if (definition.frequency() == Frequency.ANNUAL) {
            return true;
        }
        return type != ValueType.COUNT && type != ValueType.CRUDE_RATE && type != ValueType.DSR;
    }

    static Result of(Plan plan, MetricDefinition definition, Map<Period, Observation> actuals) {
        List<Period> periods = new ArrayList<>();
        actuals.forEach((period, o) -> {
            if (o.value() != null
                    && (!plan.hasTrajectory() || plan.planned(period).isPresent())) {
                periods.add(period);
            }
        });
        if (periods.isEmpty()) {
            return notPossible(
                    plan.hasTrajectory()
                            ? "no actual value yet for a period of the trajectory"
                            : "no actual value yet in " + plan.financialYear());
        }
        ValueType type = definition.valueType();
        if (type == ValueType.COUNT) {
            return sum(plan, actuals, periods);
        }
        if (!plan.hasTrajectory() && !annualValueIsALevel(definition)) {
            return notPossible("a " + (type == ValueType.DSR ? "directly standardised rate" : "crude rate")
                    + " per population of a " + definition.frequency().name().toLowerCase(java.util.Locale.ROOT)
                    + " metric cannot be set against an annual value without a trajectory: submit one");
        }
        boolean summable = type != ValueType.DSR
                && periods.stream().map(actuals::get).allMatch(o -> o.numerator() != null && o.denominator() != null);
        return summable ? ratioOfSums(plan, definition, actuals, periods) : meanOfValues(plan, actuals, periods);
    }

    private static Result sum(Plan plan, Map<Period, Observation> actuals, List<Period> periods) {
        double actual = 0;
        double planned = 0;
        long days = 0;
        for (Period p : periods) {
            actual += actuals.get(p).value();
            planned += plan.planned(p).orElse(0.0);
            days += p.days();
        }
        if (!plan.hasTrajectory()) {
            double share = Math.min(1, (double) days / plan.financialYear().days());
            planned = plan.annualValue() * share;
        }
        return new Result(ToDateMethod.SUM, actual, planned, periods, null);
    }

    private static Result ratioOfSums(
            Plan plan, MetricDefinition definition, Map<Period, Observation> actuals, List<Period> periods) {
        double numerator = 0;
        double denominator = 0;
        double plannedWeighted = 0;
        for (Period p : periods) {
            Observation o = actuals.get(p);
            numerator += o.numerator();
            denominator += o.denominator();
            plannedWeighted += plan.planned(p).orElse(plan.annualValue()) * o.denominator();
        }
        double actual =
                ValueCalculator.value(definition, numerator, denominator).orElseThrow();
        double planned = plan.hasTrajectory() ? plannedWeighted / denominator : plan.annualValue();
        return new Result(ToDateMethod.RATIO_OF_SUMS, actual, planned, periods, null);
    }

    private static Result meanOfValues(Plan plan, Map<Period, Observation> actuals, List<Period> periods) {
        double actual = 0;
        double planned = 0;
        for (Period p : periods) {
            actual += actuals.get(p).value();
            planned += plan.planned(p).orElse(plan.annualValue());
        }
        return new Result(
                ToDateMethod.MEAN_OF_VALUES, actual / periods.size(), planned / periods.size(), periods, null);
    }

    private static Result notPossible(String reason) {
        return new Result(null, null, null, List.of(), reason);
    }
}
