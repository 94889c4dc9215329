package org.joinedup.core.spc;

/**
 * The limits of every point in one period and the spread they come from.
 *
 * @param points limits per point, in date order
 * @param meanMovingRange the mean moving range used: of the values (XmR) or of the z-scores (Laney)
 * @param baselineSize how many leading points the limits were computed from
 */
record PeriodLimits(Limits[] points, double meanMovingRange, int baselineSize) {}
