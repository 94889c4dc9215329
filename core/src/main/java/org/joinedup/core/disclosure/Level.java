package org.joinedup.core.disclosure;

import org.joinedup.core.geography.AreaType;

/** Whether a figure is for the whole country, which the method may leave uncontrolled, or for part of it. */
public enum Level {
    NATIONAL,
    SUB_NATIONAL;

    /** NATIONAL for England (a country), SUB_NATIONAL for every other kind of area. */
    public static Level of(AreaType type) {
        return type == AreaType.COUNTRY ? NATIONAL : SUB_NATIONAL;
    }
}
