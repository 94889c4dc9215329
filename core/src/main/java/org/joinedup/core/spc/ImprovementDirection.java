package org.joinedup.core.spc;

/** Which way a metric should move to be better; neutral when neither way is better. */
public enum ImprovementDirection {
    INCREASE(1),
    DECREASE(-1),
    NEUTRAL(0);

    private final int sign;

    ImprovementDirection(int sign) {
        this.sign = sign;
    }

    /** +1 for increase, -1 for decrease, 0 for neutral: the reference's numeric coding. */
    public int sign() {
        return sign;
    }
}
