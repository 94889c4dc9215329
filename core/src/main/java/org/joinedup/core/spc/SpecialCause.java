package org.joinedup.core.spc;

/**
 * Why a point is special cause, with the reference's label. Only the rule of highest priority that
 * flags a point names it (outside limits, then trend, then two of three, then shift).
 */
public enum SpecialCause {
    COMMON_CAUSE("Common Cause", 0),
    ABOVE_UPPER_LIMIT("Above UCL", 1),
    BELOW_LOWER_LIMIT("Below LCL", -1),
    TREND_INCREASING("7 Point Trend (Increasing)", 1),
    TREND_DECREASING("7 Point Trend (Decreasing)", -1),
    TWO_IN_THREE_ABOVE("2 in 3 Above CL", 1),
    TWO_IN_THREE_BELOW("2 in 3 Below CL", -1),
    SHIFT_ABOVE("7 Points Above CL", 1),
    SHIFT_BELOW("7 Points Below CL", -1);

    private final String label;
    private final int side;

    SpecialCause(String label, int side) {
        this.label = label;
        this.side = side;
    }

    /** The label NHSRplotthedots gives, e.g. {@code "7 Points Above CL"}. */
    public String label() {
        return label;
    }

    /** +1 when the signal points up (above, increasing), -1 when down, 0 for common cause. */
    public int side() {
        return side;
    }

    public boolean isSpecial() {
        return this != COMMON_CAUSE;
    }

    static SpecialCause outside(int side) {
        return side > 0 ? ABOVE_UPPER_LIMIT : BELOW_LOWER_LIMIT;
    }

    static SpecialCause trend(int side) {
        return side > 0 ? TREND_INCREASING : TREND_DECREASING;
    }

    static SpecialCause twoInThree(int side) {
        return side > 0 ? TWO_IN_THREE_ABOVE : TWO_IN_THREE_BELOW;
    }

    static SpecialCause shift(int side) {
        return side > 0 ? SHIFT_ABOVE : SHIFT_BELOW;
    }
}
