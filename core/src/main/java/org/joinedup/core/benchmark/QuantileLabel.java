package org.joinedup.core.benchmark;

/**
 * The name of a quintile or quartile, as FingertipsNext labels them: Lowest to Highest without judgement,
 * Worst to Best with judgement. Quartiles have no middle band. {@link #label()} is the command-line word.
 */
public enum QuantileLabel {
    LOWEST("lowest", "Lowest"),
    LOW("low", "Low"),
    MIDDLE("middle", "Middle"),
    HIGH("high", "High"),
    HIGHEST("highest", "Highest"),
    WORST("worst", "Worst"),
    WORSE("worse", "Worse"),
    BETTER("better", "Better"),
    BEST("best", "Best"),
    /** Too few values for bounds, or the value is missing. */
    NOT_COMPARED("none", "Not compared");

    private final String label;
    private final String displayName;

    QuantileLabel(String label, String displayName) {
        this.label = label;
        this.displayName = displayName;
    }

    public String label() {
        return label;
    }

    public String displayName() {
        return displayName;
    }
}
