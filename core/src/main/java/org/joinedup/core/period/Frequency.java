package org.joinedup.core.period;

import java.util.Set;

/** How often a metric is published. Submissions must use a native period type of the frequency. */
public enum Frequency {
    DAILY(Set.of(PeriodType.DAY)),
    WEEKLY(Set.of(PeriodType.WEEK)),
    MONTHLY(Set.of(PeriodType.MONTH)),
    QUARTERLY(Set.of(PeriodType.QUARTER)),
    ANNUAL(Set.of(PeriodType.FINANCIAL_YEAR, PeriodType.CALENDAR_YEAR));

    private final Set<PeriodType> nativeTypes;

    Frequency(Set<PeriodType> nativeTypes) {
        this.nativeTypes = nativeTypes;
    }

    /** True when a submission for a metric of this frequency may use the period type. */
    public boolean allows(PeriodType type) {
        return nativeTypes.contains(type);
    }

    public Set<PeriodType> nativeTypes() {
        return nativeTypes;
    }

    /**
     * Period types that can be derived for display from native periods (never submitted): a year to
     * date and a rolling twelve months need data more often than once a year.
     */
    public Set<PeriodType> derivedTypes() {
        return this == ANNUAL ? Set.of() : Set.of(PeriodType.YEAR_TO_DATE, PeriodType.ROLLING_12_MONTHS);
    }
}
