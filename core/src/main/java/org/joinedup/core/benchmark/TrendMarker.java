package org.joinedup.core.benchmark;

import org.joinedup.core.catalogue.Polarity;

/**
 * Fingertips' recent-trend marker. {@link #label()} is the command-line text; {@link #label(Polarity)} the
 * text shown with the polarity, as Fingertips' {@code TrendMarkerLabelProvider} ("Increasing and getting
 * better", ...). Fingertips words the last case "Cannot be calculated".
 */
public enum TrendMarker {
    INCREASING("increasing"),
    DECREASING("decreasing"),
    NO_SIGNIFICANT_CHANGE("no significant change"),
    COULD_NOT_BE_CALCULATED("could not be calculated");

    private final String label;

    TrendMarker(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * "Increasing and getting better" / "Increasing and getting worse" / "Increasing" (no judgement), the same
     * for decreasing, "No significant change", "Could not be calculated".
     */
    public String label(Polarity polarity) {
        return switch (this) {
            case NO_SIGNIFICANT_CHANGE -> "No significant change";
            case COULD_NOT_BE_CALCULATED -> "Could not be calculated";
            case INCREASING ->
                switch (polarity) {
                    case HIGHER_IS_BETTER -> "Increasing and getting better";
                    case LOWER_IS_BETTER -> "Increasing and getting worse";
                    case NO_JUDGEMENT -> "Increasing";
                };
            case DECREASING ->
                switch (polarity) {
                    case HIGHER_IS_BETTER -> "Decreasing and getting worse";
                    case LOWER_IS_BETTER -> "Decreasing and getting better";
                    case NO_JUDGEMENT -> "Decreasing";
                };
        };
    }
}
