package org.joinedup.core.benchmark;

/**
 * The Fingertips benchmarking methods implemented here, with Fingertips' comparator method id
 * ({@code ComparatorMethodIds} in fingertips-open) and a descriptive name.
 */
public enum BenchmarkMethod {
    /** Method 1: the benchmark value against the area's confidence interval, at one level. */
    CI_OVERLAPPING_REFERENCE(1, "Confidence intervals overlapping reference value"),
    /** Method 17: as method 1 at 95%, then at 99.8% for best and worst. */
    CI_OVERLAPPING_REFERENCE_TWO_LEVELS(17, "Confidence intervals overlapping reference value (95.0 and 99.8)"),
    /** Method 12: the area's and the benchmark's 95% confidence intervals against each other. */
    DOUBLE_OVERLAPPING_CIS(12, "Double overlapping confidence intervals"),
    /** Method 5: Wilson control limits around the benchmark proportion for the area's denominator. */
    SPC_FOR_PROPORTIONS(5, "SPC for proportions"),
    /** Method 6: exact Poisson control limits around the benchmark rate for the area's population. */
    SPC_FOR_DSRS(6, "SPC for DSRs"),
    /** Method 15: the quintile of the area among its peers. */
    QUINTILES(15, "Quintiles"),
    /** Method 16: the quartile of the area among its peers. */
    QUARTILES(16, "Quartiles");

    private final int fingertipsId;
    private final String description;

    BenchmarkMethod(int fingertipsId, String description) {
        this.fingertipsId = fingertipsId;
        this.description = description;
    }

    /** Fingertips' comparator method id. */
    public int fingertipsId() {
        return fingertipsId;
    }

    public String description() {
        return description;
    }
}
