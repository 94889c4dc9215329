package org.joinedup.bench;

import java.io.BufferedOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import org.postgresql.PGConnection;

/**
 * Validated import against raw COPY. (a) The canonical CSV is parsed, validated and committed the way the
 * server does it (SubmissionParser + StoreWriter); (b) the same file is COPYed straight into a bare UNLOGGED
 * table with the CSV's columns. Then (a) again with the identical file, which must store nothing new.
 */
final class ImportBenchmark {
    private final NationalWorkload workload;
    private final long rows;
    private final Path work;
    private final Path schema;

    ImportBenchmark(NationalWorkload workload, long rows, Path work, Path schema) {
        this.workload = workload;
        this.rows = rows;
        this.work = work;
        this.schema = schema;
    }

    record Run(double parseSeconds, StoreWriter.Outcome outcome, long rows) {
        double totalSeconds() {
            return parseSeconds + outcome.totalNanos() / 1e9;
        }
    }

    void run() throws Exception {
        Files.createDirectories(work);
        Path csv = work.resolve("observations-" + rows + ".csv");
        long t = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(csv), 1 << 20)) {
            workload.writeCsv(out, rows, new Progress("generate CSV", rows));
        }
        double generate = seconds(t);
        long bytes = Files.size(csv);
        Main.out("generated %s: %,d rows, %,d bytes (%.1f MB) in %.1f s", csv, rows, bytes, bytes / 1e6, generate);
        String fingerprint = sha256(csv);

        try (BenchDatabase db = BenchDatabase.start(work)) {
            db.applySchema(schema);
            db.loadAreas(workload);
            Main.out("embedded PostgreSQL %s up (collation %s, fsync on, shared_buffers 256MB), schema %s applied,"
                    + " %,d areas loaded", db.text("show server_version"),
                    db.text("select datcollate from pg_database where datname = current_database()"), schema,
                    workload.areaCount());
            SubmissionParser parser = new SubmissionParser(workload);

            // JIT warm-up of the parser, as a long-running server would be: parsed, validated, not stored.
            t = System.nanoTime();
            SubmissionParser.Result warm = parse(parser, csv, "warm-up parse");
            Main.out("warm-up parse+validate (not stored): %.2f s, %,d rows valid, %,d problems",
                    seconds(t), warm.rows().size, warm.problemCount());
            warm = null;

            db.execute("checkpoint");
            Run first = validatedImport(db, parser, csv, fingerprint);
            long stored = db.scalar("select count(*) from observation");
            long observationBytes = db.scalar("select pg_total_relation_size('observation')");

            db.execute("checkpoint");
            double raw = rawCopy(db, csv);

            db.execute("checkpoint");
            Run second = validatedImport(db, parser, csv, fingerprint);
            long storedAfter = db.scalar("select count(*) from observation");
            long submissions = db.scalar("select count(*) from submission");

            report(first, raw, second, stored, storedAfter, submissions, observationBytes);

            // What-if: the same two imports into an empty store with tuned session settings (StoreWriter).
            db.execute("truncate observation, submission restart identity");
            db.execute("checkpoint");
            Run tunedFirst = validatedImport(db, parser, csv, fingerprint, true, false);
            db.execute("checkpoint");
            Run tunedSecond = validatedImport(db, parser, csv, fingerprint, true, false);
            Main.out("");
            Main.out("what-if, not the server's behaviour: %s, and analyze stage after the COPY",
                    StoreWriter.TUNED_SETTINGS);
            phases("(a) validated + committed, tuned", tunedFirst, "insert");
            Main.out("  ratio (a tuned) / (b): %.2fx", tunedFirst.totalSeconds() / raw);
            phases("(a') same file again, tuned", tunedSecond, "rollback");

            // Diagnostic: tuned, and the per-row foreign key triggers off, to show their share of the insert.
            db.execute("truncate observation, submission restart identity");
            db.execute("checkpoint");
            Run noFk = validatedImport(db, parser, csv, fingerprint, true, true);
            Main.out("");
            Main.out("diagnostic only: tuned as above and %s (no foreign key checks)", StoreWriter.NO_FK_SETTINGS);
            phases("(a) validated + committed, tuned, no FK checks", noFk, "insert");
            Main.out("  ratio (a tuned, no FK) / (b): %.2fx", noFk.totalSeconds() / raw);
        }
    }

    private SubmissionParser.Result parse(SubmissionParser parser, Path csv, String phase) throws IOException {
        try (InputStream in = new FileInputStream(csv.toFile())) {
            return parser.parse(in, (int) Math.min(rows, Integer.MAX_VALUE - 16), new Progress(phase, rows));
        }
    }

    private void phases(String title, Run run, String last) {
        StoreWriter.Outcome o = run.outcome();
        line(title + ", total", run.totalSeconds(), rows);
        line("      parse + validate", run.parseSeconds(), rows);
        line("      COPY to stage (+ analyze)", o.copyNanos / 1e9, rows);
        line("      classify", o.classifyNanos / 1e9, rows);
        if (o.committed) {
            line("      insert", o.insertNanos / 1e9, rows);
        }
        line("      " + (o.committed ? "commit" : "rollback"), o.commitNanos / 1e9, rows);
        Main.out("        %,d new, %,d revised, %,d unchanged", o.added, o.revised, o.unchanged);
    }

    private Run validatedImport(BenchDatabase db, SubmissionParser parser, Path csv, String fingerprint)
            throws Exception {
        return validatedImport(db, parser, csv, fingerprint, false, false);
    }

    private Run validatedImport(
            BenchDatabase db, SubmissionParser parser, Path csv, String fingerprint, boolean tuned, boolean noFk)
            throws Exception {
        long t = System.nanoTime();
        SubmissionParser.Result parsed = parse(parser, csv, "parse+validate");
        double parseSeconds = seconds(t);
        if (parsed.problemCount() > 0) {
            throw new IllegalStateException(parsed.problemCount() + " problems, first: " + parsed.problems());
        }
        try (Connection connection = db.connect()) {
            StoreWriter.Outcome outcome = new StoreWriter(workload, tuned, noFk)
                    .write(connection, parsed.rows(), csv.getFileName().toString(), fingerprint);
            return new Run(parseSeconds, outcome, parsed.rows().size);
        }
    }

    private double rawCopy(BenchDatabase db, Path csv) throws Exception {
        db.execute("create unlogged table raw_observation (metric text, area_code text, period text,"
                + " breakdown text, numerator float8, denominator float8, value float8, status text)");
        try (Connection connection = db.connect();
                InputStream in = new FileInputStream(csv.toFile())) {
            long t = System.nanoTime();
            long copied = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy raw_observation from stdin (format csv, header true)", in, 1 << 16);
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

    private void report(Run first, double raw, Run second, long stored, long storedAfter, long submissions,
            long observationBytes) {
        StoreWriter.Outcome o = first.outcome();
        double validated = first.totalSeconds();
        Main.out("");
        Main.out("import of %,d rows (seed %d), %d cores", rows, workload.seed(),
                Runtime.getRuntime().availableProcessors());
        Main.out("  %-44s %10s %14s", "", "seconds", "rows/s");
        line("(a) validated + committed, total", validated, rows);
        line("      parse + validate", first.parseSeconds(), rows);
        line("      COPY to stage", o.copyNanos / 1e9, rows);
        line("      classify (left join current rows)", o.classifyNanos / 1e9, rows);
        line("      insert (submission, supersede, rows)", o.insertNanos / 1e9, rows);
        line("      commit", o.commitNanos / 1e9, rows);
        line("(b) raw COPY into UNLOGGED table", raw, rows);
        Main.out("  ratio (a) / (b): %.2fx slower than raw COPY", validated / raw);
        Main.out("  first run: %,d new, %,d revised, %,d unchanged; observation rows %,d, %.1f MB with indexes",
                o.added, o.revised, o.unchanged, stored, observationBytes / 1e6);
        StoreWriter.Outcome s = second.outcome();
        line("(a') same file again, total", second.totalSeconds(), rows);
        line("      parse + validate", second.parseSeconds(), rows);
        line("      COPY to stage", s.copyNanos / 1e9, rows);
        line("      classify", s.classifyNanos / 1e9, rows);
        line("      rollback", s.commitNanos / 1e9, rows);
        Main.out("  second run: %,d new, %,d revised, %,d unchanged, %s; observation rows %,d, submissions %,d",
                s.added, s.revised, s.unchanged, s.committed ? "COMMITTED" : "rolled back, nothing stored",
                storedAfter, submissions);
    }

    private static void line(String label, double seconds, long rows) {
        Main.out("  %-44s %10.2f %,14.0f", label, seconds, rows / seconds);
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 20];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest()).toLowerCase(Locale.ROOT);
    }
}
