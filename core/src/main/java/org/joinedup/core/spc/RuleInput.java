package org.joinedup.core.spc;

/**
 * What the special-cause rules see of one period (a rebase group), in date order: each point's
 * value, its side of the mean (-1, 0, +1), whether it is outside the process limits and whether it is
 * close to them (beyond two sigma but not outside). Read-only.
 */
public final class RuleInput {
    final double[] values;
    final int[] relativeToMean;
    final boolean[] outsideLimits;
    final boolean[] closeToLimits;

    RuleInput(double[] values, int[] relativeToMean, boolean[] outsideLimits, boolean[] closeToLimits) {
        int n = values.length;
        if (relativeToMean.length != n || outsideLimits.length != n || closeToLimits.length != n) {
            throw new IllegalArgumentException("rule input arrays must all have " + n + " elements");
        }
        this.values = values;
        this.relativeToMean = relativeToMean;
        this.outsideLimits = outsideLimits;
        this.closeToLimits = closeToLimits;
    }

    public int size() {
        return values.length;
    }

    public double value(int i) {
        return values[i];
    }

    public int relativeToMean(int i) {
        return relativeToMean[i];
    }

    public boolean outsideLimits(int i) {
        return outsideLimits[i];
    }

    public boolean closeToLimits(int i) {
        return closeToLimits[i];
    }
}
