package org.joinedup.core.catalogue;

/** How confidence intervals are calculated for a metric. */
public enum CiMethod {
    WILSON,
    BYARS,
    DOBSON,
    POISSON_EXACT,
    STUDENT_T,
    NONE
}
