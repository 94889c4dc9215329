package org.joinedup.core.spc;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Summary of one period of a chart (a rebase group), as the reference's {@code summary()} gives it.
 *
 * @param index the period, from 0
 * @param start date of its first point
 * @param end date of its last point
 * @param size number of points
 * @param baselineSize how many leading points set the limits
 * @param mean the centre line
 * @param lpl lower process limit at the first point (the same at every point of an XmR chart)
 * @param upl upper process limit at the first point
 * @param meanMovingRange mean moving range behind the limits (of z-scores for Laney charts); NaN with one point
 * @param commonCause points of common cause
 * @param specialCauseImprovement points of special cause improvement
 * @param specialCauseConcern points of special cause concern
 * @param specialCauseNeutral points of neutral special cause (high or low)
 * @param lastPointType type of the period's last point: the period's variation type
 * @param shortGroup fewer points than the warning threshold: trial limits
 */
public record SpcGroup(
        int index,
        LocalDate start,
        LocalDate end,
        int size,
        int baselineSize,
        double mean,
        double lpl,
        double upl,
        double meanMovingRange,
        int commonCause,
        int specialCauseImprovement,
        int specialCauseConcern,
        int specialCauseNeutral,
        PointType lastPointType,
        boolean shortGroup) {

    public SpcGroup {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(lastPointType, "lastPointType");
        if (index < 0 || size < 1 || baselineSize < 1 || baselineSize > size) {
            throw new IllegalArgumentException(
                    "group " + index + ": bad size " + size + " or baseline " + baselineSize);
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("group " + index + ": ends before it starts");
        }
        if (commonCause + specialCauseImprovement + specialCauseConcern + specialCauseNeutral != size) {
            throw new IllegalArgumentException("group " + index + ": point counts do not add up to " + size);
        }
    }
}
