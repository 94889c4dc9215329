package org.joinedup.core.plan;

import org.joinedup.core.catalogue.Polarity;

/**
 * The one rule for on or off track, used for periods, the year to date and forecasts alike. Higher is
 * better: on track when actual >= plan - allowance. Lower is better: when actual <= plan + allowance. No
 * judgement (the metric has no better direction, e.g. planned spend): when |actual - plan| <= allowance, so
 * with no tolerance only the plan itself is on track.
 */
final class Judgement {
    /** Values recomputed from sums can miss an exact tie by rounding: a relative 1e-9 still meets the plan. */
    static final double ROUNDING = 1e-9;

    private Judgement() {}

    static PlanState of(double actual, double plan, Polarity polarity, PlanTolerance tolerance) {
        return onTrack(actual, plan, polarity, tolerance) ? PlanState.ON_TRACK : PlanState.OFF_TRACK;
    }

    static boolean onTrack(double actual, double plan, Polarity polarity, PlanTolerance tolerance) {
        double allowance = allowance(plan, tolerance);
        return switch (polarity) {
            case HIGHER_IS_BETTER -> actual >= plan - allowance;
            case LOWER_IS_BETTER -> actual <= plan + allowance;
            case NO_JUDGEMENT -> Math.abs(actual - plan) <= allowance;
        };
    }

    static double allowance(double plan, PlanTolerance tolerance) {
        return tolerance.allowance(plan) + ROUNDING * Math.max(1, Math.abs(plan));
    }
}
