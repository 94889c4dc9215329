package org.joinedup.core.catalogue;

/** How a metric's value is made from its numerator and denominator. */
public enum ValueType {
    COUNT,
    PROPORTION,
    CRUDE_RATE,
    DSR,
    ISR,
    MEAN,
    RATIO,
    DAYS_PER_DAY
}
