package org.joinedup.server.store;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes validated observations in one transaction: new keys get revision 1, changed values get a new
 * revision while the old row is kept and marked superseded, identical rows are left alone. A
 * submission that changes nothing is rolled back whole, so it leaves no trace.
 */
public final class ObservationWriter {
    /** An arbitrary constant naming the advisory lock that serialises submissions. */
    private static final long WRITER_LOCK = 7_240_001L;

    private static final String STAGE_DEFINITION = "metric_id text, definition_version int, area_code text,"
            + " period text collate \"C\", period_type text, period_start date, period_end date, breakdown text,"
            + " numerator float8, denominator float8, value float8, status text";
    private static final String STAGE_COLUMNS = "metric_id, definition_version, area_code, period, period_type,"
            + " period_start, period_end, breakdown, numerator, denominator, value, status";

    private final DataSource dataSource;

    public ObservationWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public WriteResult write(Collection<StagedObservation> rows, SubmissionMeta meta) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                WriteResult result = write(connection, rows, meta);
                if (result.changedNothing()) {
                    connection.rollback();
                } else {
                    connection.commit();
                }
                return result;
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("Could not store " + meta.fileName() + ": " + e.getMessage(), e);
        }
    }

    private WriteResult write(Connection connection, Collection<StagedObservation> rows, SubmissionMeta meta)
            throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            // One submission at a time: classification below must see every earlier submission.
            statement.execute("select pg_advisory_xact_lock(" + WRITER_LOCK + ")");
            statement.execute("create temp table stage (" + STAGE_DEFINITION + ") on commit drop");
        }
        copy(connection, rows);
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze stage");
            int newSeries = statement.executeUpdate("insert into series (metric_id, area_code, breakdown)"
                    + " select distinct metric_id, area_code, breakdown from stage"
                    + " on conflict (metric_id, area_code, breakdown) do nothing");
            if (newSeries > 0) {
                // Fresh statistics keep the planner on hash joins below instead of a nested loop per row.
                statement.execute("analyze series");
            }
            statement.execute("create temp table classified on commit drop as"
                    + " select se.id as series_id, s.period, s.period_type, s.period_start, s.period_end,"
                    + " s.definition_version, s.numerator, s.denominator, s.value, s.status,"
                    + " o.revision as old_revision,"
                    + " (o.revision is not null"
                    + "  and o.definition_version = s.definition_version"
                    + "  and o.numerator is not distinct from s.numerator"
                    + "  and o.denominator is not distinct from s.denominator"
                    + "  and o.value is not distinct from s.value"
                    + "  and o.status = s.status) as unchanged"
                    + " from stage s join series se on se.metric_id = s.metric_id and se.area_code = s.area_code"
                    + " and se.breakdown = s.breakdown"
                    + " left join observation o on o.series_id = se.id and o.period = s.period"
                    + " and o.superseded_at is null");
        }
        int added;
        int revised;
        int unchanged;
        try (Statement statement = connection.createStatement();
                ResultSet counts = statement.executeQuery("select"
                        + " count(*) filter (where old_revision is null),"
                        + " count(*) filter (where old_revision is not null and not unchanged),"
                        + " count(*) filter (where unchanged) from classified")) {
            counts.next();
            added = counts.getInt(1);
            revised = counts.getInt(2);
            unchanged = counts.getInt(3);
        }
        if (added == 0 && revised == 0) {
            return new WriteResult(OptionalLong.empty(), rows.size(), 0, 0, unchanged);
        }
        long submissionId = insertSubmission(connection, meta, rows.size(), added, revised, unchanged);
        try (Statement statement = connection.createStatement()) {
            if (revised > 0) {
                statement.executeUpdate("update observation o set superseded_at = now() from classified c"
                        + " where c.old_revision is not null and not c.unchanged and o.series_id = c.series_id"
                        + " and o.period = c.period and o.superseded_at is null");
            }
            statement.executeUpdate("insert into observation (series_id, period, period_type, period_start,"
                    + " period_end, definition_version, numerator, denominator, value, status, revision,"
                    + " submission_id, recorded_at) select series_id, period, period_type, period_start,"
                    + " period_end, definition_version, numerator, denominator, value, status,"
                    + " coalesce(old_revision, 0) + 1, " + submissionId + ", now() from classified"
                    + " where not unchanged");
        }
        return new WriteResult(OptionalLong.of(submissionId), rows.size(), added, revised, unchanged);
    }

    private static long insertSubmission(
            Connection connection, SubmissionMeta meta, int total, int added, int revised, int unchanged)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into submission (file_name,"
                + " fingerprint, source, received_at, received_by, rows_total, rows_new, rows_revised,"
                + " rows_unchanged) values (?, ?, ?, now(), ?, ?, ?, ?, ?) returning id")) {
            insert.setString(1, meta.fileName());
            insert.setString(2, meta.fingerprint());
            insert.setString(3, meta.source());
            insert.setString(4, meta.receivedBy());
            insert.setInt(5, total);
            insert.setInt(6, added);
            insert.setInt(7, revised);
            insert.setInt(8, unchanged);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    private static void copy(Connection connection, Collection<StagedObservation> rows)
            throws SQLException, IOException {
        CopyIn copy = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("copy stage (" + STAGE_COLUMNS + ") from stdin (format text)");
        try {
            writeRows(copy, rows);
        } catch (IOException | RuntimeException e) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            throw e;
        }
    }

    private static void writeRows(CopyIn copy, Collection<StagedObservation> rows) throws IOException {
        try (Writer out = new CopyWriter(copy)) {
            StringBuilder line = new StringBuilder(160);
            for (StagedObservation row : rows) {
                line.setLength(0);
                text(line, row.metricId()).append('\t');
                line.append(row.definitionVersion()).append('\t');
                text(line, row.areaCode()).append('\t');
                text(line, row.period()).append('\t');
                text(line, row.periodType()).append('\t');
                line.append(row.periodStart()).append('\t');
                line.append(row.periodEnd()).append('\t');
                text(line, row.breakdown()).append('\t');
                number(line, row.numerator()).append('\t');
                number(line, row.denominator()).append('\t');
                number(line, row.value()).append('\t');
                text(line, row.status()).append('\n');
                out.append(line);
            }
        }
    }

    private static StringBuilder number(StringBuilder line, Double value) {
        return value == null ? line.append("\\N") : line.append(value.doubleValue());
    }

    /** COPY text format: backslash, tab and newlines must be escaped. */
    private static StringBuilder text(StringBuilder line, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
        return line;
    }
}
