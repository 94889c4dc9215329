package org.joinedup.core.spc;

/**
 * Two of three consecutive points beyond two sigma on the same side of the mean: the close points are
 * flagged, not the third.
 */
final class TwoInThreeRule implements SpcRule {
    @Override
    public String name() {
        return "two_in_three";
    }

    @Override
    public SpecialCause[] apply(RuleInput period) {
        int[] close = RuleFunctions.asFlags(period.closeToLimits);
        int[] part = RuleFunctions.partOfTwoInThree(RuleFunctions.twoInThree(close, period.relativeToMean), close);
        return RuleFunctions.twoInThreeLabels(part, period.relativeToMean);
    }
}
