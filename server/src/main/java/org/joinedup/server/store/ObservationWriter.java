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
            statement.execute("create temp table stage (metric_id text, definition_version int, area_code text,"
                    + " period text, period_type text, period_start date, period_end date, breakdown text,"
                    + " numerator float8, denominator float8, value float8, status text) on commit drop");
        }
        copy(connection, rows);
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temp table classified on commit drop as"
                    + " select s.*, o.id as old_id, coalesce(o.revision, 0) as old_revision,"
                    + " (o.id is not null"
                    + "  and o.definition_version = s.definition_version"
                    + "  and o.numerator is not distinct from s.numerator"
                    + "  and o.denominator is not distinct from s.denominator"
                    + "  and o.value is not distinct from s.value"
                    + "  and o.status = s.status) as unchanged"
                    + " from stage s left join observation o"
                    + " on o.metric_id = s.metric_id and o.area_code = s.area_code and o.period = s.period"
                    + " and o.breakdown = s.breakdown and o.superseded_at is null");
        }
        int added;
        int revised;
        int unchanged;
        try (Statement statement = connection.createStatement();
                ResultSet counts = statement.executeQuery("select"
                        + " count(*) filter (where old_id is null),"
                        + " count(*) filter (where old_id is not null and not unchanged),"
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
            statement.executeUpdate("update observation o set superseded_at = now() from classified c"
                    + " where o.id = c.old_id and not c.unchanged");
            statement.executeUpdate("insert into observation (" + STAGE_COLUMNS
                    + ", revision, submission_id, recorded_at) select " + STAGE_COLUMNS
                    + ", old_revision + 1, " + submissionId + ", now() from classified where not unchanged");
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
