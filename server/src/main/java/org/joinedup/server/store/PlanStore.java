package org.joinedup.server.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.joinedup.core.period.Frequency;
import org.joinedup.core.period.Period;
import org.joinedup.core.plan.Plan;
import org.joinedup.core.plan.PlanKind;
import org.joinedup.core.plan.TrajectoryPoint;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plans and targets in PostgreSQL (tables {@code plan}, {@code plan_point}, {@code plan_submission}). A
 * submission's plans are written in one transaction, one plan submission at a time (an advisory lock): a
 * plan whose annual value, trajectory or definition version differs from the current one is written whole
 * as a new revision and the current one is kept, marked superseded; an identical plan is left alone (its
 * source text is not compared); a submission that changes nothing writes nothing, not even its own row.
 */
public final class PlanStore {
    /** An arbitrary constant naming the advisory lock that serialises plan submissions. */
    private static final long WRITER_LOCK = 7_240_002L;

    private static final String PLAN_COLUMNS = "id, metric_id, area_code, financial_year, kind, frequency,"
            + " definition_version, annual_value, source, revision, submission_id, recorded_at, superseded_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transactions;

    public PlanStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.batch = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** A plan row as the database returns it. */
    record PlanRecord(
            long id,
            String metricId,
            String areaCode,
            String financialYear,
            String kind,
            String frequency,
            int definitionVersion,
            double annualValue,
            String source,
            int revision,
            long submissionId,
            OffsetDateTime recordedAt,
            OffsetDateTime supersededAt) {}

    /** A trajectory row as the database returns it. */
    record PointRecord(long planId, String period, double value) {}

    /** What is current for a plan's key. */
    private record Key(String metricId, String areaCode, String year, PlanKind kind) {
        static Key of(Plan plan) {
            return new Key(
                    plan.metricId(), plan.areaCode(), plan.financialYear().label(), plan.kind());
        }
    }

    /**
     * Stores the plans of one submission.
     *
     * @throws StoreException when the database fails; nothing of the submission is then kept
     */
    public WriteResult write(Collection<StagedPlan> plans, SubmissionMeta meta) {
        try {
            return transactions.execute(status -> {
                WriteResult result = writeLocked(plans, meta);
                if (result.changedNothing()) {
                    status.setRollbackOnly();
                }
                return result;
            });
        } catch (DataAccessException | IllegalStateException e) {
            throw new StoreException("Could not store the plans of " + meta.fileName() + ": " + e.getMessage(), e);
        }
    }

    private WriteResult writeLocked(Collection<StagedPlan> plans, SubmissionMeta meta) {
        jdbc.sql("select pg_advisory_xact_lock(?)::text")
                .param(WRITER_LOCK)
                .query()
                .listOfRows();
        Set<String> metrics = new LinkedHashSet<>();
        plans.forEach(p -> metrics.add(p.plan().metricId()));
        Map<Key, StoredPlan> current = new HashMap<>();
        for (StoredPlan held :
                read("superseded_at is null and metric_id = any(?)", (Object) metrics.toArray(String[]::new))) {
            current.put(Key.of(held.plan()), held);
        }
        List<StagedPlan> changed = new ArrayList<>();
        List<Integer> revisions = new ArrayList<>();
        List<Key> superseded = new ArrayList<>();
        int unchanged = 0;
        for (StagedPlan staged : plans) {
            Key key = Key.of(staged.plan());
            StoredPlan held = current.get(key);
            if (held == null) {
                changed.add(staged);
                revisions.add(1);
            } else if (sameValues(held, staged)) {
                unchanged++;
            } else {
                changed.add(staged);
                revisions.add(held.revision() + 1);
                superseded.add(key);
            }
        }
        int revised = superseded.size();
        if (changed.isEmpty()) {
            return new WriteResult(OptionalLong.empty(), plans.size(), 0, 0, unchanged);
        }
        long submissionId = jdbc.sql("insert into plan_submission (file_name, fingerprint, source, received_at,"
                        + " received_by, plans_total, plans_new, plans_revised, plans_unchanged)"
                        + " values (?, ?, ?, transaction_timestamp(), ?, ?, ?, ?, ?) returning id")
                .params(
                        meta.fileName(),
                        meta.fingerprint(),
                        meta.source(),
                        meta.receivedBy(),
                        plans.size(),
                        changed.size() - revised,
                        revised,
                        unchanged)
                .query(Long.class)
                .single();
        for (Key key : superseded) {
            int updated = jdbc.sql("update plan set superseded_at = transaction_timestamp() where superseded_at is null"
                            + " and metric_id = ? and area_code = ? and financial_year = ? and kind = ?")
                    .params(
                            key.metricId(),
                            key.areaCode(),
                            key.year(),
                            key.kind().name())
                    .update();
            if (updated != 1) {
                throw new IllegalStateException("expected to supersede one plan of " + key + " but found " + updated);
            }
        }
        List<Object[]> points = new ArrayList<>();
        for (int i = 0; i < changed.size(); i++) {
            StagedPlan staged = changed.get(i);
            Plan plan = staged.plan();
            long id = jdbc.sql("insert into plan (metric_id, area_code, financial_year, year_start, kind, frequency,"
                            + " definition_version, annual_value, source, revision, submission_id)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                    .params(
                            plan.metricId(),
                            plan.areaCode(),
                            plan.financialYear().label(),
                            plan.financialYear().start(),
                            plan.kind().name(),
                            plan.frequency().name(),
                            staged.definitionVersion(),
                            plan.annualValue(),
                            plan.source(),
                            revisions.get(i),
                            submissionId)
                    .query(Long.class)
                    .single();
            for (TrajectoryPoint point : plan.trajectory()) {
                Period p = point.period();
                points.add(new Object[] {id, p.label(), p.type().name(), p.start(), p.end(), point.value()});
            }
        }
        if (!points.isEmpty()) {
            batch.batchUpdate(
                    "insert into plan_point (plan_id, period, period_type, period_start, period_end, value)"
                            + " values (?, ?, ?, ?, ?, ?)",
                    points);
        }
        return new WriteResult(
                OptionalLong.of(submissionId), plans.size(), changed.size() - revised, revised, unchanged);
    }

    /** Same annual value, trajectory and definition version: the source text is descriptive only. */
    private static boolean sameValues(StoredPlan held, StagedPlan staged) {
        return held.definitionVersion() == staged.definitionVersion()
                && held.plan().frequency() == staged.plan().frequency()
                && Double.compare(held.plan().annualValue(), staged.plan().annualValue()) == 0
                && held.plan().trajectory().equals(staged.plan().trajectory());
    }

    /**
     * The current plans and targets matching the filters, in key order; a null filter matches any.
     *
     * @param areaCode an area's canonical code (as {@code Geography.resolve} gives it)
     */
    public List<StoredPlan> current(String metricId, String areaCode, Period financialYear) {
        return find(metricId, areaCode, financialYear, null);
    }

    /** The current plan or target of one kind, if one is held. */
    public Optional<StoredPlan> current(String metricId, String areaCode, Period financialYear, PlanKind kind) {
        Objects.requireNonNull(kind, "kind");
        return current(metricId, areaCode, financialYear).stream()
                .filter(p -> p.plan().kind() == kind)
                .findFirst();
    }

    /** The plans that were current at a past time (recorded by then and not superseded by then). */
    public List<StoredPlan> asAt(String metricId, String areaCode, Period financialYear, Instant at) {
        return find(metricId, areaCode, financialYear, Objects.requireNonNull(at, "at"));
    }

    /** Every revision of one plan, oldest first, superseded ones included. */
    public List<StoredPlan> history(String metricId, String areaCode, Period financialYear, PlanKind kind) {
        return read(
                "metric_id = ? and area_code = ? and financial_year = ? and kind = ? order by revision",
                metricId,
                areaCode,
                financialYear.label(),
                kind.name());
    }

    private List<StoredPlan> find(String metricId, String areaCode, Period financialYear, Instant at) {
        StringBuilder where = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        if (at == null) {
            where.append("superseded_at is null");
        } else {
            OffsetDateTime time = at.atOffset(ZoneOffset.UTC);
            where.append("recorded_at <= ? and (superseded_at is null or superseded_at > ?)");
            parameters.add(time);
            parameters.add(time);
        }
        if (metricId != null) {
            where.append(" and metric_id = ?");
            parameters.add(metricId);
        }
        if (areaCode != null) {
            where.append(" and area_code = ?");
            parameters.add(areaCode);
        }
        if (financialYear != null) {
            where.append(" and financial_year = ?");
            parameters.add(financialYear.label());
        }
        where.append(" order by metric_id, area_code, year_start, kind");
        return read(where.toString(), parameters.toArray());
    }

    private List<StoredPlan> read(String where, Object... parameters) {
        try {
            List<PlanRecord> rows = jdbc.sql("select " + PLAN_COLUMNS + " from plan where " + where)
                    .params(parameters)
                    .query(PlanRecord.class)
                    .list();
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<Long, List<PointRecord>> points = new HashMap<>();
            Long[] ids = rows.stream().map(PlanRecord::id).toArray(Long[]::new);
            jdbc.sql("select plan_id, period, value from plan_point where plan_id = any(?)")
                    .param(ids)
                    .query(PointRecord.class)
                    .list()
                    .forEach(p -> points.computeIfAbsent(p.planId(), k -> new ArrayList<>())
                            .add(p));
            List<StoredPlan> plans = new ArrayList<>(rows.size());
            for (PlanRecord row : rows) {
                plans.add(toPlan(row, points.getOrDefault(row.id(), List.of())));
            }
            return plans;
        } catch (DataAccessException e) {
            throw new StoreException("Could not read plans: " + e.getMessage(), e);
        }
    }

    private static StoredPlan toPlan(PlanRecord row, List<PointRecord> points) {
        Frequency frequency = Frequency.valueOf(row.frequency());
        Map<Period, Double> trajectory = new TreeMap<>();
        for (PointRecord point : points) {
            trajectory.put(Period.parse(point.period(), frequency), point.value());
        }
        Plan plan = new Plan(
                row.metricId(),
                row.areaCode(),
                Period.parse(row.financialYear(), Frequency.ANNUAL),
                frequency,
                row.annualValue(),
                trajectory.entrySet().stream()
                        .map(e -> new TrajectoryPoint(e.getKey(), e.getValue()))
                        .toList(),
                PlanKind.valueOf(row.kind()),
                row.source());
        return new StoredPlan(
                plan,
                row.definitionVersion(),
                row.revision(),
                row.submissionId(),
                row.recordedAt().toInstant(),
                row.supersededAt() == null ? null : row.supersededAt().toInstant());
    }
}
