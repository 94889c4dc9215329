package org.joinedup.core.benchmark;

/** Where a point lies against the funnel limits, in PHEindicatormethods' words ({@link #label()}). */
public enum FunnelSignificance {
    HIGH_001("High (0.001)"),
    HIGH_025("High (0.025)"),
    NOT_SIGNIFICANT("Not significant"),
    LOW_025("Low (0.025)"),
    LOW_001("Low (0.001)"),
    /** A directly standardised rate on fewer than 10 events is not tested. */
    NOT_APPLICABLE_DSR("Not applicable for events less than 10 for dsrs");

    private final String label;

    FunnelSignificance(String label) {
        this.label = label;
    }

    /** Exactly PHEindicatormethods' text, e.g. "High (0.001)". */
    public String label() {
        return label;
    }
}
