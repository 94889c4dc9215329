package org.joinedup.server.store;

import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes validated observations in one transaction: new keys get revision 1, changed values get a new
 * revision while the old row is kept and marked superseded, identical rows are left alone. A
 * submission that changes nothing is rolled back whole, so it leaves no trace.
 *
 * <p>Submissions are written one at a time (an advisory lock), so the writer can compare a file with
 * what is current in Java and send only the rows that change, by COPY, the fastest way into PostgreSQL.
 */
public final class ObservationWriter {
    /** An arbitrary constant naming the advisory lock that serialises submissions. */
    private static final long WRITER_LOCK = 7_240_001L;

    /** recorded_at is left to its default, the transaction's start time, the same "now" as supersession. */
    private static final String OBSERVATION_COLUMNS = "series_id, period, period_type, period_start, period_end,"
            + " definition_version, numerator, denominator, value, status, revision, submission_id";

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
        Timestamp now;
        try (Statement statement = connection.createStatement();
                ResultSet time = statement.executeQuery(
                        "select pg_advisory_xact_lock(" + WRITER_LOCK + "), transaction_timestamp()")) {
            time.next();
            now = time.getTimestamp(2);
        }
        SeriesIds series = SeriesIds.resolve(connection, rows);
        Map<CurrentKey, Current> current = current(connection, rows, series);

        List<Change> changed = new ArrayList<>();
        List<CurrentKey> superseded = new ArrayList<>();
        int unchanged = 0;
        for (StagedObservation row : rows) {
            CurrentKey key = new CurrentKey(series.idOf(row), row.period());
            Current held = current.get(key);
            if (held == null) {
                changed.add(new Change(key, row, 1));
            } else if (held.sameAs(row)) {
                unchanged++;
            } else {
                changed.add(new Change(key, row, held.revision() + 1));
                superseded.add(key);
            }
        }
        int revised = superseded.size();
        int added = changed.size() - revised;
        // In index order, so the index on (series, period) is mostly appended to rather than split.
        changed.sort(Change.IN_KEY_ORDER);
        if (changed.isEmpty()) {
            return new WriteResult(OptionalLong.empty(), rows.size(), 0, 0, unchanged);
        }
        series.insertNew(connection);
        long submissionId = insertSubmission(connection, meta, now, rows.size(), added, revised, unchanged);
        supersede(connection, superseded, now);
        copyObservations(connection, changed, submissionId);
        return new WriteResult(OptionalLong.of(submissionId), rows.size(), added, revised, unchanged);
    }

    /** A series and period: the key of what is current. */
    private record CurrentKey(long seriesId, String period) {}

    /** A row to write, with its key and revision number. */
    private record Change(CurrentKey key, StagedObservation row, int revision) {
        static final Comparator<Change> IN_KEY_ORDER = Comparator.<Change>comparingLong(
                        c -> c.key().seriesId())
                .thenComparing(c -> c.key().period());
    }

    /** The current row for a key, as far as deciding whether a new one changes it. */
    private record Current(
            int definitionVersion, Double numerator, Double denominator, Double value, String status, int revision) {
        boolean sameAs(StagedObservation row) {
            return definitionVersion == row.definitionVersion()
                    && Objects.equals(numerator, row.numerator())
                    && Objects.equals(denominator, row.denominator())
                    && Objects.equals(value, row.value())
                    && status.equals(row.status());
        }
    }

    /** The current rows of the file's series and periods, for series that existed before this file. */
    private static Map<CurrentKey, Current> current(
            Connection connection, Collection<StagedObservation> rows, SeriesIds series) throws SQLException {
        Map<CurrentKey, Current> current = new HashMap<>();
        if (!series.anyExisting()) {
            return current;
        }
        Set<String> periods = new LinkedHashSet<>();
        for (StagedObservation row : rows) {
            periods.add(row.period());
        }
        try (PreparedStatement select = connection.prepareStatement("select series_id, period, definition_version,"
                + " numerator, denominator, value, status, revision from observation"
                + " where superseded_at is null and series_id = any (?) and period = any (?)")) {
            select.setFetchSize(50_000);
            select.setArray(1, connection.createArrayOf("bigint", series.existingIds()));
            select.setArray(2, connection.createArrayOf("text", periods.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    current.put(
                            new CurrentKey(rs.getLong(1), rs.getString(2)),
                            new Current(
                                    rs.getInt(3),
                                    nullableDouble(rs, 4),
                                    nullableDouble(rs, 5),
                                    nullableDouble(rs, 6),
                                    rs.getString(7),
                                    rs.getInt(8)));
                }
            }
        }
        return current;
    }

    private static void supersede(Connection connection, List<CurrentKey> keys, Timestamp now) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        Long[] ids = new Long[keys.size()];
        String[] periods = new String[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            ids[i] = keys.get(i).seriesId();
            periods[i] = keys.get(i).period();
        }
        try (PreparedStatement update = connection.prepareStatement("update observation o set superseded_at = ?"
                + " from unnest(?::bigint[], ?::text[]) as k (series_id, period)"
                + " where o.series_id = k.series_id and o.period = k.period and o.superseded_at is null")) {
            update.setTimestamp(1, now);
            Array idArray = connection.createArrayOf("bigint", ids);
            Array periodArray = connection.createArrayOf("text", periods);
            update.setArray(2, idArray);
            update.setArray(3, periodArray);
            int updated = update.executeUpdate();
            if (updated != keys.size()) {
                throw new IllegalStateException(
                        "expected to supersede " + keys.size() + " observations but found " + updated);
            }
        }
    }

    private static void copyObservations(Connection connection, List<Change> changes, long submissionId)
            throws SQLException, IOException {
        CopyIn copy = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("copy observation (" + OBSERVATION_COLUMNS + ") from stdin (format text)");
        try (CopyWriter out = new CopyWriter(copy)) {
            StringBuilder line = new StringBuilder(160);
            for (Change change : changes) {
                StagedObservation row = change.row();
                line.setLength(0);
                line.append(change.key().seriesId()).append('\t');
                CopyText.text(line, row.period()).append('\t');
                CopyText.text(line, row.periodType()).append('\t');
                line.append(row.periodStart()).append('\t');
                line.append(row.periodEnd()).append('\t');
                line.append(row.definitionVersion()).append('\t');
                CopyText.number(line, row.numerator()).append('\t');
                CopyText.number(line, row.denominator()).append('\t');
                CopyText.number(line, row.value()).append('\t');
                CopyText.text(line, row.status()).append('\t');
                line.append(change.revision()).append('\t');
                line.append(submissionId).append('\n');
                out.append(line);
            }
        } catch (IOException | RuntimeException e) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            throw e;
        }
    }

    private static long insertSubmission(
            Connection connection, SubmissionMeta meta, Timestamp now, int total, int added, int revised, int unchanged)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into submission (file_name,"
                + " fingerprint, source, received_at, received_by, rows_total, rows_new, rows_revised,"
                + " rows_unchanged) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")) {
            insert.setString(1, meta.fileName());
            insert.setString(2, meta.fingerprint());
            insert.setString(3, meta.source());
            insert.setTimestamp(4, now);
            insert.setString(5, meta.receivedBy());
            insert.setInt(6, total);
            insert.setInt(7, added);
            insert.setInt(8, revised);
            insert.setInt(9, unchanged);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
