package org.joinedup.core.quality;

/** Where the accountable owner's sign-off of a figure stands. */
public enum SignOff {
    SIGNED_OFF,
    AWAITING,
    REFUSED
}
