package org.joinedup.core.spc;

/** A point strictly above the upper or below the lower process limit. */
final class OutsideLimitsRule implements SpcRule {
    @Override
    public String name() {
        return "outside_limits";
    }

    @Override
    public SpecialCause[] apply(RuleInput period) {
        return RuleFunctions.outsideLabels(RuleFunctions.asFlags(period.outsideLimits), period.relativeToMean);
    }
}
