package org.joinedup.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.joinedup.core.assessment.AreaIndex;
import org.joinedup.core.assessment.Assessments;
import org.joinedup.core.assessment.Assessor;
import org.joinedup.core.assessment.FastKiteMark;
import org.joinedup.core.assessment.MetricSpec;
import org.joinedup.core.assessment.ObservationSeries;
import org.joinedup.core.assessment.PeriodCalendar;
import org.joinedup.core.assessment.SeriesAssessment;
import org.joinedup.core.assessment.SeriesInput;
import org.joinedup.core.catalogue.CiMethod;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.Polarity;
import org.joinedup.core.catalogue.SourceType;
import org.joinedup.core.catalogue.ValueType;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.AreaLink;
import org.joinedup.core.geography.AreaType;
import org.joinedup.core.geography.Geography;
import org.joinedup.core.geography.Hierarchy;
import org.joinedup.core.observation.Aggregation;
import org.joinedup.core.observation.Breakdown;
import org.joinedup.core.observation.Observation;
import org.joinedup.core.observation.ObservationKey;
import org.joinedup.core.observation.Status;
import org.joinedup.core.period.Frequency;
import org.joinedup.core.period.Period;
import org.joinedup.core.quality.KiteMarkConfig;

/**
 * The assessment of the whole national workload in memory (docs/assessment.md, docs/benchmarks.md):
 *
 * <ol>
 *   <li>(a) full recompute: every series of the 56.6 million points through {@link Assessor} (95% and 99.8%
 *       intervals, XmR with all the Making Data Count rules and icons, kite marks, comparisons with England
 *       and the parent area) on a pool of {@code --threads} threads;
 *   <li>(b) the same rows in an in-memory DuckDB table (loaded with the Appender, not timed) and one SQL query
 *       with window functions for the XmR mean, mean moving range and limits and a 95% Wilson interval;
 *   <li>(c) one changed practice figure: the period's roll-up to every ancestor with the core {@link
 *       Aggregation}, the changed series and its ancestors assessed again and every series of the metric
 *       compared again, on the full workload's geography.
 * </ol>
 *
 * No database is involved in (a) and (c): the arrays are generated in memory from the workload.
 */
final class AssessBenchmark {
    private static final LocalDate AS_AT = LocalDate.of(2026, 6, 30);
    private static final int LAG_DAYS = 14;

    private final NationalWorkload workload;
    private final int threads;
    private final int repeats;
    private final boolean duckdb;
    private double duckCpu = Double.MAX_VALUE;

    AssessBenchmark(NationalWorkload workload, int threads, int repeats, boolean duckdb) {
        this.workload = workload;
        this.threads = threads;
        this.repeats = repeats;
        this.duckdb = duckdb;
    }

    void run() throws Exception {
        long t = System.nanoTime();
        Geography geography = geography(workload);
        AreaIndex areas = AreaIndex.of(geography, AS_AT);
        int[] areaIndex = new int[workload.areaCount()];
        for (int a = 0; a < areaIndex.length; a++) {
            areaIndex[a] = areas.indexOf(workload.code(a));
        }
        PeriodCalendar calendar = calendar();
        List<MetricSpec> specs = specs(workload);
        Main.out("geography and area index: %,d areas in %.1f s", areas.size(), seconds(t));

        t = System.nanoTime();
        List<SeriesInput> inputs = generate(calendar, specs, areaIndex);
        long points = (long) inputs.size() * NationalWorkload.MONTHS;
        Main.out(
                "generated %,d series, %,d points in memory in %.1f s; heap used %,d MB",
                inputs.size(), points, seconds(t), usedMb());

        Assessments assessments = null;
        double first = 0;
        double best = Double.MAX_VALUE;
        double cpuBest = Double.MAX_VALUE;
        Main.out(
                "load average before the runs: %.1f on %d cores",
                loadAverage(), Runtime.getRuntime().availableProcessors());
        try (Assessor assessor = new Assessor(KiteMarkConfig.DEFAULT, AS_AT, threads)) {
            for (int r = 0; r < repeats; r++) {
                assessments = null;
                System.gc();
                t = System.nanoTime();
                double cpu = cpuSeconds();
                double gc = gcSeconds();
                assessments = assessor.assess(calendar, areas, specs, inputs);
                double s = seconds(t);
                cpu = cpuSeconds() - cpu;
                gc = gcSeconds() - gc;
                Main.out(
                        "  (a) run %d: %.2f s, %,.0f points/s; process CPU %.2f s (%.2f s a thread), GC %.2f s;"
                                + " heap used %,d MB",
                        r + 1, s, points / s, cpu, cpu / threads, gc, usedMb());
                cpuBest = Math.min(cpuBest, cpu);
                if (r == 0) {
                    first = s;
                }
                best = Math.min(best, s);
            }
            if (assessments.pointCount() != points) {
                throw new IllegalStateException("assessed " + assessments.pointCount() + " points, not " + points);
            }
            summarise(assessments);

            double[] incremental =
                    incremental(assessor, assessments, geography, areas, calendar, specs, inputs, areaIndex);

            double duck = Double.NaN;
            if (duckdb) {
                assessments = null; // DuckDB needs the memory
                duck = duckdb(inputs, points);
            }

            Main.out("");
            Main.out(
                    "assessment of %,d points (%,d series), %d threads, seed %d",
                    points, inputs.size(), threads, workload.seed());
            Main.out("  %-58s %10s %16s", "", "seconds", "points/s");
            Main.out("  %-58s %10.2f %,16.0f", "(a) full recompute, Java (Assessor), first run", first, points / first);
            Main.out(
                    "  %-58s %10.2f %,16.0f",
                    "(a) full recompute, Java (Assessor), best of " + repeats, best, points / best);
            Main.out(
                    "  %-58s %10.2f %,16.0f",
                    "(a) least process CPU time / threads", cpuBest / threads, points / (cpuBest / threads));
            if (duckdb) {
                Main.out("  %-58s %10.2f %,16.0f", "(b) DuckDB SQL, XmR limits + 95% Wilson only", duck, points / duck);
                Main.out(
                        "  %-58s %10.2f %,16.0f",
                        "(b) least process CPU time / threads", duckCpu / threads, points / (duckCpu / threads));
                Main.out(
                        "  ratio DuckDB / Java: %.2fx wall (best runs), %.2fx CPU time",
                        duck / best, duckCpu / cpuBest);
            }
            Main.out(
                    "  (c) one changed figure to updated assessments of its series and %d ancestors:",
                    (int) incremental[3]);
            Main.out(
                    "      first %.1f ms, median %.1f ms, max %.1f ms over %d changes",
                    incremental[0], incremental[1], incremental[2], (int) incremental[4]);
        }
    }

    /** A few of the results, so that a broken run shows. */
    private static void summarise(Assessments assessments) {
        long[] types = new long[6];
        long[] vsEngland = new long[9];
        assessments.all().forEach(s -> {
            for (int i = 0; i < s.size(); i++) {
                types[s.pointTypeCode(i) + 1]++;
                vsEngland[s.vsEnglandCode(i)]++;
            }
        });
        Main.out(
                "  point types (none, common, improvement, concern, neutral high, neutral low): %s",
                Arrays.toString(types));
        Main.out(
                "  vs England (better, similar, worse, higher, lower, best, worst, not compared): %s",
                Arrays.toString(Arrays.copyOf(vsEngland, 8)));
    }

    // ---- (c) incremental ----

    private double[] incremental(
            Assessor assessor,
            Assessments start,
            Geography geography,
            AreaIndex areas,
            PeriodCalendar calendar,
            List<MetricSpec> specs,
            List<SeriesInput> inputs,
            int[] areaIndex)
            throws Exception {
        int metric = 0;
        MetricSpec spec = specs.get(metric);
        Aggregation aggregation =
                new Aggregation((id, v) -> id.equals(spec.id()) ? Optional.of(spec.definition()) : Optional.empty());
        // Practices and local authorities supply the metric; everything above them is rolled up.
        List<Integer> suppliers = new ArrayList<>();
        for (int a = 0; a < workload.areaCount(); a++) {
            NationalWorkload.Type type = workload.type(a);
            if (type == NationalWorkload.Type.GP_PRACTICE || type == NationalWorkload.Type.UTLA) {
                suppliers.add(a);
            }
        }
        Map<Integer, SeriesInput> byArea = new HashMap<>();
        for (SeriesInput in : inputs) {
            if (in.metric() == metric) {
                byArea.put(in.area(), in);
            }
        }
        // setup, not timed: the metric's ancestors become roll-ups of the suppliers for every month
        long t = System.nanoTime();
        List<ObservationSeries.Supplied> all = new ArrayList<>();
        for (int month = 0; month < NationalWorkload.MONTHS; month++) {
            all.addAll(supplied(spec, suppliers, byArea, calendar, areas, areaIndex, month, -1, 0));
        }
        Map<Integer, SeriesInput> rolled =
                ObservationSeries.of(metric, all, aggregation, geography, p -> AS_AT, calendar, areas);
        List<SeriesInput> rolledAncestors = new ArrayList<>();
        rolled.forEach((area, s) -> {
            if ((s.status()[0] & SeriesInput.ROLLED_UP) != 0) {
                rolledAncestors.add(s);
            }
        });
        Assessments current = assessor.update(start, metric, rolledAncestors, List.of());
        for (SeriesInput s : rolledAncestors) {
            byArea.put(s.area(), s);
        }
        Main.out(
                "  (c) setup: %,d ancestor series of %s rolled up from %,d suppliers x %d months in %.1f s",
                rolledAncestors.size(), spec.id(), suppliers.size(), NationalWorkload.MONTHS, seconds(t));

        Map<Integer, List<Integer>> children = new HashMap<>();
        for (int a = 0; a < workload.areaCount(); a++) {
            if (workload.parent(a) >= 0) {
                children.computeIfAbsent(workload.parent(a), k -> new ArrayList<>())
                        .add(a);
            }
        }
        // check once that the path roll-up gives the full roll-up's figures
        checkPathRollUp(spec, aggregation, geography, calendar, areas, areaIndex, suppliers, byArea, children);
        int changes = 25;
        double[] ms = new double[changes];
        double[] rollUpMs = new double[changes];
        double cpu = cpuSeconds();
        int ancestors = 0;
        for (int c = 0; c < changes; c++) {
            int supplier = suppliers.get((c * 977) % suppliers.size());
            if (workload.type(supplier) != NationalWorkload.Type.GP_PRACTICE) {
                supplier = suppliers.get(c);
            }
            int month = NationalWorkload.MONTHS - 1 - (c % 12);
            int area = areaIndex[supplier];
            double before = byArea.get(area).numerator()[month];

            long started = System.nanoTime();
            // the changed figure, and the period's roll-up to every ancestor
            // the changed figure and, at each level above it, its siblings' current figures: Aggregation then
            // adds up exactly the sums a roll-up of every supplier would give along the changed path
            List<Integer> path = pathOf(supplier, children);
            List<ObservationSeries.Supplied> period =
                    supplied(spec, path, byArea, calendar, areas, areaIndex, month, area, -Math.min(before, 25));
            Map<Integer, SeriesInput> points =
                    ObservationSeries.of(metric, period, aggregation, geography, p -> AS_AT, calendar, areas);
            long rolledAt = System.nanoTime();
            List<SeriesInput> replaced = new ArrayList<>();
            replaced.add(byArea.get(area).merge(points.get(area)));
            int[] up = areas.ancestors(area);
            for (int a : up) {
                replaced.add(byArea.get(a).merge(points.get(a)));
            }
            current = assessor.update(current, metric, replaced, List.of());
            ms[c] = (System.nanoTime() - started) / 1e6;
            rollUpMs[c] = (rolledAt - started) / 1e6;

            ancestors = up.length;
            for (SeriesInput s : replaced) {
                byArea.put(s.area(), s);
            }
            SeriesAssessment england =
                    current.series(spec.id(), areas.code(areas.england())).orElseThrow();
            int at = england.positionOf(month);
            if (england.input().numerator()[at] != byArea.get(areas.england()).numerator()[at]) {
                throw new IllegalStateException("England was not updated");
            }
        }
        cpu = cpuSeconds() - cpu;
        double[] r = rollUpMs.clone();
        Arrays.sort(r);
        Main.out(
                "  (c) %d changes: median %.1f ms of which the roll-up of the period %.1f ms; process CPU %.1f ms a"
                        + " change; load average %.1f",
                changes, median(ms), r[changes / 2], cpu * 1e3 / changes, loadAverage());
        double firstMs = ms[0];
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return new double[] {firstMs, sorted[changes / 2], sorted[changes - 1], ancestors, changes};
    }

    /**
     * The supplier and, at each level above it, the siblings of the area on its chain of ancestors (the
     * local authorities under England are left out: England is filled from the NHS tree).
     */
    private List<Integer> pathOf(int supplier, Map<Integer, List<Integer>> children) {
        List<Integer> path = new ArrayList<>(List.of(supplier));
        int below = supplier;
        for (int p : workload.ancestors(supplier)) {
            for (int child : children.get(p)) {
                if (child != below && workload.type(child) != NationalWorkload.Type.UTLA) {
                    path.add(child);
                }
            }
            below = p;
        }
        return path;
    }

    private void checkPathRollUp(
            MetricSpec spec,
            Aggregation aggregation,
            Geography geography,
            PeriodCalendar calendar,
            AreaIndex areas,
            int[] areaIndex,
            List<Integer> suppliers,
            Map<Integer, SeriesInput> byArea,
            Map<Integer, List<Integer>> children) {
        int supplier = suppliers.get(1234);
        int month = 7;
        List<Integer> path = pathOf(supplier, children);
        Map<Integer, SeriesInput> full = ObservationSeries.of(
                0,
                supplied(spec, suppliers, byArea, calendar, areas, areaIndex, month, -1, 0),
                aggregation,
                geography,
                p -> AS_AT,
                calendar,
                areas);
        Map<Integer, SeriesInput> partial = ObservationSeries.of(
                0,
                supplied(spec, path, byArea, calendar, areas, areaIndex, month, -1, 0),
                aggregation,
                geography,
                p -> AS_AT,
                calendar,
                areas);
        for (int a : workload.ancestors(supplier)) {
            int i = areaIndex[a];
            if (full.get(i).numerator()[0] != partial.get(i).numerator()[0]
                    || full.get(i).denominator()[0] != partial.get(i).denominator()[0]) {
                throw new IllegalStateException("the path roll-up differs at " + workload.code(a));
            }
        }
        Main.out(
                "  (c) the roll-up along the changed path gives the full roll-up's sums (%d observations instead of"
                        + " %,d)",
                path.size(), suppliers.size());
    }

    /** The suppliers' figures of one month as observations; {@code changedArea} gets {@code delta} added. */
    private static List<ObservationSeries.Supplied> supplied(
            MetricSpec spec,
            List<Integer> suppliers,
            Map<Integer, SeriesInput> byArea,
            PeriodCalendar calendar,
            AreaIndex areas,
            int[] areaIndex,
            int month,
            int changedArea,
            double delta) {
        Period period = calendar.period(month);
        List<ObservationSeries.Supplied> out = new ArrayList<>(suppliers.size());
        for (int supplier : suppliers) {
            int area = areaIndex[supplier];
            SeriesInput s = byArea.get(area);
            double num = s.numerator()[month] + (area == changedArea ? delta : 0);
            double den = s.denominator()[month];
            out.add(new ObservationSeries.Supplied(
                    new Observation(
                            new ObservationKey(spec.id(), areas.code(area), period, Breakdown.TOTAL),
                            1,
                            num,
                            den,
                            null,
                            (s.status()[month] & SeriesInput.PROVISIONAL) != 0 ? Status.PROVISIONAL : Status.FINAL),
                    s.receivedDay()[month]));
        }
        return out;
    }

    // ---- (b) DuckDB ----

    private double duckdb(List<SeriesInput> inputs, long points) throws Exception {
        Class.forName("org.duckdb.DuckDBDriver");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("set threads = " + threads);
            statement.execute("set preserve_insertion_order = false");
            statement.execute("create table obs (metric integer, area integer, month integer, num double,"
                    + " den double, value double)");
            long t = System.nanoTime();
            Progress progress = new Progress("DuckDB appender", points);
            long done = 0;
            try (DuckDBAppender appender = ((DuckDBConnection) connection).createAppender("main", "obs")) {
                for (SeriesInput in : inputs) {
                    int[] periods = in.periods();
                    for (int i = 0; i < periods.length; i++) {
                        appender.beginRow()
                                .append(in.metric())
                                .append(in.area())
                                .append(periods[i])
                                .append(in.numerator()[i])
                                .append(in.denominator()[i])
                                .append(value(in, i))
                                .endRow();
                    }
                    done += periods.length;
                    progress.update(done);
                }
            }
            progress.done(done);
            Main.out(
                    "  (b) loaded %,d rows into DuckDB %s with the Appender in %.1f s (not timed)",
                    points, text(statement, "select version()"), seconds(t));
            String sql = "with r as ("
                    + " select metric, area, month, num, den, value,"
                    + " abs(value - lag(value) over (partition by metric, area order by month)) as mr"
                    + " from obs),"
                    + " s as (select *, avg(value) over w as mean, avg(mr) over w as mmr from r"
                    + " window w as (partition by metric, area)),"
                    + " l as (select *, mean - 2.66 * mmr as lpl, mean + 2.66 * mmr as upl,"
                    + " (2 * num + 3.841458820694124 - 1.959963984540054"
                    + " * sqrt(3.841458820694124 + 4 * num * (1 - num / den))) / 2 / (den + 3.841458820694124)"
                    + " * 100 as lo95,"
                    + " (2 * num + 3.841458820694124 + 1.959963984540054"
                    + " * sqrt(3.841458820694124 + 4 * num * (1 - num / den))) / 2 / (den + 3.841458820694124)"
                    + " * 100 as hi95 from s)"
                    + " select count(*), sum(lpl), sum(upl), sum(lo95), sum(hi95),"
                    + " count(*) filter (where value > upl or value < lpl) from l";
            double best = Double.MAX_VALUE;
            for (int r = 0; r < Math.max(1, repeats); r++) {
                t = System.nanoTime();
                double cpu = cpuSeconds();
                try (ResultSet rs = statement.executeQuery(sql)) {
                    rs.next();
                    double s = seconds(t);
                    cpu = cpuSeconds() - cpu;
                    duckCpu = Math.min(duckCpu, cpu);
                    Main.out(
                            "  (b) run %d: %.2f s, %,.0f points/s; process CPU %.2f s; %,d rows, %,d outside the"
                                    + " limits; load average %.1f",
                            r + 1, s, points / s, cpu, rs.getLong(1), rs.getLong(6), loadAverage());
                    if (rs.getLong(1) != points) {
                        throw new IllegalStateException("DuckDB saw " + rs.getLong(1) + " rows");
                    }
                    best = Math.min(best, s);
                }
            }
            return best;
        }
    }

    private static double value(SeriesInput in, int i) {
        double v = in.value()[i];
        return Double.isNaN(v) ? in.numerator()[i] / in.denominator()[i] * 100 : v;
    }

    private static String text(Statement statement, String sql) throws Exception {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    // ---- the workload as assessment inputs ----

    static Geography geography(NationalWorkload workload) {
        List<Area> areas = new ArrayList<>();
        List<AreaLink> links = new ArrayList<>();
        for (int a = 0; a < workload.areaCount(); a++) {
            AreaType type = switch (workload.type(a)) {
                case COUNTRY -> AreaType.COUNTRY;
                case NHS_REGION -> AreaType.NHS_REGION;
                case ICB -> AreaType.ICB;
                case SUB_ICB -> AreaType.SUB_ICB;
                case PCN -> AreaType.PCN;
                case GP_PRACTICE -> AreaType.GP_PRACTICE;
                case UTLA -> AreaType.UTLA;
            };
            areas.add(Area.of(workload.code(a), workload.code(a), type));
            int parent = workload.parent(a);
            if (parent >= 0) {
                Hierarchy tree =
                        workload.type(a) == NationalWorkload.Type.UTLA ? Hierarchy.LOCAL_GOVERNMENT : Hierarchy.NHS;
                links.add(AreaLink.of(workload.code(a), workload.code(parent), tree));
            }
        }
        return Geography.of(areas, links);
    }

    static PeriodCalendar calendar() {
        List<Period> months = new ArrayList<>();
        for (int t = 0; t < NationalWorkload.MONTHS; t++) {
            months.add(Period.month(YearMonth.of(NationalWorkload.FIRST_YEAR, NationalWorkload.FIRST_MONTH)
                    .plusMonths(t)));
        }
        return PeriodCalendar.of(months);
    }

    /**
     * The 60 metrics: two in three percentages with Wilson intervals, one in three rates per 1,000 with
     * Poisson intervals; polarity, source type and a target (on every other metric) vary with the metric.
     */
    static List<MetricSpec> specs(NationalWorkload workload) {
        List<MetricSpec> specs = new ArrayList<>();
        Polarity[] polarities = Polarity.values();
        SourceType[] sources = SourceType.values();
        for (int m = 0; m < NationalWorkload.METRICS; m++) {
            boolean rate = m % 3 == 2;
            MetricDefinition definition = MetricDefinition.builder(workload.metricId(m), 1)
                    .valueType(rate ? ValueType.CRUDE_RATE : ValueType.PROPORTION)
                    .multiplier(rate ? 1000 : 100)
                    .ciMethod(rate ? CiMethod.BYARS : CiMethod.WILSON)
                    .polarity(polarities[m % polarities.length])
                    .sourceType(sources[m % sources.length])
                    .frequency(Frequency.MONTHLY)
                    .lagDays(LAG_DAYS)
                    .build();
            double target = m % 2 == 0 ? (rate ? 500 : 50) : Double.NaN;
            specs.add(MetricSpec.of(definition, target, KiteMarkConfig.DEFAULT));
        }
        return specs;
    }

    /** Every series of the workload, generated on all cores. */
    private List<SeriesInput> generate(PeriodCalendar calendar, List<MetricSpec> specs, int[] areaIndex)
            throws Exception {
        int areas = workload.areaCount();
        int months = NationalWorkload.MONTHS;
        int[] periods = IntStream.range(0, months).toArray();
        SeriesInput[] out = new SeriesInput[NationalWorkload.METRICS * areas];
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            pool.submit(() -> IntStream.range(0, out.length).parallel().forEach(s -> {
                        int metric = s / areas;
                        int area = s % areas;
                        boolean rate = specs.get(metric).valueType() == ValueType.CRUDE_RATE;
                        NationalWorkload.Row row = new NationalWorkload.Row();
                        double[] num = new double[months];
                        double[] den = new double[months];
                        double[] value = new double[months];
                        byte[] status = new byte[months];
                        int[] received = new int[months];
                        for (int t = 0; t < months; t++) {
                            workload.row((long) t * workload.rowsPerMonth() + (long) metric * areas + area, row);
                            num[t] = row.numerator;
                            den[t] = row.denominator;
                            value[t] = rate ? Double.NaN : row.valueHundredths / 100.0;
                            status[t] = row.provisional() ? SeriesInput.PROVISIONAL : SeriesInput.FINAL;
                            // mostly on time, one area in ten a few days late
                            int due = calendar.endDay(t) + LAG_DAYS;
                            received[t] = area % 10 == 0 ? due + 3 + (t % 9) : due - 2;
                            if (received[t] > AS_AT.toEpochDay()) {
                                received[t] = FastKiteMark.UNKNOWN_DAY;
                            }
                        }
                        out[s] = new SeriesInput(
                                metric, areaIndex[area], periods.clone(), num, den, value, status, received);
                    }))
                    .get();
        } finally {
            pool.shutdown();
        }
        return Arrays.asList(out);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean)
                                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
    }

    private static double gcSeconds() {
        long ms = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms / 1e3;
    }

    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long usedMb() {
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) >> 20;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
