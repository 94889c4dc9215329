package org.joinedup.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

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
    private final Path schema;

    RollupBenchmark(NationalWorkload workload, long rows, Path work, Path schema) {
        this.workload = workload;
        this.rows = rows;
        this.work = work;
        this.schema = schema;
    }

    void run() throws Exception {
        Files.createDirectories(work);
        try (BenchDatabase db = BenchDatabase.start(work)) {
            db.applySchema(schema);
            db.loadAreas(workload);
            long t = System.nanoTime();
            load(db);
            double loadSeconds = ImportBenchmark.seconds(t);
            long observationBytes = db.scalar("select pg_total_relation_size('observation')");
            long databaseBytes = db.scalar("select pg_database_size(current_database())");
            Main.out(
                    "loaded %,d observation rows in %.1f s (bulk COPY without FK checks, indexes built after);"
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
            + "   where a.type = 'gp_practice' and l.hierarchy = 'nhs'"
            + "   union all"
            + "   select u.descendant, l.parent from up u join area_link l"
            + "   on l.child = u.ancestor and l.hierarchy = 'nhs')"
            + " select up.ancestor, o.metric_id, o.period, sum(o.numerator), sum(o.denominator)"
            + " from observation o join up on up.descendant = o.area_code"
            + " where o.superseded_at is null"
            + " group by up.ancestor, o.metric_id, o.period";

    /** Loads rows [0, M) straight into observation with COPY (indexes dropped, then rebuilt): setup, not timed. */
    private void load(BenchDatabase db) throws SQLException {
        try (Connection connection = db.connect();
                Statement statement = connection.createStatement()) {
            List<String> indexes = new ArrayList<>();
            try (ResultSet defs = statement.executeQuery("select indexname, indexdef from pg_indexes"
                    + " where tablename = 'observation' and indexname <> 'observation_pkey'")) {
                while (defs.next()) {
                    indexes.add(defs.getString(2));
                    indexes.add(0, "drop index " + defs.getString(1));
                }
            }
            for (String sql : indexes.subList(0, indexes.size() / 2)) {
                statement.execute(sql);
            }
            // Setup only: the generated rows reference loaded areas, so skip the per-row foreign key triggers.
            statement.execute("set session_replication_role = replica");
            long submission;
            try (ResultSet id = statement.executeQuery("insert into submission (file_name, fingerprint, source,"
                    + " received_at, received_by, rows_total, rows_new, rows_revised, rows_unchanged) values"
                    + " ('generated', '', 'bench', now(), 'bench', 0, 0, 0, 0) returning id")) {
                id.next();
                submission = id.getLong(1);
            }
            CopyIn copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy observation"
                            + " (metric_id, definition_version, area_code, period, period_type, period_start, period_end,"
                            + " breakdown, numerator, denominator, value, status, revision, submission_id, recorded_at)"
                            + " from stdin (format text)");
            byte[][] metrics = new byte[NationalWorkload.METRICS][];
            for (int m = 0; m < metrics.length; m++) {
                metrics[m] = (workload.metricId(m) + "\t1\t").getBytes(StandardCharsets.US_ASCII);
            }
            byte[][] areas = new byte[workload.areaCount()][];
            for (int a = 0; a < areas.length; a++) {
                areas[a] = (workload.code(a) + "\t").getBytes(StandardCharsets.US_ASCII);
            }
            byte[][] months = new byte[NationalWorkload.MONTHS][];
            for (int m = 0; m < months.length; m++) {
                java.time.YearMonth ym = java.time.YearMonth.parse(NationalWorkload.periodLabel(m));
                months[m] = (ym + "\tMONTH\t" + ym.atDay(1) + "\t" + ym.atEndOfMonth() + "\t\t")
                        .getBytes(StandardCharsets.US_ASCII);
            }
            byte[] fin =
                    ("\tfinal\t1\t" + submission + "\t2026-04-01 00:00:00+00\n").getBytes(StandardCharsets.US_ASCII);
            byte[] prov = ("\tprovisional\t1\t" + submission + "\t2026-04-01 00:00:00+00\n")
                    .getBytes(StandardCharsets.US_ASCII);
            Progress progress = new Progress("load observation", rows);
            NationalWorkload.Row row = new NationalWorkload.Row();
            byte[] buffer = new byte[1 << 16];
            int at = 0;
            for (long r = 0; r < rows; r++) {
                if (at > buffer.length - 512) {
                    copy.writeToCopy(buffer, 0, at);
                    at = 0;
                    progress.update(r);
                }
                workload.row(r, row);
                at = put(buffer, at, metrics[row.metric]);
                at = put(buffer, at, areas[row.area]);
                at = put(buffer, at, months[row.month]);
                at = Bytes.putLong(buffer, at, row.numerator);
                buffer[at++] = '\t';
                at = Bytes.putLong(buffer, at, row.denominator);
                buffer[at++] = '\t';
                at = Bytes.putDecimal(buffer, at, row.valueHundredths, 2);
                at = put(buffer, at, row.provisional() ? prov : fin);
            }
            copy.writeToCopy(buffer, 0, at);
            copy.endCopy();
            progress.done(rows);
            long t = System.nanoTime();
            statement.execute("set maintenance_work_mem = '1GB'");
            for (String sql : indexes.subList(indexes.size() / 2, indexes.size())) {
                statement.execute(sql);
            }
            statement.execute("analyze observation");
            Main.out("  indexes rebuilt and analysed in %.1f s", ImportBenchmark.seconds(t));
        }
    }

    private static int put(byte[] buffer, int at, byte[] bytes) {
        System.arraycopy(bytes, 0, buffer, at, bytes.length);
        return at + bytes.length;
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
                try (ResultSet rs = statement.executeQuery("select area_code, metric_id, period, numerator,"
                        + " denominator from observation where superseded_at is null")) {
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
