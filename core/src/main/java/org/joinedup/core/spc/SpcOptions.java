package org.joinedup.core.spc;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a chart is computed. Start from {@link #DEFAULT} (the reference's defaults) and change what you
 * need with the {@code with...} methods; every instance is validated and immutable.
 *
 * @param improvementDirection which way is better; decides improvement versus concern. Default increase.
 * @param screenOutliers whether moving ranges at or above 3.267 times their mean are left out of the
 *     limits (XmR only; Laney's charts follow the paper and do not screen). Default true, as in
 *     NHSRplotthedots; false reproduces the Making Data Count Excel tool.
 * @param fixAfterNPoints when set, the limits of each period come from its first this-many points and
 *     are extended to the rest; at least 12, as the reference requires. Null (the default): all points.
 * @param rebaseDates dates at which a new period starts, with its own limits, runs and trends. A date
 *     that is not a date of the series starts nothing (a warning says so). Default none.
 * @param target the target for the assurance icon. Default none.
 * @param shortGroupThreshold a period with fewer points than this gets a short-period warning: its
 *     limits are trial limits. Default 13, the reference's {@code ptd_spc.warning_threshold} default.
 * @param rules the special-cause rules in priority order. Default {@link SpcRules#MAKING_DATA_COUNT}.
 */
public record SpcOptions(
        ImprovementDirection improvementDirection,
        boolean screenOutliers,
        Integer fixAfterNPoints,
        Set<LocalDate> rebaseDates,
        SpcTarget target,
        int shortGroupThreshold,
        List<SpcRule> rules) {

    /** The smallest baseline the reference accepts for fixed limits. */
    public static final int MIN_FIXED_BASELINE = 12;

    /** The reference's default short-period threshold: a warning below 13 points. */
    public static final int DEFAULT_SHORT_GROUP_THRESHOLD = 13;

    public static final SpcOptions DEFAULT = new SpcOptions(
            ImprovementDirection.INCREASE,
            true,
            null,
            Set.of(),
            SpcTarget.none(),
            DEFAULT_SHORT_GROUP_THRESHOLD,
            SpcRules.MAKING_DATA_COUNT);

    public SpcOptions {
        Objects.requireNonNull(improvementDirection, "improvementDirection");
        Objects.requireNonNull(rebaseDates, "rebaseDates");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(rules, "rules");
        if (fixAfterNPoints != null && fixAfterNPoints < MIN_FIXED_BASELINE) {
            throw new IllegalArgumentException(
                    "fixAfterNPoints must be " + MIN_FIXED_BASELINE + " or more, not " + fixAfterNPoints);
        }
        if (shortGroupThreshold < 0) {
            throw new IllegalArgumentException("shortGroupThreshold must be 0 or more, not " + shortGroupThreshold);
        }
        rebaseDates = Set.copyOf(rebaseDates);
        rules = List.copyOf(rules);
        if (Set.copyOf(rules).size() != rules.size()) {
            throw new IllegalArgumentException("rules must not repeat: " + rules);
        }
    }

    public SpcOptions withImprovementDirection(ImprovementDirection direction) {
        return new SpcOptions(
                direction, screenOutliers, fixAfterNPoints, rebaseDates, target, shortGroupThreshold, rules);
    }

    public SpcOptions withScreenOutliers(boolean screen) {
        return new SpcOptions(
                improvementDirection, screen, fixAfterNPoints, rebaseDates, target, shortGroupThreshold, rules);
    }

    /** Fixes the limits of each period on its first {@code n} points (12 or more). */
    public SpcOptions withFixAfterNPoints(int n) {
        return new SpcOptions(improvementDirection, screenOutliers, n, rebaseDates, target, shortGroupThreshold, rules);
    }

    /** Limits from all points of each period (the default). */
    public SpcOptions withoutFixedLimits() {
        return new SpcOptions(
                improvementDirection, screenOutliers, null, rebaseDates, target, shortGroupThreshold, rules);
    }

    public SpcOptions withRebaseDates(Collection<LocalDate> dates) {
        return new SpcOptions(
                improvementDirection,
                screenOutliers,
                fixAfterNPoints,
                Set.copyOf(dates),
                target,
                shortGroupThreshold,
                rules);
    }

    public SpcOptions withTarget(SpcTarget newTarget) {
        return new SpcOptions(
                improvementDirection,
                screenOutliers,
                fixAfterNPoints,
                rebaseDates,
                newTarget,
                shortGroupThreshold,
                rules);
    }

    public SpcOptions withTarget(double value) {
        return withTarget(SpcTarget.of(value));
    }

    public SpcOptions withShortGroupThreshold(int threshold) {
        return new SpcOptions(
                improvementDirection, screenOutliers, fixAfterNPoints, rebaseDates, target, threshold, rules);
    }

    public SpcOptions withRules(List<SpcRule> newRules) {
        return new SpcOptions(
                improvementDirection,
                screenOutliers,
                fixAfterNPoints,
                rebaseDates,
                target,
                shortGroupThreshold,
                newRules);
    }

    /** How many leading points of a period of {@code size} points set its limits. */
    int baselineSize(int size) {
        return fixAfterNPoints == null ? size : Math.min(fixAfterNPoints, size);
    }
}
