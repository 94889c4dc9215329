package org.joinedup.core.plan;

/**
 * How far worse than its plan a value may be and still count as on track: the larger of an absolute
 * amount, in the metric's unit, and a fraction of the planned value's size. {@link #NONE} asks for the plan
 * itself (an exact tie counts as meeting it).
 *
 * @param relative a fraction of |plan|, e.g. 0.02 for 2%
 * @param absolute an amount in the metric's unit, e.g. 0.5 percentage points
 */
public record PlanTolerance(double relative, double absolute) {
    public static final PlanTolerance NONE = new PlanTolerance(0, 0);

    public PlanTolerance {
        if (!(relative >= 0) || !Double.isFinite(relative) || !(absolute >= 0) || !Double.isFinite(absolute)) {
            throw new IllegalArgumentException(
                    "tolerances must be finite numbers of 0 or more, not " + relative + " and " + absolute);
        }
    }

    public static PlanTolerance relative(double fraction) {
        return new PlanTolerance(fraction, 0);
    }

    public static PlanTolerance absolute(double amount) {
        return new PlanTolerance(0, amount);
    }

    /** The allowance for a planned value: max(absolute, relative x |plan|). */
    public double allowance(double plan) {
        return Math.max(absolute, relative * Math.abs(plan));
    }
}
