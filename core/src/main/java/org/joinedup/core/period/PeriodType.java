package org.joinedup.core.period;

/** The kinds of reporting period a label can name. Quarters are financial quarters (Q1 = Apr-Jun). */
public enum PeriodType {
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    FINANCIAL_YEAR,
    CALENDAR_YEAR,
    /** From 1 April to the end of a month in the same financial year. */
    YEAR_TO_DATE,
    /** The twelve months ending with a month. */
    ROLLING_12_MONTHS
}
