package org.joinedup.core.spc;

/**
 * One special-cause rule. It labels the points it flags in one period and leaves the rest as
 * {@link SpecialCause#COMMON_CAUSE}. Rules are applied in a priority order and the first rule that
 * flags a point names it; see {@link SpcRules}.
 */
public interface SpcRule {
    /** A short stable name, e.g. {@code shift}. */
    String name();

    /** One label per point of the period, never null. */
    SpecialCause[] apply(RuleInput period);
}
