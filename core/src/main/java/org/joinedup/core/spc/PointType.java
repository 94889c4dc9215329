package org.joinedup.core.spc;

import java.util.Locale;

/** How a point is coloured: common cause, or special cause read against the improvement direction. */
public enum PointType {
    COMMON_CAUSE,
    SPECIAL_CAUSE_IMPROVEMENT,
    SPECIAL_CAUSE_CONCERN,
    SPECIAL_CAUSE_NEUTRAL_HIGH,
    SPECIAL_CAUSE_NEUTRAL_LOW;

    /** The reference's name, e.g. {@code special_cause_improvement}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isSpecialCause() {
        return this != COMMON_CAUSE;
    }

    /**
     * The point type for a special cause: the cause's side (+1 high, -1 low) times the improvement
     * direction gives improvement or concern; a neutral direction gives neutral high or low.
     */
    public static PointType of(SpecialCause cause, ImprovementDirection direction) {
        int side = cause.side();
        if (side == 0) {
            return COMMON_CAUSE;
        }
        if (direction == ImprovementDirection.NEUTRAL) {
            return side > 0 ? SPECIAL_CAUSE_NEUTRAL_HIGH : SPECIAL_CAUSE_NEUTRAL_LOW;
        }
        return side * direction.sign() > 0 ? SPECIAL_CAUSE_IMPROVEMENT : SPECIAL_CAUSE_CONCERN;
    }
}
