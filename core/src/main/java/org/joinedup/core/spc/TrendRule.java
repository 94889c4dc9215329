package org.joinedup.core.spc;

/** Seven points in a row each strictly higher, or each strictly lower, than the one before: all seven flagged. */
final class TrendRule implements SpcRule {
    @Override
    public String name() {
        return "trend";
    }

    @Override
    public SpecialCause[] apply(RuleInput period) {
        int[] partOfTrend = RuleFunctions.partOfSeven(RuleFunctions.sevenPointTrend(period.values));
        return RuleFunctions.trendLabels(period.values, partOfTrend);
    }
}
