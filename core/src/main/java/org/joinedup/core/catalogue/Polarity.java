package org.joinedup.core.catalogue;

/** Which direction of change is an improvement. */
public enum Polarity {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    NO_JUDGEMENT
}
