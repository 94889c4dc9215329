package org.joinedup.core.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.joinedup.core.benchmark.Comparison;
import org.joinedup.core.benchmark.TrendMarkers;
import org.joinedup.core.benchmark.TrendPoint;
import org.joinedup.core.benchmark.TrendResult;
import org.joinedup.core.catalogue.ValueType;
import org.joinedup.core.indicator.ConfidenceInterval;
import org.joinedup.core.observation.Status;
import org.joinedup.core.quality.KiteMarkFacts;
import org.joinedup.core.quality.KiteMarks;
import org.joinedup.core.quality.Rating;
import org.joinedup.core.spc.Assurance;
import org.joinedup.core.spc.PointType;
import org.joinedup.core.spc.SpecialCause;
import org.joinedup.core.spc.Variation;

/**
 * The assessment of one series as primitive arrays, one element per point of its {@link SeriesInput}, plus
 * the series' SPC centre line, limits and icons. Codes are enum ordinals ({@link SpecialCause}, {@link
 * PointType}, {@link org.joinedup.core.benchmark.BenchmarkResult}, {@link Rating}, {@link Variation}, {@link
 * Assurance}); {@link XmrKernel#NO_POINT} (-1) where there is nothing. Immutable once published: the arrays
 * are not exposed, read them through the accessors or {@link #assessment(int)}.
 */
public final class SeriesAssessment {
    /** What every series of one metric shares. */
    record Context(MetricSpec spec, PeriodCalendar calendar, AreaIndex areas, LocalDate asAt, KiteMarks kiteMarks) {}

    final Context context;
    final SeriesInput input;
    final double[] value;
    final double[] lower95;
    final double[] upper95;
    final double[] lower998;
    final double[] upper998;
    final byte[] cause;
    final byte[] pointType;
    final byte[] kiteMark;
    final byte[] vsEngland;
    final byte[] vsParent;
    /** Where this series' points start in the value, interval, cause, point type and kite mark arrays. */
    final int offset;
    /** Where they start in the comparison arrays. */
    final int comparedOffset;

    final double mean;
    final double lpl;
    final double upl;
    final double nearLpl;
    final double nearUpl;
    final double meanMovingRange;
    final byte variation;
    final byte assurance;
    /** Position of the latest charted point, -1 when none. */
    final int lastCharted;

    SeriesAssessment(
            Context context,
            SeriesInput input,
            double[] value,
            double[] lower95,
            double[] upper95,
            double[] lower998,
            double[] upper998,
            byte[] cause,
            byte[] pointType,
            byte[] kiteMark,
            byte[] vsEngland,
            byte[] vsParent,
            int offset,
            XmrKernel.Workspace chart,
            byte variation,
            byte assurance,
            int lastCharted) {
        this.context = context;
        this.input = input;
        this.value = value;
        this.lower95 = lower95;
        this.upper95 = upper95;
        this.lower998 = lower998;
        this.upper998 = upper998;
        this.cause = cause;
        this.pointType = pointType;
        this.kiteMark = kiteMark;
        this.vsEngland = vsEngland;
        this.vsParent = vsParent;
        this.offset = offset;
        this.comparedOffset = offset;
        this.mean = chart.mean;
        this.lpl = chart.lpl;
        this.upl = chart.upl;
        this.nearLpl = chart.nearLpl;
        this.nearUpl = chart.nearUpl;
        this.meanMovingRange = chart.meanMovingRange;
        this.variation = variation;
        this.assurance = assurance;
        this.lastCharted = lastCharted;
    }

    /** The same assessment with other comparison codes. */
    private SeriesAssessment(SeriesAssessment s, byte[] vsEngland, byte[] vsParent, int comparedOffset) {
        this.context = s.context;
        this.input = s.input;
        this.value = s.value;
        this.lower95 = s.lower95;
        this.upper95 = s.upper95;
        this.lower998 = s.lower998;
        this.upper998 = s.upper998;
        this.cause = s.cause;
        this.pointType = s.pointType;
        this.kiteMark = s.kiteMark;
        this.vsEngland = vsEngland;
        this.vsParent = vsParent;
        this.offset = s.offset;
        this.comparedOffset = comparedOffset;
        this.mean = s.mean;
        this.lpl = s.lpl;
        this.upl = s.upl;
        this.nearLpl = s.nearLpl;
        this.nearUpl = s.nearUpl;
        this.meanMovingRange = s.meanMovingRange;
        this.variation = s.variation;
        this.assurance = s.assurance;
        this.lastCharted = s.lastCharted;
    }

    SeriesAssessment withComparisons(byte[] england, byte[] parent, int at) {
        return new SeriesAssessment(this, england, parent, at);
    }

    public String metricId() {
        return context.spec().id();
    }

    public String areaCode() {
        return context.areas().code(input.area());
    }

    public MetricSpec metric() {
        return context.spec();
    }

    public SeriesInput input() {
        return input;
    }

    /** Number of points (periods) in the series. */
    public int size() {
        return input.size();
    }

    /** Calendar index of point i. */
    public int periodIndex(int i) {
        return input.periods()[i];
    }

    /** Position of a calendar period in the series, -1 when absent. */
    public int positionOf(int calendarPeriod) {
        return input.positionOf(calendarPeriod);
    }

    public double value(int i) {
        return value[offset + i];
    }

    public double lower95(int i) {
        return lower95[offset + i];
    }

    public double upper95(int i) {
        return upper95[offset + i];
    }

    public double lower998(int i) {
        return lower998[offset + i];
    }

    public double upper998(int i) {
        return upper998[offset + i];
    }

    public byte specialCauseCode(int i) {
        return cause[offset + i];
    }

    public byte pointTypeCode(int i) {
        return pointType[offset + i];
    }

    public byte kiteMarkCode(int i) {
        return kiteMark[offset + i];
    }

    public byte vsEnglandCode(int i) {
        return vsEngland[comparedOffset + i];
    }

    public byte vsParentCode(int i) {
        return vsParent[comparedOffset + i];
    }

    public double mean() {
        return mean;
    }

    public double lpl() {
        return lpl;
    }

    public double upl() {
        return upl;
    }

    public double nearLpl() {
        return nearLpl;
    }

    public double nearUpl() {
        return nearUpl;
    }

    public double meanMovingRange() {
        return meanMovingRange;
    }

    /** Variation icon code, -1 when nothing is charted. */
    public byte variationCode() {
        return variation;
    }

    /** Assurance icon code, -1 when there is none. */
    public byte assuranceCode() {
        return assurance;
    }

    /** The latest point, -1 for an empty series. */
    public int latest() {
        return input.size() - 1;
    }

    /** Point i for display. */
    /**
     * Fingertips' recent trend marker at point i, over the five points ending there: the chi-square test
     * for trend of counts for proportions, the weighted regression on values with 95% intervals otherwise.
     * Null for a metric without intervals. Worked out here, on the display path, not in the full recompute.
     */
    String trend(int i) {
        MetricSpec spec = context.spec();
        if (spec.intervals() == MetricSpec.Intervals.NONE) {
            return null;
        }
        boolean counts = spec.valueType() == ValueType.PROPORTION;
        List<TrendPoint> points = new ArrayList<>();
        for (int j = Math.max(0, i - TrendMarkers.FINGERTIPS_POINTS + 1); j <= i; j++) {
            double numerator = input.numerator()[j];
            double denominator = input.denominator()[j];
            if (counts && !Double.isNaN(numerator) && denominator > 0) {
                points.add(TrendPoint.ofCounts(numerator, denominator));
            } else if (!counts && !Double.isNaN(value(j)) && !Double.isNaN(upper95(j))) {
                points.add(TrendPoint.ofValue(value(j), lower95(j), upper95(j)));
            } else {
                points.add(TrendPoint.missing());
            }
        }
        TrendResult result = counts ? TrendMarkers.forCounts(points) : TrendMarkers.forIntervals(points);
        return result.label(spec.definition().polarity());
    }

    public Assessment assessment(int i) {
        MetricSpec spec = context.spec();
        AreaIndex areas = context.areas();
        String area = areas.code(input.area());
        int parent = areas.parent(input.area());
        boolean isEngland = input.area() == areas.england();
        var period = context.calendar().period(input.periods()[i]);
        byte flags = input.status()[i];
        int received = input.receivedDay()[i];
        KiteMarkFacts facts = KiteMarkFacts.of(spec.definition(), area, period, context.asAt());
        if (received != FastKiteMark.UNKNOWN_DAY && received <= context.asAt().toEpochDay()) {
            facts = facts.withReceivedOn(LocalDate.ofEpochDay(received));
        }
        boolean intervals = spec.intervals() != MetricSpec.Intervals.NONE && !Double.isNaN(upper95(i));
        return new Assessment(
                spec.id(),
                area,
                period,
                boxed(value(i)),
                boxed(input.numerator()[i]),
                boxed(input.denominator()[i]),
                (flags & SeriesInput.PROVISIONAL) != 0 ? Status.PROVISIONAL : Status.FINAL,
                (flags & SeriesInput.ROLLED_UP) != 0,
                intervals ? interval(FastIntervals.LEVELS[0], lower95(i), upper95(i)) : null,
                intervals ? interval(FastIntervals.LEVELS[1], lower998(i), upper998(i)) : null,
                isEngland ? null : comparison(vsEnglandCode(i)),
                parent < 0 ? null : areas.code(parent),
                parent < 0 ? null : comparison(vsParentCode(i)),
                specialCauseCode(i) < 0 ? null : SpecialCause.values()[specialCauseCode(i)],
                pointTypeCode(i) < 0 ? null : PointType.values()[pointTypeCode(i)],
                mean,
                lpl,
                upl,
                variation < 0 ? null : Variation.values()[variation],
                assurance < 0 ? null : Assurance.values()[assurance],
                spec.hasTarget() ? spec.target() : null,
                trend(i),
                context.kiteMarks().assess(facts),
                null,
                i == input.size() - 1);
    }

    private static Comparison comparison(byte code) {
        return FastComparison.comparison(code);
    }

    private static Double boxed(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private static ConfidenceInterval interval(double level, double lower, double upper) {
        return new ConfidenceInterval(level, optional(lower), optional(upper));
    }

    private static OptionalDouble optional(double v) {
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    @Override
    public String toString() {
        return metricId() + " " + areaCode() + ": " + size() + " points";
    }
}
