package org.joinedup.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.sql.DataSource;

/** Reads observations as they are now, or as they were at a past time. */
public final class ObservationReader {
    private static final String COLUMNS = "se.metric_id, o.definition_version, se.area_code, o.period,"
            + " o.period_type, o.period_start, o.period_end, se.breakdown, o.numerator, o.denominator, o.value,"
            + " o.status, o.revision, o.submission_id, o.recorded_at";

    private final DataSource dataSource;

    public ObservationReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<StoredObservation> read(ObservationQuery query) {
        List<StoredObservation> rows = new ArrayList<>();
        read(query, rows::add);
        return rows;
    }

    /** Streams the rows in key order (metric, area, period start, breakdown). */
    public void read(ObservationQuery query, Consumer<StoredObservation> sink) {
        read(query, sink, true);
    }

    /**
     * Streams the rows in whatever order the database finds them: for reading a whole national store, which
     * PostgreSQL would otherwise sort on disk first.
     */
    public void readAnyOrder(ObservationQuery query, Consumer<StoredObservation> sink) {
        read(query, sink, false);
    }

    private void read(ObservationQuery query, Consumer<StoredObservation> sink, boolean inKeyOrder) {
        StringBuilder sql = new StringBuilder(
                "select " + COLUMNS + " from observation o join series se on se.id = o.series_id where ");
        List<Object> parameters = new ArrayList<>();
        if (query.asAt() == null) {
            sql.append("o.superseded_at is null");
        } else {
            // Current rows recorded by then, or rows superseded only after then: each side has its index.
            Timestamp at = Timestamp.from(query.asAt());
            sql.append("((o.superseded_at is null and o.recorded_at <= ?)"
                    + " or (o.superseded_at is not null and o.recorded_at <= ? and o.superseded_at > ?))");
            parameters.add(at);
            parameters.add(at);
            parameters.add(at);
        }
        anyOf(sql, parameters, "se.metric_id", query.metricIds());
        anyOf(sql, parameters, "se.area_code", List.copyOf(query.areaCodes()));
        anyOf(sql, parameters, "o.period", query.periods());
        if (query.totalsOnly()) {
            sql.append(" and se.breakdown = ''");
        }
        if (inKeyOrder) {
            sql.append(" order by se.metric_id, se.area_code, o.period_start, o.period_type, se.breakdown");
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false); // lets the driver stream with a fetch size
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                statement.setFetchSize(10_000);
                for (int i = 0; i < parameters.size(); i++) {
                    Object parameter = parameters.get(i);
                    if (parameter instanceof List<?> list) {
                        statement.setArray(i + 1, connection.createArrayOf("text", list.toArray()));
                    } else {
                        statement.setObject(i + 1, parameter);
                    }
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(map(rs));
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read observations: " + e.getMessage(), e);
        }
    }

    /**
     * Every revision of a metric's total series in an area recorded by a time (null: now), superseded ones
     * included, in period order and then in the order they were recorded: the last of each period is the
     * one current at that time, and each earlier one is what it replaced.
     *
     * @param areaCodes the area's codes (any of them may be the one stored)
     */
    public List<StoredObservation> revisions(String metricId, Collection<String> areaCodes, Instant asAt) {
        // Current and superseded rows each through their own partial index.
        String part = "select " + COLUMNS + " from series se join observation o on o.series_id = se.id"
                + " where se.metric_id = ? and se.area_code = any (?) and se.breakdown = ''"
                + (asAt == null ? "" : " and o.recorded_at <= ?") + " and o.superseded_at is ";
        String sql = part + "null union all " + part + "not null"
                + " order by period_start, period_type, recorded_at, revision";
        List<StoredObservation> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            for (int side = 0; side < 2; side++) {
                statement.setString(i++, metricId);
                statement.setArray(i++, connection.createArrayOf("text", areaCodes.toArray()));
                if (asAt != null) {
                    statement.setTimestamp(i++, Timestamp.from(asAt));
                }
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(map(rs));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read revisions: " + e.getMessage(), e);
        }
        return rows;
    }

    /** For each metric, the types of area (as stored) that hold at least one current observation. */
    public Map<String, Set<String>> areaTypesWithData() {
        Map<String, Set<String>> types = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select s.metric_id, a.type"
                        + " from series s join area a on a.code = s.area_code"
                        + " where exists (select 1 from observation o where o.series_id = s.id"
                        + " and o.superseded_at is null) group by s.metric_id, a.type");
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                types.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read which areas hold data: " + e.getMessage(), e);
        }
        return types;
    }

    private static void anyOf(StringBuilder sql, List<Object> parameters, String column, List<String> values) {
        if (!values.isEmpty()) {
            sql.append(" and ").append(column).append(" = any (?)");
            parameters.add(values);
        }
    }

    private static StoredObservation map(ResultSet rs) throws SQLException {
        return new StoredObservation(
                rs.getString(1),
                rs.getInt(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, java.time.LocalDate.class),
                rs.getObject(7, java.time.LocalDate.class),
                rs.getString(8),
                nullableDouble(rs, 9),
                nullableDouble(rs, 10),
                nullableDouble(rs, 11),
                rs.getString(12),
                rs.getInt(13),
                rs.getLong(14),
                rs.getTimestamp(15).toInstant());
    }

    private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
