package org.joinedup.core.benchmark;

import java.util.Objects;
import org.joinedup.core.catalogue.Polarity;

/**
 * A recent-trend result.
 *
 * @param marker increasing, decreasing, no significant change or could not be calculated
 * @param pointsUsed the most recent points used; 0 when it could not be calculated
 * @param chiSquare the trend statistic (1 degree of freedom); 0 when it could not be calculated
 * @param slope the slope whose sign gives the direction (see {@link TrendMarkers}); 0 when not calculated
 * @param significant the statistic is above the threshold and no single point reverses the slope
 * @param message why it could not be calculated, in Fingertips' words; empty otherwise
 */
public record TrendResult(
        TrendMarker marker, int pointsUsed, double chiSquare, double slope, boolean significant, String message) {
    public TrendResult {
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(message, "message");
    }

    static TrendResult notCalculated(String message) {
        return new TrendResult(TrendMarker.COULD_NOT_BE_CALCULATED, 0, 0, 0, false, message);
    }

    /** The marker's text for a polarity, e.g. "Decreasing and getting better". */
    public String label(Polarity polarity) {
        return marker.label(polarity);
    }
}
