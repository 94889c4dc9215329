package org.joinedup.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.joinedup.server.submission.SubmissionReport;

/**
 * Roll-up: every GP practice observation summed (numerator and denominator) into each of its ancestors in the
 * NHS tree (PCN, sub-ICB, ICB, NHS region, England), per metric and month. Done twice over the same M stored
 * rows: in Java over primitive arrays, and in PostgreSQL as one insert ... select ... group by over the
 * area_link table. The two results are checked against each other.
 */
final class RollupBenchmark {
    private static final String WORK_MEM = "256MB";
    private static final int JAVA_REPEATS = 5;

    private final NationalWorkload workload;
    private final long rows;
    private final Path work;

    RollupBenchmark(NationalWorkload workload, long rows, Path work) {
        this.workload = workload;
        this.rows = rows;
        this.work = work;
    }

    void run() throws Exception {
        Files.createDirectories(work);
        try (BenchDatabase db = BenchDatabase.start(work);
                BenchStore store = BenchStore.open(db, workload)) {
            long t = System.nanoTime();
            load(store);
            double loadSeconds = ImportBenchmark.seconds(t);
            long observationBytes = db.scalar("select pg_total_relation_size('observation')");
            long databaseBytes = db.scalar("select pg_database_size(current_database())");
            Main.out(
                    "loaded %,d observation rows in %.1f s through the submission path;"
                            + " observation %.1f MB"
                            + " with indexes, %.0f bytes a row",
                    rows, loadSeconds, observationBytes / 1e6, observationBytes / (double) rows);

            // ---- Java ----
            t = System.nanoTime();
            Columns columns = fetch(db);
            double fetchSeconds = ImportBenchmark.seconds(t);
            double firstJava = 0;
            double bestJava = Double.MAX_VALUE;
            Sums sums = null;
            for (int i = 0; i < JAVA_REPEATS; i++) {
                t = System.nanoTime();
                sums = javaRollup(columns);
                double s = ImportBenchmark.seconds(t);
                if (i == 0) {
                    firstJava = s;
                }
                bestJava = Math.min(bestJava, s);
            }

            // ---- PostgreSQL ----
            db.execute("create unlogged table rollup (area_code text, metric_id text, period text,"
                    + " numerator float8, denominator float8)");
            double pgSeconds;
            long pgRows;
            try (Connection connection = db.connect();
                    Statement statement = connection.createStatement()) {
                statement.execute("set work_mem = '" + WORK_MEM + "'");
                t = System.nanoTime();
                pgRows = statement.executeUpdate(ROLLUP_SQL);
                pgSeconds = ImportBenchmark.seconds(t);
            }
            double pgNumerator;
            try (Connection connection = db.connect();
                    Statement statement = connection.createStatement();
                    ResultSet total = statement.executeQuery("select sum(numerator), sum(denominator) from rollup")) {
                total.next();
                pgNumerator = total.getDouble(1);
            }

            long practiceRows = 0;
            for (int i = 0; i < columns.size; i++) {
                if (workload.type(columns.area[i]) == NationalWorkload.Type.GP_PRACTICE) {
                    practiceRows++;
                }
            }
            boolean agree = pgRows == sums.cells && pgNumerator == (double) sums.numeratorTotal;
            Main.out("");
            Main.out(
                    "roll-up of %,d stored rows (%,d of them GP practice rows, each summed into 5 ancestors),"
                            + " %d cores",
                    rows, practiceRows, Runtime.getRuntime().availableProcessors());
            Main.out("  %-52s %10s %14s", "", "seconds", "input rows/s");
            line("Java: fetch current rows into primitive arrays", fetchSeconds);
            line("Java: roll-up pass, first run", firstJava);
            line("Java: roll-up pass, best of " + JAVA_REPEATS, bestJava);
            line("PostgreSQL: insert ... select ... group by", pgSeconds);
            Main.out(
                    "  output: Java %,d (area, metric, month) sums, PostgreSQL %,d rows; totals %s",
                    sums.cells,
                    pgRows,
                    agree ? "agree" : "DIFFER (java " + sums.numeratorTotal + ", pg " + pgNumerator + ")");
            Main.out(
                    "  disk: observation %.1f MB (%.0f bytes a row with indexes), database %.1f MB; at %,d rows"
                            + " the observation table would be about %.1f GB",
                    observationBytes / 1e6,
                    observationBytes / (double) rows,
                    databaseBytes / 1e6,
                    workload.totalRows(),
                    observationBytes / (double) rows * workload.totalRows() / 1e9);
            if (!agree) {
                throw new IllegalStateException("Java and PostgreSQL roll-ups differ");
            }
        }
    }

    private void line(String label, double seconds) {
        Main.out("  %-52s %10.2f %,14.0f", label, seconds, rows / seconds);
    }

    /**
     * Every ancestor of every practice from the link table (recursive), joined to the current observations
     * and grouped. Summing double precision columns holding whole numbers is exact below 2^53.
     */
    static final String ROLLUP_SQL = "insert into rollup (area_code, metric_id, period, numerator, denominator)"
            + " with recursive up (descendant, ancestor) as ("
            + "   select l.child, l.parent from area_link l join area a on a.code = l.child"
            + "   where a.type = 'GP_PRACTICE' and l.hierarchy = 'NHS'"
            + "   union all"
            + "   select u.descendant, l.parent from up u join area_link l"
            + "   on l.child = u.ancestor and l.hierarchy = 'NHS')"
            + " select up.ancestor, s.metric_id, o.period, sum(o.numerator), sum(o.denominator)"
            + " from observation o join series s on s.id = o.series_id join up on up.descendant = s.area_code"
            + " where o.superseded_at is null"
            + " group by up.ancestor, s.metric_id, o.period";

    /**
     * Loads rows [0, M) through the real submission path, one month of the workload per submission, as a
     * national collection would arrive: setup, timed separately from the roll-up.
     */
    private void load(BenchStore store) throws IOException {
        long perMonth = workload.rowsPerMonth();
        for (long from = 0; from < rows; from += perMonth) {
            long to = Math.min(rows, from + perMonth);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workload.writeCsv(out, from, to, new Progress("generate month", to - from));
            SubmissionReport report = store.submissions()
                    .submit("month-" + (from / perMonth) + ".csv", out.toByteArray(), "bench", "bench");
            if (!report.accepted()) {
                throw new IllegalStateException(
                        report.summary() + " " + report.problems().subList(0, 5));
            }
            Main.out("  loaded %s in %.1f s", report.summary(), report.timings().totalMillis() / 1e3);
        }
    }

    /** Current observations, column-wise: area index, metric x month index, numerator, denominator. */
    static final class Columns {
        int size;
        int[] area;
        int[] metricMonth;
        long[] numerator;
        long[] denominator;
    }

    private Columns fetch(BenchDatabase db) throws SQLException {
        Map<String, Integer> areaIndex = new HashMap<>();
        for (int a = 0; a < workload.areaCount(); a++) {
            areaIndex.put(workload.code(a), a);
        }
        Map<String, Integer> metricIndex = new HashMap<>();
        for (int m = 0; m < NationalWorkload.METRICS; m++) {
            metricIndex.put(workload.metricId(m), m);
        }
        Map<String, Integer> monthIndex = new HashMap<>();
        for (int m = 0; m < NationalWorkload.MONTHS; m++) {
            monthIndex.put(NationalWorkload.periodLabel(m), m);
        }
        Columns c = new Columns();
        int capacity = (int) rows;
        c.area = new int[capacity];
        c.metricMonth = new int[capacity];
        c.numerator = new long[capacity];
        c.denominator = new long[capacity];
        Progress progress = new Progress("fetch into arrays", rows);
        try (Connection connection = db.connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(50_000);
                try (ResultSet rs = statement.executeQuery("select s.area_code, s.metric_id, o.period,"
                        + " o.numerator, o.denominator from observation o join series s on s.id = o.series_id"
                        + " where o.superseded_at is null")) {
                    while (rs.next()) {
                        int i = c.size++;
                        c.area[i] = areaIndex.get(rs.getString(1));
                        c.metricMonth[i] = metricIndex.get(rs.getString(2)) * NationalWorkload.MONTHS
                                + monthIndex.get(rs.getString(3));
                        c.numerator[i] = (long) rs.getDouble(4);
                        c.denominator[i] = (long) rs.getDouble(5);
                        if ((i & 0xFFFF) == 0) {
                            progress.update(i);
                        }
                    }
                }
            }
            connection.commit();
        }
        progress.done(c.size);
        return c;
    }

    record Sums(long cells, long numeratorTotal) {}

    /**
     * The roll-up itself: a dense accumulator per (aggregate area, metric x month); each practice row is added to
     * its five ancestors, found in a precomputed int table.
     */
    private Sums javaRollup(Columns c) {
        int areas = workload.areaCount();
        int[] aggregateIndex = new int[areas];
        int aggregates = 0;
        for (int a = 0; a < areas; a++) {
            NationalWorkload.Type type = workload.type(a);
            aggregateIndex[a] =
                    type == NationalWorkload.Type.GP_PRACTICE || type == NationalWorkload.Type.UTLA ? -1 : aggregates++;
        }
        int[][] ancestors = new int[areas][];
        for (int a = 0; a < areas; a++) {
            if (workload.type(a) == NationalWorkload.Type.GP_PRACTICE) {
                int[] up = workload.ancestors(a);
                for (int i = 0; i < up.length; i++) {
                    up[i] = aggregateIndex[up[i]];
                }
                ancestors[a] = up;
            }
        }
        int cellsPerKey = aggregates;
        int keys = NationalWorkload.METRICS * NationalWorkload.MONTHS;
        long[] numerator = new long[keys * cellsPerKey];
        long[] denominator = new long[keys * cellsPerKey];
        int[] area = c.area;
        int[] metricMonth = c.metricMonth;
        long[] num = c.numerator;
        long[] den = c.denominator;
        for (int i = 0; i < c.size; i++) {
            int[] up = ancestors[area[i]];
            if (up == null) {
                continue;
            }
            int base = metricMonth[i] * cellsPerKey;
            long n = num[i];
            long d = den[i];
            for (int u : up) {
                numerator[base + u] += n;
                denominator[base + u] += d;
            }
        }
        long cells = 0;
        long total = 0;
        for (int i = 0; i < denominator.length; i++) {
            if (denominator[i] != 0) {
                cells++;
                total += numerator[i];
            }
        }
        return new Sums(cells, total);
    }
}
