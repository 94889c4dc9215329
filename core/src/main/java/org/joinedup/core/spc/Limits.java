package org.joinedup.core.spc;

/**
 * Centre line and process limits at one point: the 3-sigma limits and the 2-sigma "near" limits that
 * the two-of-three rule uses. NaN limits mean undefined (a period with one point has no moving range).
 */
record Limits(double mean, double lpl, double upl, double nearLpl, double nearUpl) {}
