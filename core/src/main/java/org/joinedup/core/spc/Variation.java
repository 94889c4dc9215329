package org.joinedup.core.spc;

import java.util.Locale;

/**
 * The variation icon of a series. As in the reference it is read from the type of the last point
 * only: a series whose last point is common cause shows common cause, whatever came before.
 */
public enum Variation {
    COMMON_CAUSE,
    IMPROVEMENT_HIGH,
    IMPROVEMENT_LOW,
    CONCERN_HIGH,
    CONCERN_LOW,
    NEUTRAL_HIGH,
    NEUTRAL_LOW;

    /** The icon's name as the reference spells it, e.g. {@code improvement_high}. */
    public String icon() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The icon for a last point of the given type. Improvement is high when higher is better and low
     * otherwise; concern is the opposite side; neutral keeps the side of the signal.
     */
    public static Variation of(PointType lastPoint, ImprovementDirection direction) {
        boolean increase = direction == ImprovementDirection.INCREASE;
        return switch (lastPoint) {
            case COMMON_CAUSE -> COMMON_CAUSE;
            case SPECIAL_CAUSE_IMPROVEMENT -> increase ? IMPROVEMENT_HIGH : IMPROVEMENT_LOW;
            case SPECIAL_CAUSE_CONCERN -> increase ? CONCERN_LOW : CONCERN_HIGH;
            case SPECIAL_CAUSE_NEUTRAL_HIGH -> NEUTRAL_HIGH;
            case SPECIAL_CAUSE_NEUTRAL_LOW -> NEUTRAL_LOW;
        };
    }
}
