package org.joinedup.core.assessment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import org.joinedup.core.catalogue.Polarity;
import org.joinedup.core.catalogue.ValueType;
import org.joinedup.core.quality.KiteMarkConfig;
import org.joinedup.core.quality.KiteMarks;
import org.joinedup.core.spc.Assurance;
import org.joinedup.core.spc.ImprovementDirection;
import org.joinedup.core.spc.PointType;
import org.joinedup.core.spc.Variation;

/**
 * Assesses series, all of a national dataset at once in parallel or a few after a change.
 *
 * <p>Two passes. The first works on each series alone: values, 95% and 99.8% intervals, the XmR chart with
 * all the Making Data Count rules, the variation and assurance icons and the kite mark. The second compares
 * each point with England's value and its parent area's value for the same period, which needs the first
 * pass of those series. Both passes run on a fork-join pool of the given parallelism, split by series.
 *
 * <p>An assessor holds a thread pool: {@link #close()} it when done.
 */
public final class Assessor implements AutoCloseable {
    private static final int GRAIN = 32;
    private static final byte NOT_COMPARED =
            FastComparison.code(org.joinedup.core.benchmark.BenchmarkResult.NOT_COMPARED);
    private static final PointType[] POINT_TYPES = PointType.values();
    private static final double Z95 = FastIntervals.Z[0];
    private static final double Z998 = FastIntervals.Z[1];

    private final KiteMarks kiteMarks;
    private final FastKiteMark fastKiteMark;
    private final LocalDate asAt;
    private final int asAtDay;
    private final ForkJoinPool pool;
    private final ThreadLocal<XmrKernel.Workspace> workspaces = ThreadLocal.withInitial(XmrKernel.Workspace::new);

    /**
     * @param config the kite mark configuration (sealed)
     * @param asAt the day kite marks are drawn on (timeliness of figures not received)
     * @param parallelism threads for the passes
     */
    public Assessor(KiteMarkConfig config, LocalDate asAt, int parallelism) {
        this.kiteMarks = new KiteMarks(config);
        this.fastKiteMark = new FastKiteMark(config);
        this.asAt = Objects.requireNonNull(asAt, "asAt");
        this.asAtDay = (int) asAt.toEpochDay();
        this.pool = new ForkJoinPool(parallelism);
    }

    public LocalDate asAt() {
        return asAt;
    }

    public int parallelism() {
        return pool.getParallelism();
    }

    @Override
    public void close() {
        pool.shutdown();
    }

    /**
     * Assesses every series. Series are keyed by their metric index (into {@code metrics}) and area index
     * (into {@code areas}); at most one series per metric and area.
     */
    public Assessments assess(
            PeriodCalendar calendar, AreaIndex areas, List<MetricSpec> metrics, Collection<SeriesInput> inputs) {
        MetricSpec[] specs = metrics.toArray(MetricSpec[]::new);
        SeriesAssessment.Context[] contexts = new SeriesAssessment.Context[specs.length];
        for (int m = 0; m < specs.length; m++) {
            contexts[m] = new SeriesAssessment.Context(specs[m], calendar, areas, asAt, kiteMarks);
        }
        SeriesAssessment[][] blocks = new SeriesAssessment[specs.length][areas.size()];
        SeriesInput[] jobs = inputs.toArray(SeriesInput[]::new);
        boolean[][] seen = new boolean[specs.length][areas.size()];
        for (SeriesInput in : jobs) {
            check(in, specs.length, areas, calendar);
            if (seen[in.metric()][in.area()]) {
                throw new IllegalArgumentException(
                        "two series for metric " + specs[in.metric()].id() + " in area " + areas.code(in.area()));
            }
            seen[in.metric()][in.area()] = true;
        }
        int[] offsets = new int[jobs.length];
        int[] points = new int[specs.length];
        for (int i = 0; i < jobs.length; i++) {
            offsets[i] = points[jobs[i].metric()];
            points[jobs[i].metric()] += jobs[i].size();
        }
        Slab[] slabs = new Slab[specs.length];
        for (int m = 0; m < specs.length; m++) {
            slabs[m] = new Slab(points[m], true);
        }
        run(jobs.length, i -> {
            SeriesInput in = jobs[i];
            blocks[in.metric()][in.area()] = first(contexts[in.metric()], in, slabs[in.metric()], offsets[i]);
        });
        double[][] england = new double[specs.length][];
        for (int m = 0; m < specs.length; m++) {
            england[m] = englandByPeriod(blocks[m], areas, calendar);
        }
        run(jobs.length, i -> {
            SeriesInput in = jobs[i];
            SeriesAssessment s = blocks[in.metric()][in.area()];
            compare(s, blocks[in.metric()], england[in.metric()], s.vsEngland, s.vsParent, s.comparedOffset);
        });
        return new Assessments(calendar, areas, specs, blocks, asAt);
    }

    /**
     * A new set of assessments in which some series of one metric are replaced (or added) and some
     * removed. The replaced series are assessed again; then every series of the metric is compared again
     * with England and its parent, whose values may have changed. Other metrics are shared unchanged.
     *
     * @param replaced series of the metric, each for an area of {@code current}'s area index
     * @param removedAreas areas whose series of the metric no longer has data
     */
    public Assessments update(
            Assessments current, int metric, Collection<SeriesInput> replaced, Collection<Integer> removedAreas) {
        SeriesAssessment[] block = current.block(metric).clone();
        MetricSpec spec = current.metrics().get(metric);
        SeriesAssessment.Context context =
                new SeriesAssessment.Context(spec, current.calendar(), current.areas(), asAt, kiteMarks);
        for (int area : removedAreas) {
            block[area] = null;
        }
        SeriesInput[] jobs = replaced.toArray(SeriesInput[]::new);
        for (SeriesInput in : jobs) {
            check(in, current.metrics().size(), current.areas(), current.calendar());
            if (in.metric() != metric) {
                throw new IllegalArgumentException("series of metric " + in.metric() + " given to update " + metric);
            }
        }
        int[] offsets = new int[jobs.length];
        int total = 0;
        for (int i = 0; i < jobs.length; i++) {
            offsets[i] = total;
            total += jobs[i].size();
        }
        Slab slab = new Slab(total, false);
        if (jobs.length <= GRAIN) {
            for (int i = 0; i < jobs.length; i++) {
                block[jobs[i].area()] = first(context, jobs[i], slab, offsets[i]);
            }
        } else {
            run(jobs.length, i -> block[jobs[i].area()] = first(context, jobs[i], slab, offsets[i]));
        }
        double[] england = englandByPeriod(block, current.areas(), current.calendar());
        int[] present = presentAreas(block);
        int[] at = new int[present.length];
        int points = 0;
        for (int i = 0; i < present.length; i++) {
            at[i] = points;
            points += block[present[i]].size();
        }
        byte[] vsEngland = new byte[points];
        byte[] vsParent = new byte[points];
        SeriesAssessment[] compared = block.clone();
        run(present.length, i -> {
            SeriesAssessment s = block[present[i]];
            compare(s, block, england, vsEngland, vsParent, at[i]);
            compared[present[i]] = s.withComparisons(vsEngland, vsParent, at[i]);
        });
        return current.withMetric(metric, compared);
    }

    private static int[] presentAreas(SeriesAssessment[] block) {
        int n = 0;
        int[] out = new int[block.length];
        for (int a = 0; a < block.length; a++) {
            if (block[a] != null) {
                out[n++] = a;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static void check(SeriesInput in, int metrics, AreaIndex areas, PeriodCalendar calendar) {
        if (in.metric() >= metrics || in.area() >= areas.size()) {
            throw new IllegalArgumentException("series for metric " + in.metric() + ", area " + in.area()
                    + " is outside the " + metrics + " metrics and " + areas.size() + " areas");
        }
        int n = in.size();
        if (n > 0 && (in.periods()[0] < 0 || in.periods()[n - 1] >= calendar.size())) {
            throw new IllegalArgumentException("series for metric " + in.metric() + ", area " + areas.code(in.area())
                    + " has a period outside the calendar");
        }
    }

    /** The first pass over one series: everything but the comparisons. */
    private SeriesAssessment first(SeriesAssessment.Context context, SeriesInput in, Slab slab, int offset) {
        MetricSpec spec = context.spec();
        int n = in.size();
        double[] num = in.numerator();
        double[] den = in.denominator();
        double[] given = in.value();
        int[] periods = in.periods();
        int[] received = in.receivedDay();
        double[] value = slab.value;
        double[] lo95 = slab.lower95;
        double[] hi95 = slab.upper95;
        double[] lo998 = slab.lower998;
        double[] hi998 = slab.upper998;
        byte[] cause = slab.cause;
        byte[] type = slab.pointType;
        byte[] kite = slab.kiteMark;
        XmrKernel.Workspace ws = workspaces.get();
        ws.ensure(n);
        double multiplier = spec.multiplier();
        ValueType valueType = spec.valueType();
        MetricSpec.Intervals intervals = spec.intervals();
        var source = spec.definition().sourceType();
        int lag = spec.lagDays();
        PeriodCalendar calendar = context.calendar();
        int charted = 0;
        for (int i = 0; i < n; i++) {
            double x = num[i];
            double d = den[i];
            double v = given[i];
            if (Double.isNaN(v)) {
                v = spec.valueOf(x, d);
            }
            int o = offset + i;
            value[o] = v;
            double l95 = Double.NaN;
            double u95 = Double.NaN;
            double l998 = Double.NaN;
            double u998 = Double.NaN;
            if (intervals == MetricSpec.Intervals.WILSON) {
                if (x >= 0 && d > 0 && x <= d) { // false for NaN
                    // the square root is shared by the lower and upper limit of a level
                    double share = 4 * x * (1 - x / d);
                    double z = Z95;
                    double zz = z * z;
                    double root = z * Math.sqrt(zz + share);
                    double twice = 2 * x + zz;
                    double scale = d + zz;
                    l95 = (x == 0 ? 0 : (twice - root) / 2 / scale) * multiplier;
                    u95 = (x == d ? 1 : (twice + root) / 2 / scale) * multiplier;
                    z = Z998;
                    zz = z * z;
                    root = z * Math.sqrt(zz + share);
                    twice = 2 * x + zz;
                    scale = d + zz;
                    l998 = (x == 0 ? 0 : (twice - root) / 2 / scale) * multiplier;
                    u998 = (x == d ? 1 : (twice + root) / 2 / scale) * multiplier;
                }
            } else if (intervals == MetricSpec.Intervals.POISSON && x >= 0) {
                double scale = poissonScale(valueType, multiplier, d);
                if (!Double.isNaN(scale)) {
                    l95 = FastIntervals.countLower(x, 0) * scale;
                    u95 = FastIntervals.countUpper(x, 0) * scale;
                    l998 = FastIntervals.countLower(x, 1) * scale;
                    u998 = FastIntervals.countUpper(x, 1) * scale;
                }
            }
            lo95[o] = l95;
            hi95[o] = u95;
            lo998[o] = l998;
            hi998[o] = u998;
            kite[o] = fastKiteMark.rating(source, calendar.endDay(periods[i]) + lag, received[i], asAtDay);
            if (Double.isNaN(v)) {
                cause[o] = XmrKernel.NO_POINT;
                type[o] = XmrKernel.NO_POINT;
            } else {
                ws.y[charted] = v;
                ws.position[charted] = i;
                charted++;
            }
        }
        XmrKernel.chart(ws, charted);
        ImprovementDirection direction = spec.direction();
        for (int k = 0; k < charted; k++) {
            int o = offset + ws.position[k];
            byte c = ws.cause[k];
            cause[o] = c;
            type[o] = XmrKernel.pointType(c, direction);
        }
        byte variation = XmrKernel.NO_POINT;
        byte assurance = XmrKernel.NO_POINT;
        int last = charted == 0 ? -1 : ws.position[charted - 1];
        if (last >= 0) {
            variation = (byte)
                    Variation.of(POINT_TYPES[type[offset + last]], direction).ordinal();
            if (spec.hasTarget()) {
                assurance = Assurance.of(ws.lpl, ws.upl, spec.target(), direction)
                        .map(a -> (byte) a.ordinal())
                        .orElse(XmrKernel.NO_POINT);
            }
        }
        return new SeriesAssessment(
                context,
                in,
                value,
                lo95,
                hi95,
                lo998,
                hi998,
                cause,
                type,
                kite,
                slab.vsEngland,
                slab.vsParent,
                offset,
                ws,
                variation,
                assurance,
                last);
    }

    /** What a count limit is multiplied by to be on the value's scale; NaN when it cannot be. */
    static double poissonScale(ValueType type, double multiplier, double denominator) {
        if (type == ValueType.COUNT) {
            return 1;
        }
        if (!(denominator > 0)) {
            return Double.NaN;
        }
        if (type == ValueType.MEAN || type == ValueType.DAYS_PER_DAY) {
            return 1 / denominator;
        }
        return multiplier / denominator;
    }

    /** England's value per calendar period for one metric (NaN where absent). */
    private static double[] englandByPeriod(SeriesAssessment[] block, AreaIndex areas, PeriodCalendar calendar) {
        double[] out = new double[calendar.size()];
        Arrays.fill(out, Double.NaN);
        int england = areas.england();
        SeriesAssessment s = england < 0 ? null : block[england];
        if (s != null) {
            int[] periods = s.input.periods();
            for (int i = 0; i < periods.length; i++) {
                out[periods[i]] = s.value(i);
            }
        }
        return out;
    }

    /** The second pass over one series: its points against England and against its parent. */
    private static void compare(
            SeriesAssessment s, SeriesAssessment[] block, double[] england, byte[] vsEngland, byte[] vsParent, int at) {
        double[] value = s.value;
        double[] lower = s.lower95;
        double[] upper = s.upper95;
        int from = s.offset;
        Polarity polarity = s.context.spec().polarity();
        AreaIndex areas = s.context.areas();
        int area = s.input.area();
        int[] periods = s.input.periods();
        int n = periods.length;
        boolean isEngland = area == areas.england();
        for (int i = 0; i < n; i++) {
            int o = from + i;
            vsEngland[at + i] = isEngland
                    ? NOT_COMPARED
                    : FastComparison.compare(value[o], lower[o], upper[o], england[periods[i]], polarity);
        }
        int parentArea = areas.parent(area);
        SeriesAssessment parent = parentArea < 0 ? null : block[parentArea];
        if (parent == null) {
            Arrays.fill(vsParent, at, at + n, NOT_COMPARED);
            return;
        }
        int[] parentPeriods = parent.input.periods();
        int j = 0;
        for (int i = 0; i < n; i++) {
            int p = periods[i];
            while (j < parentPeriods.length && parentPeriods[j] < p) {
                j++;
            }
            double benchmark = j < parentPeriods.length && parentPeriods[j] == p ? parent.value(j) : Double.NaN;
            int o = from + i;
            vsParent[at + i] = FastComparison.compare(value[o], lower[o], upper[o], benchmark, polarity);
        }
    }

    /**
     * The result arrays of many series, each at its own offset: one large array per column and metric
     * instead of ten small ones per series, so a full build leaves the garbage collector little to copy.
     */
    static final class Slab {
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

        Slab(int points, boolean comparisons) {
            value = new double[points];
            lower95 = new double[points];
            upper95 = new double[points];
            lower998 = new double[points];
            upper998 = new double[points];
            cause = new byte[points];
            pointType = new byte[points];
            kiteMark = new byte[points];
            vsEngland = comparisons ? new byte[points] : null;
            vsParent = comparisons ? new byte[points] : null;
        }
    }

    @FunctionalInterface
    private interface Job {
        void run(int i);
    }

    private void run(int n, Job job) {
        if (n == 0) {
            return;
        }
        pool.invoke(new Range(0, n, job));
    }

    private static final class Range extends RecursiveAction {
        private final int from;
        private final int to;
        private final Job job;

        Range(int from, int to, Job job) {
            this.from = from;
            this.to = to;
            this.job = job;
        }

        @Override
        protected void compute() {
            if (to - from <= GRAIN) {
                for (int i = from; i < to; i++) {
                    job.run(i);
                }
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new Range(from, mid, job), new Range(mid, to, job));
        }
    }
}
