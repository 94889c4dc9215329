package org.joinedup.core.plan;

/**
 * What a planned value is: a local plan (a Better Care Fund plan agreed for a Health and Wellbeing Board
 * area) or a target (a standard such as the 4-hour 95% or the dementia diagnosis 66.7% ambition). Both are
 * judged the same way; a metric may have one of each for the same area and year.
 */
public enum PlanKind {
    PLAN,
    TARGET
}
