package org.joinedup.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Commits validated rows with the algorithm and the SQL of the server's store writer,
 * server/src/main/java/org/joinedup/server/store/ObservationWriter.java: one transaction, COPY (text format)
 * into a temp staging table, classify against the current rows, mark changed rows superseded, insert new
 * revisions; a submission that changes nothing is rolled back. The SQL text is copied verbatim from there
 * (the server cannot be a compile dependency of bench yet); keep the two in step. What differs is only how
 * the COPY text is produced: from primitive columns into a byte buffer, not records through a StringBuilder.
 */
final class StoreWriter {
    // ---- copied from ObservationWriter ----
    private static final String STAGE_COLUMNS = "metric_id, definition_version, area_code, period, period_type,"
            + " period_start, period_end, breakdown, numerator, denominator, value, status";
    private static final String CREATE_STAGE = "create temp table stage (metric_id text, definition_version int,"
            + " area_code text, period text, period_type text, period_start date, period_end date, breakdown text,"
            + " numerator float8, denominator float8, value float8, status text) on commit drop";
    private static final String COPY_STAGE = "copy stage (" + STAGE_COLUMNS + ") from stdin (format text)";
    private static final String CLASSIFY = "create temp table classified on commit drop as"
            + " select s.*, o.id as old_id, coalesce(o.revision, 0) as old_revision,"
            + " (o.id is not null"
            + "  and o.definition_version = s.definition_version"
            + "  and o.numerator is not distinct from s.numerator"
            + "  and o.denominator is not distinct from s.denominator"
            + "  and o.value is not distinct from s.value"
            + "  and o.status = s.status) as unchanged"
            + " from stage s left join observation o"
            + " on o.metric_id = s.metric_id and o.area_code = s.area_code and o.period = s.period"
            + " and o.breakdown = s.breakdown and o.superseded_at is null";
    private static final String COUNTS = "select"
            + " count(*) filter (where old_id is null),"
            + " count(*) filter (where old_id is not null and not unchanged),"
            + " count(*) filter (where unchanged) from classified";
    private static final String INSERT_SUBMISSION = "insert into submission (file_name,"
            + " fingerprint, source, received_at, received_by, rows_total, rows_new, rows_revised,"
            + " rows_unchanged) values (?, ?, ?, now(), ?, ?, ?, ?, ?) returning id";
    private static final String SUPERSEDE = "update observation o set superseded_at = now() from classified c"
            + " where o.id = c.old_id and not c.unchanged";

    private static String insertRevisions(long submissionId) {
        return "insert into observation (" + STAGE_COLUMNS
                + ", revision, submission_id, recorded_at) select " + STAGE_COLUMNS
                + ", old_revision + 1, " + submissionId + ", now() from classified where not unchanged";
    }
    // ---- end of copied SQL ----

    /** Phase timings in nanoseconds and the outcome. */
    static final class Outcome {
        long copyNanos;
        long classifyNanos;
        long insertNanos;
        long commitNanos;
        long added;
        long revised;
        long unchanged;
        boolean committed;

        long totalNanos() {
            return copyNanos + classifyNanos + insertNanos + commitNanos;
        }
    }

    private final byte[][] metricIds;
    private final byte[][] areaCodes;

    /** Runs classify, supersede and insert under EXPLAIN (ANALYZE, BUFFERS) and prints the plans to stderr. */
    static boolean explain = Boolean.getBoolean("bench.explain");

    private static void explain(Statement statement, String sql) throws SQLException {
        StringBuilder plan = new StringBuilder("EXPLAIN ANALYZE " + sql + "\n");
        try (ResultSet lines = statement.executeQuery("explain (analyze, buffers) " + sql)) {
            while (lines.next()) {
                plan.append("  ").append(lines.getString(1)).append('\n');
            }
        }
        System.err.print(plan);
    }

    /**
     * A what-if, not the server's behaviour: session memory for the temp tables and the join, and the staging
     * table analysed so the classify join is planned on real row counts. Set before any temp table is touched.
     */
    static final String TUNED_SETTINGS = "set temp_buffers = '512MB'; set work_mem = '256MB'";

    /** Diagnostic only, never for real use: foreign key triggers off, to show what they cost. */
    static final String NO_FK_SETTINGS = "set session_replication_role = replica";

    private final boolean tuned;
    private final boolean noForeignKeys;

    StoreWriter(NationalWorkload workload) {
        this(workload, false, false);
    }

    StoreWriter(NationalWorkload workload, boolean tuned, boolean noForeignKeys) {
        this.tuned = tuned;
        this.noForeignKeys = noForeignKeys;
        metricIds = new byte[NationalWorkload.METRICS][];
        for (int m = 0; m < metricIds.length; m++) {
            metricIds[m] = escape(workload.metricId(m));
        }
        areaCodes = new byte[workload.areaCount()][];
        for (int a = 0; a < areaCodes.length; a++) {
            areaCodes[a] = escape(workload.code(a));
        }
    }

    Outcome write(Connection connection, SubmissionParser.Staged rows, String fileName, String fingerprint)
            throws SQLException {
        Outcome outcome = new Outcome();
        if (tuned) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(TUNED_SETTINGS);
                if (noForeignKeys) {
                    statement.execute(NO_FK_SETTINGS);
                }
            }
        }
        connection.setAutoCommit(false);
        try {
            long t0 = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute(CREATE_STAGE);
            }
            copy(connection, rows);
            if (tuned) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("analyze stage");
                }
            }
            long t1 = System.nanoTime();
            outcome.copyNanos = t1 - t0;
            try (Statement statement = connection.createStatement()) {
                if (explain) {
                    explain(statement, CLASSIFY);
                } else {
                    statement.execute(CLASSIFY);
                }
            }
            try (Statement statement = connection.createStatement();
                    ResultSet counts = statement.executeQuery(COUNTS)) {
                counts.next();
                outcome.added = counts.getLong(1);
                outcome.revised = counts.getLong(2);
                outcome.unchanged = counts.getLong(3);
            }
            long t2 = System.nanoTime();
            outcome.classifyNanos = t2 - t1;
            if (outcome.added == 0 && outcome.revised == 0) {
                connection.rollback();
                outcome.commitNanos = System.nanoTime() - t2;
                return outcome;
            }
            long submissionId;
            try (PreparedStatement insert = connection.prepareStatement(INSERT_SUBMISSION)) {
                insert.setString(1, fileName);
                insert.setString(2, fingerprint);
                insert.setString(3, "bench");
                insert.setString(4, "bench");
                insert.setInt(5, rows.size);
                insert.setInt(6, (int) outcome.added);
                insert.setInt(7, (int) outcome.revised);
                insert.setInt(8, (int) outcome.unchanged);
                try (ResultSet id = insert.executeQuery()) {
                    id.next();
                    submissionId = id.getLong(1);
                }
            }
            try (Statement statement = connection.createStatement()) {
                if (explain) {
                    explain(statement, SUPERSEDE);
                    explain(statement, insertRevisions(submissionId));
                } else {
                    statement.executeUpdate(SUPERSEDE);
                    statement.executeUpdate(insertRevisions(submissionId));
                }
            }
            long t3 = System.nanoTime();
            outcome.insertNanos = t3 - t2;
            connection.commit();
            outcome.commitNanos = System.nanoTime() - t3;
            outcome.committed = true;
            return outcome;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void copy(Connection connection, SubmissionParser.Staged rows) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY_STAGE);
        Progress progress = new Progress("COPY to stage", rows.size);
        byte[] buffer = new byte[1 << 16];
        int at = 0;
        byte[][] labels = new byte[4096][];
        byte[] monthType = "\tMONTH\t".getBytes(StandardCharsets.US_ASCII);
        byte[] fin = "final\n".getBytes(StandardCharsets.US_ASCII);
        byte[] prov = "provisional\n".getBytes(StandardCharsets.US_ASCII);
        try {
            for (int r = 0; r < rows.size; r++) {
                if (at > buffer.length - 512) {
                    copy.writeToCopy(buffer, 0, at);
                    at = 0;
                    progress.update(r);
                }
                at = put(buffer, at, metricIds[rows.metric[r]]);
                buffer[at++] = '\t';
                buffer[at++] = '1'; // definition_version
                buffer[at++] = '\t';
                at = put(buffer, at, areaCodes[rows.area[r]]);
                buffer[at++] = '\t';
                // period, period_type, period_start, period_end
                int index = rows.yearMonth[r] - 1900 * 12;
                byte[] label = labels[index];
                if (label == null) {
                    YearMonth month = YearMonth.of(rows.yearMonth[r] / 12, rows.yearMonth[r] % 12 + 1);
                    label = labels[index] = (month + new String(monthType, StandardCharsets.US_ASCII)
                                    + month.atDay(1) + "\t" + month.atEndOfMonth() + "\t")
                            .getBytes(StandardCharsets.US_ASCII);
                }
                at = put(buffer, at, label);
                if (rows.breakdown != null && rows.breakdown[r] != null) {
                    byte[] escaped = escape(rows.breakdown[r]);
                    if (escaped.length > buffer.length - at - 256) {
                        copy.writeToCopy(buffer, 0, at);
                        at = 0;
                        buffer = escaped.length + 512 > buffer.length ? new byte[escaped.length + 512] : buffer;
                    }
                    at = put(buffer, at, escaped);
                }
                buffer[at++] = '\t';
                at = number(buffer, at, rows.numerator[r], rows.numeratorScale[r]);
                buffer[at++] = '\t';
                at = number(buffer, at, rows.denominator[r], rows.denominatorScale[r]);
                buffer[at++] = '\t';
                at = number(buffer, at, rows.value[r], rows.valueScale[r]);
                buffer[at++] = '\t';
                at = put(buffer, at, rows.status[r] == 0 ? fin : prov);
            }
            copy.writeToCopy(buffer, 0, at);
            copy.endCopy();
            progress.done(rows.size);
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /**
     * A number as text that PostgreSQL parses to the same double: the decimal as written when it was parsed
     * exactly (scale >= 0), else Java's round-tripping Double.toString, as the server writes every number.
     */
    private static int number(byte[] buffer, int at, double value, int scale) {
        if (scale == -1) {
            buffer[at++] = '\\';
            buffer[at++] = 'N';
            return at;
        }
        if (scale >= 0) {
            return Bytes.putDecimal(buffer, at, Math.round(value * Bytes.pow10(scale)), scale);
        }
        byte[] text = Double.toString(value).getBytes(StandardCharsets.US_ASCII);
        return put(buffer, at, text);
    }

    private static int put(byte[] buffer, int at, byte[] bytes) {
        System.arraycopy(bytes, 0, buffer, at, bytes.length);
        return at + bytes.length;
    }

    /** COPY text format: backslash, tab and newlines escaped, as ObservationWriter.text does. */
    static byte[] escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
