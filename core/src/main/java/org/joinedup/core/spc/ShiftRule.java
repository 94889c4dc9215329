package org.joinedup.core.spc;

/** Seven points in a row on the same side of the mean: all seven flagged; a point on the mean breaks the run. */
final class ShiftRule implements SpcRule {
    @Override
    public String name() {
        return "shift";
    }

    @Override
    public SpecialCause[] apply(RuleInput period) {
        int[] part = RuleFunctions.partOfSeven(RuleFunctions.sevenPointOneSideMean(period.relativeToMean));
        return RuleFunctions.shiftLabels(part, period.relativeToMean);
    }
}
