package org.joinedup.core.spc;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Whether the process, as its limits stand, will meet a target. */
public enum Assurance {
    CONSISTENT_PASS,
    CONSISTENT_FAIL,
    INCONSISTENT;

    /** The reference's name, e.g. {@code consistent_pass}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Assurance of a target against process limits. A target strictly above the upper limit is
     * always failed when higher is better and always passed when lower is better; strictly below
     * the lower limit the reverse; anywhere else, including on a limit, the process will sometimes
     * pass and sometimes fail. Empty when there is no target or the direction is neutral. If the
     * limits are undefined (NaN, a one-point period) no comparison holds and the answer is
     * inconsistent, as in the reference.
     */
    public static Optional<Assurance> of(
            double lowerLimit, double upperLimit, Double target, ImprovementDirection direction) {
        Objects.requireNonNull(direction, "direction");
        if (target == null || direction == ImprovementDirection.NEUTRAL) {
            return Optional.empty();
        }
        boolean increase = direction == ImprovementDirection.INCREASE;
        if (target > upperLimit) {
            return Optional.of(increase ? CONSISTENT_FAIL : CONSISTENT_PASS);
        }
        if (target < lowerLimit) {
            return Optional.of(increase ? CONSISTENT_PASS : CONSISTENT_FAIL);
        }
        return Optional.of(INCONSISTENT);
    }
}
