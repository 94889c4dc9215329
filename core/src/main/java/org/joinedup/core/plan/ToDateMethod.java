package org.joinedup.core.plan;

/** How the year to date was made from the periods known so far; the plan to date is made the same way. */
public enum ToDateMethod {
    /** Counts: the periods' values added up. */
    SUM,
    /**
     * Proportions, rates, ratios, means and days per day: the numerators and the denominators added up and
     * the value recomputed; the plan to date weights each period's planned value by that period's actual
     * denominator.
     */
    RATIO_OF_SUMS,
    /**
     * The plain mean of the periods' values, used only when nothing better is possible: a directly
     * standardised rate (which needs every age band to be recombined), or a period published as a value
     * alone, without its numerator and denominator.
     */
    MEAN_OF_VALUES
}
