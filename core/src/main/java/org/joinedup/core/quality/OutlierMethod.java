package org.joinedup.core.quality;

/** How the consistency segment decides that a value is out of line with its own history. */
public enum OutlierMethod {
    /**
     * XmR (individuals) chart limits from the earlier points only: their mean plus or minus 2.66 times
     * their mean moving range, as in NHS Making Data Count. The default.
     */
    XMR,
    /**
     * Robust z-score from the earlier points: 0.6745 times the distance from their median divided by
     * their median absolute deviation; out of line beyond the configured limit (3.5 by default, after
     * Iglewicz and Hoaglin).
     */
    ROBUST_Z
}
