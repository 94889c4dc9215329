package org.joinedup.core.benchmark;

/** How ratio funnel limits O/E are expressed, as PHEindicatormethods' {@code ratio_type}. */
public enum RatioType {
    /** O/E − 1, centred on 0. */
    COUNT,
    /** O/E × 100, an indirectly standardised ratio centred on 100. */
    ISR
}
