package org.joinedup.core.assessment;

import java.util.Objects;
import org.joinedup.core.benchmark.Comparison;
import org.joinedup.core.indicator.ConfidenceInterval;
import org.joinedup.core.observation.Status;
import org.joinedup.core.period.Period;
import org.joinedup.core.quality.KiteMark;
import org.joinedup.core.spc.Assurance;
import org.joinedup.core.spc.PointType;
import org.joinedup.core.spc.SpecialCause;
import org.joinedup.core.spc.Variation;

/**
 * What the dashboard shows for one metric, area and period. Made on demand from a {@link SeriesAssessment}
 * ({@link SeriesAssessment#assessment(int)}); immutable.
 *
 * @param value the published value, else computed from numerator and denominator; null when neither
 * @param numerator null when not published
 * @param denominator null when not published
 * @param status provisional or final (a roll-up is provisional when any part is)
 * @param rolledUp true when the figure was added up from the area's children rather than supplied
 * @param ci95 the 95% interval by the metric's CI method (Wilson for proportions, exact Poisson or Byar's
 *     for rates and counts); null when the method gives none or the counts are missing. A limit may be
 *     absent (a Byar's lower limit below zero)
 * @param ci998 the 99.8% interval, likewise
 * @param vsEngland the value against England's for the period by Fingertips' method 1 at 95% (CI
 *     overlapping the reference value) read with the metric's polarity; null for England itself
 * @param parentCode the area the figure is also compared with (ICB for a trust, PCN for a practice, ...);
 *     null when none
 * @param vsParent the comparison with the parent's value, as {@code vsEngland}; null when no parent
 * @param specialCause the SPC rule that flags the point; null when the point has no value to chart
 * @param pointType the SPC point colour given the metric's polarity; null when not charted
 * @param mean the series' centre line (NaN when nothing is charted)
 * @param lpl the lower process limit (NaN with fewer than two points)
 * @param upl the upper process limit
 * @param variation the series' variation icon, read from its latest charted point; null when nothing is charted
 * @param assurance the series' assurance icon against the target; null without a target or for a
 *     metric of no judgement
 * @param target the target the assurance is read against, null when none
 * @param trend Fingertips' recent trend marker in words (e.g. "Increasing and getting better"); null for
 *     a metric without confidence intervals
 * @param kiteMark the data quality kite mark from the facts known: source type and timeliness; the other
 *     segments are not assessed
 * @param planStatus where the figure stands against a plan; null until plans exist
 * @param latest true for the series' latest period
 */
public record Assessment(
        String metricId,
        String areaCode,
        Period period,
        Double value,
        Double numerator,
        Double denominator,
        Status status,
        boolean rolledUp,
        ConfidenceInterval ci95,
        ConfidenceInterval ci998,
        Comparison vsEngland,
        String parentCode,
        Comparison vsParent,
        SpecialCause specialCause,
        PointType pointType,
        double mean,
        double lpl,
        double upl,
        Variation variation,
        Assurance assurance,
        Double target,
        String trend,
        KiteMark kiteMark,
        String planStatus,
        boolean latest) {

    public Assessment {
        Objects.requireNonNull(metricId, "metricId");
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(kiteMark, "kiteMark");
    }

    /** The same assessment with where it stands against a plan (see the plan package). */
    public Assessment withPlanStatus(String plan) {
        return new Assessment(
                metricId,
                areaCode,
                period,
                value,
                numerator,
                denominator,
                status,
                rolledUp,
                ci95,
                ci998,
                vsEngland,
                parentCode,
                vsParent,
                specialCause,
                pointType,
                mean,
                lpl,
                upl,
                variation,
                assurance,
                target,
                trend,
                kiteMark,
                plan,
                latest);
    }
}
