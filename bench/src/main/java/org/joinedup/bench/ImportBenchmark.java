package org.joinedup.bench;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.joinedup.server.submission.SubmissionReport;
import org.joinedup.server.submission.SubmissionTimings;
import org.postgresql.PGConnection;

/**
 * Import throughput of the canonical submission CSV through the server's own decode, validate and store
 * path, and, side by side in the same run on the same database, a raw COPY of the same file into a bare
 * unlogged table.
 */
final class ImportBenchmark {
    private static final long WARM_UP_ROWS = 200_000;

    private final NationalWorkload workload;
    private final long rows;
    private final Path work;

    ImportBenchmark(NationalWorkload workload, long rows, Path work) {
        this.workload = workload;
        this.rows = rows;
        this.work = work;
    }

    void run() throws Exception {
        Files.createDirectories(work);
        Path csv = work.resolve("observations-" + rows + ".csv");
        long t = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(csv), 1 << 20)) {
            workload.writeCsv(out, rows, new Progress("generate CSV", rows));
        }
        byte[] content = Files.readAllBytes(csv);
        Main.out("generated %s: %,d rows, %.1f MB in %.1f s", csv, rows, content.length / 1e6, seconds(t));

        try (BenchDatabase db = BenchDatabase.start(work);
                BenchStore store = BenchStore.open(db, workload)) {
            Main.out(
                    "embedded PostgreSQL %s (collation %s, fsync on); schema by Flyway; %,d areas",
                    db.text("show server_version"),
                    db.text("select datcollate from pg_database where datname = current_database()"),
                    workload.areaCount());
            warmUp(store, db);

            db.execute("checkpoint");
            SubmissionReport first = submit(store, csv, content);
            long stored = db.scalar("select count(*) from observation");
            long observationBytes = db.scalar("select pg_total_relation_size('observation')");

            db.execute("checkpoint");
            double raw = rawCopy(db, content);

            db.execute("checkpoint");
            SubmissionReport second = submit(store, csv, content);
            long storedAfter = db.scalar("select count(*) from observation");

            SubmissionTimings a = first.timings();
            double validated = a.totalMillis() / 1e3;
            Main.out("");
            Main.out(
                    "import of %,d rows (seed %d), %d cores",
                    rows, workload.seed(), Runtime.getRuntime().availableProcessors());
            Main.out("  %-48s %10s %14s", "", "seconds", "rows/s");
            line("(a) validated + committed (SubmissionService)", validated);
            line("      decode CSV", a.decodeMillis() / 1e3);
            line("      validate against catalogue and geography", a.validateMillis() / 1e3);
            line("      store (COPY, classify, insert, commit)", a.storeMillis() / 1e3);
            line("(b) raw COPY into a bare UNLOGGED table", raw);
            Main.out("  ratio (a) / (b): %.2fx", validated / raw);
            Main.out(
                    "  (a) stored %,d new, %,d revised, %,d unchanged; observation %,d rows, %.1f MB with indexes",
                    first.added(), first.revised(), first.unchanged(), stored, observationBytes / 1e6);
            line("(a') the same file again", second.timings().totalMillis() / 1e3);
            Main.out("  (a') %s; observation rows still %,d", second.summary(), storedAfter);
            if (!first.accepted() || first.added() != rows || storedAfter != stored) {
                throw new IllegalStateException("unexpected outcome: " + first.summary() + " / " + second.summary());
            }
        }
    }

    /** Runs the code path on a smaller file first, as a long-running server would have, then empties the store. */
    private void warmUp(BenchStore store, BenchDatabase db) throws Exception {
        long warm = Math.min(WARM_UP_ROWS, rows);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workload.writeCsv(out, warm, new Progress("warm-up CSV", warm));
        SubmissionReport report = store.submissions().submit("warm-up.csv", out.toByteArray(), "bench", "bench");
        Main.out("warm-up: %s in %.1f s", report.summary(), report.timings().totalMillis() / 1e3);
        db.execute("truncate observation, series, submission restart identity");
        db.execute("vacuum analyze");
    }

    private static SubmissionReport submit(BenchStore store, Path csv, byte[] content) {
        SubmissionReport report = store.submissions().submit(csv.getFileName().toString(), content, "bench", "bench");
        if (!report.accepted()) {
            throw new IllegalStateException(
                    report.summary() + " " + report.problems().subList(0, 5));
        }
        return report;
    }

    private double rawCopy(BenchDatabase db, byte[] content) throws Exception {
        db.execute("create unlogged table raw_observation (metric text, area_code text, period text,"
                + " breakdown text, numerator float8, denominator float8, value float8, status text)");
        try (Connection connection = db.connect()) {
            long t = System.nanoTime();
            long copied = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "copy raw_observation from stdin (format csv, header true)",
                            new ByteArrayInputStream(content),
                            1 << 16);
            double s = seconds(t);
            if (copied != rows) {
                throw new IllegalStateException("raw COPY stored " + copied + " rows, expected " + rows);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop table raw_observation");
            }
            return s;
        }
    }

    private void line(String label, double seconds) {
        Main.out("  %-48s %10.2f %,14.0f", label, seconds, rows / seconds);
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
