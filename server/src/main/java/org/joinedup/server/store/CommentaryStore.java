package org.joinedup.server.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commentary in PostgreSQL (table {@code commentary}), append-only: each write is the next revision of its
 * metric, area and period, and no row is ever changed or removed. Writes are serialised by an advisory lock
 * so that two edits of one key cannot take the same revision number.
 */
public final class CommentaryStore {
    /** An arbitrary constant naming the advisory lock that serialises commentary writes. */
    private static final long WRITER_LOCK = 7_240_003L;

    private static final String COLUMNS =
            "id, metric_id, area_code, period, revision, what_happened, why, action, author, recorded_at";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public CommentaryStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** A row as the database returns it. */
    record Row(
            long id,
            String metricId,
            String areaCode,
            String period,
            int revision,
            String whatHappened,
            String why,
            String action,
            String author,
            OffsetDateTime recordedAt) {
        StoredCommentary stored() {
            return new StoredCommentary(
                    id,
                    metricId,
                    areaCode,
                    period,
                    revision,
                    whatHappened,
                    why,
                    action,
                    author,
                    recordedAt.toInstant());
        }
    }

    /**
     * Writes the next revision of a key's commentary.
     *
     * @param areaCode the area's canonical code
     * @param period the period's label
     * @throws StoreException when the database fails; nothing is then kept
     */
    public StoredCommentary add(
            String metricId,
            String areaCode,
            String period,
            String whatHappened,
            String why,
            String action,
            String author) {
        try {
            return transactions.execute(status -> {
                jdbc.sql("select pg_advisory_xact_lock(?)::text")
                        .param(WRITER_LOCK)
                        .query()
                        .listOfRows();
                return jdbc.sql("insert into commentary (metric_id, area_code, period, revision, what_happened, why,"
                                + " action, author) select ?, ?, ?, coalesce(max(revision), 0) + 1, ?, ?, ?, ?"
                                + " from commentary where metric_id = ? and area_code = ? and period = ?"
                                + " returning " + COLUMNS)
                        .params(
                                metricId,
                                areaCode,
                                period,
                                whatHappened,
                                why,
                                action,
                                author,
                                metricId,
                                areaCode,
                                period)
                        .query(Row.class)
                        .single()
                        .stored();
            });
        } catch (DataAccessException e) {
            throw new StoreException("Could not store the commentary: " + e.getMessage(), e);
        }
    }

    /** Every revision of a key's commentary, newest first; empty when none was written. */
    public List<StoredCommentary> revisions(String metricId, String areaCode, String period) {
        return read(
                "metric_id = ? and area_code = ? and period = ? order by revision desc", metricId, areaCode, period);
    }

    /** The latest revision of a key's commentary. */
    public Optional<StoredCommentary> latest(String metricId, String areaCode, String period) {
        return revisions(metricId, areaCode, period).stream().findFirst();
    }

    /** The latest revision of every metric's and period's commentary on one area, by metric and period. */
    public List<StoredCommentary> latestForArea(String areaCode) {
        try {
            return jdbc
                    .sql("select distinct on (metric_id, period) " + COLUMNS
                            + " from commentary where area_code = ? order by metric_id, period, revision desc")
                    .param(areaCode)
                    .query(Row.class)
                    .list()
                    .stream()
                    .map(Row::stored)
                    .toList();
        } catch (DataAccessException e) {
            throw new StoreException("Could not read commentary: " + e.getMessage(), e);
        }
    }

    private List<StoredCommentary> read(String where, Object... parameters) {
        try {
            return jdbc
                    .sql("select " + COLUMNS + " from commentary where " + where)
                    .params(parameters)
                    .query(Row.class)
                    .list()
                    .stream()
                    .map(Row::stored)
                    .toList();
        } catch (DataAccessException e) {
            throw new StoreException("Could not read commentary: " + e.getMessage(), e);
        }
    }
}
