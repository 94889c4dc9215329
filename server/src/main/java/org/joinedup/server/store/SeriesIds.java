package org.joinedup.server.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The series (metric, area, breakdown) of a submission's rows and their ids: those already held, and
 * new ones given ids from a block reserved on the series' sequence. Only the writer, under its lock,
 * uses this.
 */
final class SeriesIds {
    private record Key(String metricId, String areaCode, String breakdown) {}

    private final Map<Key, Long> ids;
    private final List<Long> existing;
    private final Map<Key, Long> created;

    private SeriesIds(Map<Key, Long> ids, List<Long> existing, Map<Key, Long> created) {
        this.ids = ids;
        this.existing = existing;
        this.created = created;
    }

    static SeriesIds resolve(Connection connection, Collection<StagedObservation> rows) throws SQLException {
        Set<Key> keys = new LinkedHashSet<>();
        Set<String> metrics = new LinkedHashSet<>();
        Set<String> areas = new LinkedHashSet<>();
        for (StagedObservation row : rows) {
            if (keys.add(key(row))) {
                metrics.add(row.metricId());
                areas.add(row.areaCode());
            }
        }
        Map<Key, Long> ids = new HashMap<>(keys.size() * 2);
        List<Long> existing = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, metric_id, area_code, breakdown"
                + " from series where metric_id = any (?) and area_code = any (?)")) {
            select.setFetchSize(50_000);
            select.setArray(1, connection.createArrayOf("text", metrics.toArray()));
            select.setArray(2, connection.createArrayOf("text", areas.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Key key = new Key(rs.getString(2), rs.getString(3), rs.getString(4));
                    if (keys.contains(key)) {
                        ids.put(key, rs.getLong(1));
                        existing.add(rs.getLong(1));
                    }
                }
            }
        }
        Map<Key, Long> created = new LinkedHashMap<>(); // in id order, so the primary key is appended to
        List<Key> missing = keys.stream().filter(k -> !ids.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            long first = reserve(connection, missing.size());
            for (int i = 0; i < missing.size(); i++) {
                ids.put(missing.get(i), first + i);
                created.put(missing.get(i), first + i);
            }
        }
        return new SeriesIds(ids, existing, created);
    }

    /** Reserves n consecutive ids and returns the first. */
    private static long reserve(Connection connection, int n) throws SQLException {
        try (PreparedStatement reserve =
                connection.prepareStatement("select setval(pg_get_serial_sequence('series', 'id'),"
                        + " nextval(pg_get_serial_sequence('series', 'id')) + ? - 1)")) {
            reserve.setLong(1, n);
            try (ResultSet rs = reserve.executeQuery()) {
                rs.next();
                return rs.getLong(1) - n + 1;
            }
        }
    }

    boolean anyExisting() {
        return !existing.isEmpty();
    }

    Object[] existingIds() {
        return existing.toArray();
    }

    long idOf(StagedObservation row) {
        return ids.get(key(row));
    }

    /** Writes the series this submission created. */
    void insertNew(Connection connection) throws SQLException, IOException {
        if (created.isEmpty()) {
            return;
        }
        CopyIn copy = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("copy series (id, metric_id, area_code, breakdown) from stdin (format text)");
        try (CopyWriter out = new CopyWriter(copy)) {
            StringBuilder line = new StringBuilder(64);
            for (Map.Entry<Key, Long> entry : created.entrySet()) {
                line.setLength(0);
                line.append(entry.getValue()).append('\t');
                CopyText.text(line, entry.getKey().metricId()).append('\t');
                CopyText.text(line, entry.getKey().areaCode()).append('\t');
                CopyText.text(line, entry.getKey().breakdown()).append('\n');
                out.append(line);
            }
        } catch (IOException | RuntimeException e) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            throw e;
        }
    }

    private static Key key(StagedObservation row) {
        return new Key(row.metricId(), row.areaCode(), row.breakdown());
    }
}
