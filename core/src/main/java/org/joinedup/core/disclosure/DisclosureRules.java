package org.joinedup.core.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * The settings of disclosure control. {@link #DEFAULT} is the NHS Digital HES/ECDS method from
 * September 2018; {@link #HES_BEFORE_2018} the earlier HES rule. Change a {@link #copy()} with the
 * setters, then {@link #seal()} it: sealing names every setting that is wrong and freezes the rules,
 * after which the setters throw. {@link DisclosureControl} only takes sealed rules.
 */
public final class DisclosureRules {
    /**
     * NHS Digital, September 2018: counts 1 to 7 suppressed, others rounded to the nearest 5, zero
     * kept, national figures exempt, percentages from the rounded counts, complex statistics exempt,
     * with secondary suppression.
     */
    public static final DisclosureRules DEFAULT = new DisclosureRules().seal();

    /** HES before September 2018: counts 1 to 5 suppressed, no rounding, secondary suppression. */
    public static final DisclosureRules HES_BEFORE_2018 =
            new DisclosureRules().suppressUpTo(5).roundingBase(1).seal();

    private boolean sealed;
    private int suppressUpTo = 7;
    private int roundingBase = 5;
    private boolean keepZero = true;
    private boolean nationalExempt = true;
    private boolean ratesFromRounded = true;
    private boolean complexStatisticsExempt = true;
    private boolean secondarySuppression = true;

    public DisclosureRules() {}

    /** An unsealed copy with the same settings. */
    public DisclosureRules copy() {
        DisclosureRules r = new DisclosureRules();
        r.suppressUpTo = suppressUpTo;
        r.roundingBase = roundingBase;
        r.keepZero = keepZero;
        r.nationalExempt = nationalExempt;
        r.ratesFromRounded = ratesFromRounded;
        r.complexStatisticsExempt = complexStatisticsExempt;
        r.secondarySuppression = secondarySuppression;
        return r;
    }

    /**
     * Checks the settings and freezes them.
     *
     * @return this, sealed
     * @throws IllegalArgumentException naming every setting that is wrong
     */
    public DisclosureRules seal() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("disclosure rules: " + String.join("; ", problems));
        }
        sealed = true;
        return this;
    }

    public boolean isSealed() {
        return sealed;
    }

    /** What is wrong with the settings, one entry per setting, empty when all are valid. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (suppressUpTo < 0) {
            p.add("suppressUpTo: cannot be negative, not " + suppressUpTo);
        }
        if (roundingBase < 1) {
            p.add("roundingBase: must be 1 (no rounding) or more, not " + roundingBase);
        } else if (suppressUpTo >= 0 && round(suppressUpTo + 1L, roundingBase) <= suppressUpTo) {
            p.add("roundingBase: " + roundingBase + " would publish " + (suppressUpTo + 1) + " as "
                    + round(suppressUpTo + 1L, roundingBase) + ", a value that suppressUpTo (" + suppressUpTo
                    + ") hides");
        }
        return p;
    }

    /** The count rounded to the nearest multiple of the base, halves up. */
    static long round(long count, int base) {
        return (count + base / 2) / base * base;
    }

    private void checkNotSealed() {
        if (sealed) {
            throw new IllegalStateException("the disclosure rules are sealed: change a copy()");
        }
    }

    public int suppressUpTo() {
        return suppressUpTo;
    }

    /** Counts from 1 to this are suppressed (default 7). */
    public DisclosureRules suppressUpTo(int v) {
        checkNotSealed();
        suppressUpTo = v;
        return this;
    }

    public int roundingBase() {
        return roundingBase;
    }

    /** Larger counts are rounded to the nearest multiple of this, halves up; 1 turns rounding off (default 5). */
    public DisclosureRules roundingBase(int v) {
        checkNotSealed();
        roundingBase = v;
        return this;
    }

    public boolean keepZero() {
        return keepZero;
    }

    /** Whether a zero count is published as 0 (default true); if not, it is suppressed like a small count. */
    public DisclosureRules keepZero(boolean v) {
        checkNotSealed();
        keepZero = v;
        return this;
    }

    public boolean nationalExempt() {
        return nationalExempt;
    }

    /** Whether national figures are published without control (default true). */
    public DisclosureRules nationalExempt(boolean v) {
        checkNotSealed();
        nationalExempt = v;
        return this;
    }

    public boolean ratesFromRounded() {
        return ratesFromRounded;
    }

    /**
     * Whether rates and percentages of published counts are calculated from the rounded counts
     * (default true) or from the counts before rounding.
     */
    public DisclosureRules ratesFromRounded(boolean v) {
        checkNotSealed();
        ratesFromRounded = v;
        return this;
    }

    public boolean complexStatisticsExempt() {
        return complexStatisticsExempt;
    }

    /**
     * Whether standardised rates, their confidence intervals and modelled figures are published without
     * further control (default true); if not, they are suppressed with the counts they rest on.
     */
    public DisclosureRules complexStatisticsExempt(boolean v) {
        checkNotSealed();
        complexStatisticsExempt = v;
        return this;
    }

    public boolean secondarySuppression() {
        return secondarySuppression;
    }

    /** Whether tables get secondary suppression (default true). */
    public DisclosureRules secondarySuppression(boolean v) {
        checkNotSealed();
        secondarySuppression = v;
        return this;
    }

    /** The note for a suppressed small count: "suppressed: fewer than 8". */
    String smallNote() {
        return "suppressed: fewer than " + (suppressUpTo + 1);
    }
}
