package org.joinedup.core.spc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Computes Making Data Count control charts, following NHSRplotthedots ({@code ptd_spc}).
 *
 * <p>The series is put in date order. Rebase dates split it into periods, and each period is charted on
 * its own: its limits, runs and trends start afresh. In each period the limits come from the baseline
 * (all points, or the first {@code fixAfterNPoints}) and apply to every point of it; then the rules in
 * {@link SpcOptions#rules()} label each point and the improvement direction colours it. The variation
 * icon is read from the last point, and the assurance icon from the last point's limits and target.
 *
 * <p>Edge cases:
 *
 * <ul>
 *   <li>An empty series gives an empty result: no points, no periods, no variation, no assurance, no
 *       warnings.
 *   <li>A period of one point has a mean (its value) but no moving range, so its limits are NaN; the
 *       point is common cause and its period is short. Assurance against NaN limits is inconsistent,
 *       as in the reference.
 *   <li>When all baseline values are equal the mean moving range is 0: the limits collapse onto the
 *       mean, points equal to it are common cause and any later point that differs is outside.
 *   <li>Two points on one date, a null point, or a NaN or infinite value: {@link
 *       IllegalArgumentException} (values are checked when {@link SpcObservation} and {@link SpcCount}
 *       are made).
 * </ul>
 *
 * <p>Instances are immutable and can be shared.
 */
public final class SpcCalculator {
    private final SpcOptions options;

    public SpcCalculator(SpcOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** A calculator with {@link SpcOptions#DEFAULT}. */
    public static SpcCalculator withDefaults() {
        return new SpcCalculator(SpcOptions.DEFAULT);
    }

    public SpcOptions options() {
        return options;
    }

    /** An XmR chart of individual values: limits at the mean plus or minus 2.66 mean moving ranges. */
    public SpcResult xmr(List<SpcObservation> series) {
        List<SpcObservation> sorted = inDateOrder(series, SpcObservation::date);
        double[] values = sorted.stream().mapToDouble(SpcObservation::value).toArray();
        return chart(
                sorted.stream().map(SpcObservation::date).toList(),
                values,
                (from, to) -> XmrLimits.of(
                        slice(values, from, to), options.baselineSize(to - from), options.screenOutliers()));
    }

    /** An XmR chart of values by date (a map cannot repeat a date); null values are rejected. */
    public SpcResult xmr(Map<LocalDate, Double> series) {
        Objects.requireNonNull(series, "series");
        List<SpcObservation> observations = new ArrayList<>(series.size());
        series.forEach((date, value) -> observations.add(
                SpcObservation.of(date, Objects.requireNonNull(value, () -> date + ": value is null"))));
        return xmr(observations);
    }

    /**
     * Laney's p-prime chart of proportions (numerator over denominator, numerator at most the
     * denominator). Use it when denominators are large enough that a classic p chart flags nearly every
     * point. Outlier screening does not apply.
     */
    public SpcResult pPrime(List<SpcCount> series) {
        for (SpcCount count : series) {
            if (count != null && count.numerator() > count.denominator()) {
                throw new IllegalArgumentException(count.date() + ": numerator " + count.numerator()
                        + " is more than the denominator " + count.denominator() + " in a proportion");
            }
        }
        return laney(series, LaneyLimits.Kind.PROPORTION);
    }

    /** Laney's u-prime chart of rates per unit of denominator. Outlier screening does not apply. */
    public SpcResult uPrime(List<SpcCount> series) {
        return laney(series, LaneyLimits.Kind.RATE);
    }

    private SpcResult laney(List<SpcCount> series, LaneyLimits.Kind kind) {
        List<SpcCount> sorted = inDateOrder(series, SpcCount::date);
        double[] numerators = sorted.stream().mapToDouble(SpcCount::numerator).toArray();
        double[] denominators =
                sorted.stream().mapToDouble(SpcCount::denominator).toArray();
        double[] ratios = sorted.stream().mapToDouble(SpcCount::ratio).toArray();
        return chart(
                sorted.stream().map(SpcCount::date).toList(),
                ratios,
                (from, to) -> LaneyLimits.of(
                        kind,
                        slice(numerators, from, to),
                        slice(denominators, from, to),
                        options.baselineSize(to - from)));
    }

    /** Limits for the points {@code [from, to)} of the sorted series, which form one period. */
    @FunctionalInterface
    private interface LimitsOfPeriod {
        PeriodLimits of(int from, int to);
    }

    private SpcResult chart(List<LocalDate> dates, double[] values, LimitsOfPeriod limitsOfPeriod) {
        List<SpcWarning> warnings = new ArrayList<>(unusedRebaseDates(dates));
        List<SpcPoint> points = new ArrayList<>();
        List<SpcGroup> groups = new ArrayList<>();
        List<int[]> bounds = periods(dates);
        for (int g = 0; g < bounds.size(); g++) {
            int from = bounds.get(g)[0];
            int to = bounds.get(g)[1];
            PeriodLimits limits = limitsOfPeriod.of(from, to);
            List<SpcPoint> period = chartPeriod(g, from, dates, slice(values, from, to), limits);
            points.addAll(period);
            SpcGroup summary = summarise(g, period, limits);
            groups.add(summary);
            if (summary.shortGroup()) {
                warnings.add(new SpcWarning(
                        SpcWarning.Kind.SHORT_GROUP,
                        "period " + g + " (" + summary.start() + " to " + summary.end() + ") has " + summary.size()
                                + " points, fewer than " + options.shortGroupThreshold()
                                + ": its limits are trial limits"));
            }
        }
        Optional<SpcPoint> last = points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
        Optional<Variation> variation = last.map(p -> Variation.of(p.pointType(), options.improvementDirection()));
        Optional<Assurance> assurance =
                last.flatMap(p -> Assurance.of(p.lpl(), p.upl(), p.target(), options.improvementDirection()));
        return new SpcResult(points, groups, variation, assurance, warnings);
    }

    private List<SpcPoint> chartPeriod(
            int group, int offset, List<LocalDate> dates, double[] values, PeriodLimits limits) {
        int n = values.length;
        int[] relativeToMean = new int[n];
        boolean[] outside = new boolean[n];
        boolean[] close = new boolean[n];
        for (int i = 0; i < n; i++) {
            Limits at = limits.points()[i];
            double y = values[i];
            // strict comparisons, and any comparison with NaN limits is false, as NA is in the reference
            outside[i] = y > at.upl() || y < at.lpl();
            relativeToMean[i] = (int) Math.signum(y - at.mean());
            close[i] = !outside[i] && (y < at.nearLpl() || y > at.nearUpl());
        }
        SpecialCause[] causes = SpcRules.apply(options.rules(), new RuleInput(values, relativeToMean, outside, close));
        List<SpcPoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Limits at = limits.points()[i];
            LocalDate date = dates.get(offset + i);
            points.add(new SpcPoint(
                    offset + i,
                    date,
                    values[i],
                    group,
                    at.mean(),
                    at.lpl(),
                    at.upl(),
                    at.nearLpl(),
                    at.nearUpl(),
                    relativeToMean[i],
                    outside[i],
                    close[i],
                    causes[i],
                    PointType.of(causes[i], options.improvementDirection()),
                    options.target().at(date)));
        }
        return points;
    }

    private SpcGroup summarise(int group, List<SpcPoint> period, PeriodLimits limits) {
        int[] counts = new int[PointType.values().length];
        period.forEach(p -> counts[p.pointType().ordinal()]++);
        SpcPoint first = period.get(0);
        SpcPoint last = period.get(period.size() - 1);
        return new SpcGroup(
                group,
                first.date(),
                last.date(),
                period.size(),
                limits.baselineSize(),
                first.mean(),
                first.lpl(),
                first.upl(),
                limits.meanMovingRange(),
                counts[PointType.COMMON_CAUSE.ordinal()],
                counts[PointType.SPECIAL_CAUSE_IMPROVEMENT.ordinal()],
                counts[PointType.SPECIAL_CAUSE_CONCERN.ordinal()],
                counts[PointType.SPECIAL_CAUSE_NEUTRAL_HIGH.ordinal()]
                        + counts[PointType.SPECIAL_CAUSE_NEUTRAL_LOW.ordinal()],
                last.pointType(),
                period.size() < options.shortGroupThreshold());
    }

    /** Start (inclusive) and end (exclusive) of each period: a rebase date equal to a point's date starts one. */
    private List<int[]> periods(List<LocalDate> dates) {
        List<int[]> bounds = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < dates.size(); i++) {
            if (options.rebaseDates().contains(dates.get(i))) {
                bounds.add(new int[] {start, i});
                start = i;
            }
        }
        if (!dates.isEmpty()) {
            bounds.add(new int[] {start, dates.size()});
        }
        return bounds;
    }

    private List<SpcWarning> unusedRebaseDates(List<LocalDate> dates) {
        TreeSet<LocalDate> unused = new TreeSet<>(options.rebaseDates());
        dates.forEach(unused::remove);
        return unused.stream()
                .map(d -> new SpcWarning(
                        SpcWarning.Kind.REBASE_DATE_NOT_IN_SERIES,
                        "rebase date " + d + " is not a date of the series, so it starts no period"))
                .toList();
    }

    private static <T> List<T> inDateOrder(List<T> series, Function<T, LocalDate> date) {
        Objects.requireNonNull(series, "series");
        List<T> sorted = new ArrayList<>(series.size());
        for (T point : series) {
            sorted.add(Objects.requireNonNull(point, "a point of the series is null"));
        }
        sorted.sort(Comparator.comparing(date));
        for (int i = 1; i < sorted.size(); i++) {
            if (date.apply(sorted.get(i)).equals(date.apply(sorted.get(i - 1)))) {
                throw new IllegalArgumentException(
                        "two points on " + date.apply(sorted.get(i)) + ": dates must be unique");
            }
        }
        return sorted;
    }

    private static double[] slice(double[] values, int from, int to) {
        return Arrays.copyOfRange(values, from, to);
    }
}
