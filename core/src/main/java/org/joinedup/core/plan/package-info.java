/**
 * Plans and targets (Better Care Fund plans, national standards) for a metric, area and financial year, and
 * where actual data stand against them: {@link org.joinedup.core.plan.PlanStatus} for the year to date and
 * each period, {@link org.joinedup.core.plan.PlanForecast} for the chance of meeting the annual value.
 * Method notes: {@code docs/plans.md}.
 */
package org.joinedup.core.plan;
