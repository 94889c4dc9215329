package org.joinedup.core.spc;

import java.util.List;
import java.util.Objects;

/**
 * The special-cause rules of NHS England's Making Data Count, as named objects. A chart applies a
 * list of rules in priority order ({@link SpcOptions#rules()}); where several flag the same point the
 * first names it, and a point flagged by any rule is special cause.
 */
public final class SpcRules {
    /** A point strictly above the upper process limit or strictly below the lower one. */
    public static final SpcRule OUTSIDE_LIMITS = new OutsideLimitsRule();

    /** Seven consecutive points each strictly higher, or each strictly lower, than the previous one. */
    public static final SpcRule TREND = new TrendRule();

    /** Two of three consecutive points beyond two sigma, all three on the same side of the mean. */
    public static final SpcRule TWO_IN_THREE = new TwoInThreeRule();

    /** Seven consecutive points on the same side of the mean. */
    public static final SpcRule SHIFT = new ShiftRule();

    /** The reference's rules and priority: outside limits, then trend, then two of three, then shift. */
    public static final List<SpcRule> MAKING_DATA_COUNT = List.of(OUTSIDE_LIMITS, TREND, TWO_IN_THREE, SHIFT);

    private SpcRules() {}

    /** Applies the rules in order to one period; each point takes the label of the first rule that flags it. */
    static SpecialCause[] apply(List<SpcRule> rules, RuleInput period) {
        SpecialCause[] out = RuleFunctions.commonCause(period.size());
        for (SpcRule rule : rules) {
            SpecialCause[] labels = Objects.requireNonNull(rule.apply(period), rule.name());
            if (labels.length != out.length) {
                throw new IllegalStateException(
                        "rule " + rule.name() + " gave " + labels.length + " labels for " + out.length + " points");
            }
            combineInto(out, labels);
        }
        return out;
    }

    /** Keeps labels already set and fills the points still common cause from a rule of lower priority. */
    static void combineInto(SpecialCause[] sofar, SpecialCause[] lowerPriority) {
        for (int i = 0; i < sofar.length; i++) {
            if (!sofar[i].isSpecial()) {
                sofar[i] = Objects.requireNonNull(lowerPriority[i], "label");
            }
        }
    }
}
