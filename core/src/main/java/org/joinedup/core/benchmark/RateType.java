package org.joinedup.core.benchmark;

/** The kind of rate on a rate funnel, as PHEindicatormethods' {@code rate_type}. */
public enum RateType {
    /** Directly standardised: the population is derived from events and rate; fewer than 10 events are not tested. */
    DSR,
    /** Crude: the population may be given. */
    CRUDE
}
