package org.joinedup.core.spc;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One point of a control chart with its limits and its reading.
 *
 * @param index position in the series, in date order, from 0
 * @param date the point's date
 * @param value the value plotted (for p-prime and u-prime charts, numerator over denominator)
 * @param group which period (rebase group) the point is in, from 0
 * @param mean the centre line
 * @param lpl lower process limit (3 sigma); NaN when undefined (a one-point period)
 * @param upl upper process limit (3 sigma); NaN when undefined
 * @param nearLpl lower 2-sigma line; NaN when undefined
 * @param nearUpl upper 2-sigma line; NaN when undefined
 * @param relativeToMean -1 below the mean, 0 on it, +1 above
 * @param outsideLimits strictly above the upper or below the lower limit
 * @param closeToLimits beyond a 2-sigma line but not outside the limits
 * @param specialCause the label of the highest-priority rule that flags the point
 * @param pointType the colour of the point given the improvement direction
 * @param target the target at this date, or null
 */
public record SpcPoint(
        int index,
        LocalDate date,
        double value,
        int group,
        double mean,
        double lpl,
        double upl,
        double nearLpl,
        double nearUpl,
        int relativeToMean,
        boolean outsideLimits,
        boolean closeToLimits,
        SpecialCause specialCause,
        PointType pointType,
        Double target) {

    public SpcPoint {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(specialCause, "specialCause");
        Objects.requireNonNull(pointType, "pointType");
        if (index < 0 || group < 0) {
            throw new IllegalArgumentException(date + ": index and group must be 0 or more");
        }
        if (!Double.isFinite(value) || !Double.isFinite(mean)) {
            throw new IllegalArgumentException(date + ": value and mean must be finite");
        }
        if (relativeToMean < -1 || relativeToMean > 1) {
            throw new IllegalArgumentException(date + ": relativeToMean must be -1, 0 or 1");
        }
        boolean undefined = Double.isNaN(lpl) && Double.isNaN(upl) && Double.isNaN(nearLpl) && Double.isNaN(nearUpl);
        if (!undefined && !(lpl <= nearLpl && nearLpl <= mean && mean <= nearUpl && nearUpl <= upl)) {
            throw new IllegalArgumentException(
                    date + ": limits must be ordered lpl <= nearLpl <= mean <= nearUpl <= upl");
        }
        if (outsideLimits && closeToLimits) {
            throw new IllegalArgumentException(date + ": a point outside the limits is not close to them");
        }
        if (specialCause.isSpecial() != pointType.isSpecialCause()) {
            throw new IllegalArgumentException(date + ": " + specialCause + " does not go with " + pointType);
        }
        if (target != null && !Double.isFinite(target)) {
            throw new IllegalArgumentException(date + ": target must be finite");
        }
    }

    /** One sigma: a third of the distance from the centre line to the upper limit. */
    public double sigma() {
        return (upl - mean) / 3;
    }

    /** The lower 1-sigma line, drawn on Making Data Count charts. */
    public double lowerOneSigma() {
        return mean - sigma();
    }

    /** The upper 1-sigma line. */
    public double upperOneSigma() {
        return mean + sigma();
    }

    /** False only in a one-point period, where there is no moving range to set limits. */
    public boolean hasLimits() {
        return !Double.isNaN(upl);
    }
}
