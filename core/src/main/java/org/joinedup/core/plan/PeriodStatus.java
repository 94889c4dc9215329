package org.joinedup.core.plan;

import java.util.Objects;
import org.joinedup.core.period.Period;

/**
 * One period judged against its planned value: {@link PlanState#NO_PLAN} when nothing is planned for it,
 * {@link PlanState#NOT_ENOUGH_DATA} when it has no actual value yet.
 *
 * @param planned the trajectory's value for the period (or the annual value where it holds for each
 *     period, see {@link PlanStatus}); null when none
 * @param actual the period's actual value; null when none
 */
public record PeriodStatus(Period period, Double planned, Double actual, PlanState state) {
    public PeriodStatus {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(state, "state");
    }
}
