package org.joinedup.core.plan;

/** Where actual data stand against a plan. */
public enum PlanState {
    /** At or better than the plan, or worse by no more than the tolerance. */
    ON_TRACK,
    /** Worse than the plan by more than the tolerance. */
    OFF_TRACK,
    /** No plan or target is held for the metric, area and year (or the period has no trajectory point). */
    NO_PLAN,
    /** A plan is held but there is no actual to compare with it yet, or the two cannot be put on one basis. */
    NOT_ENOUGH_DATA
}
