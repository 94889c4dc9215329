package org.joinedup.server.assessment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import org.joinedup.core.assessment.AreaIndex;
import org.joinedup.core.assessment.Assessment;
import org.joinedup.core.assessment.Assessments;
import org.joinedup.core.assessment.Assessor;
import org.joinedup.core.assessment.MetricSpec;
import org.joinedup.core.assessment.ObservationSeries;
import org.joinedup.core.assessment.PeriodCalendar;
import org.joinedup.core.assessment.SeriesInput;
import org.joinedup.core.catalogue.Catalogue;
import org.joinedup.core.catalogue.Metric;
import org.joinedup.core.forecast.Forecast;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.Geography;
import org.joinedup.core.observation.Aggregation;
import org.joinedup.core.observation.Breakdown;
import org.joinedup.core.observation.Observation;
import org.joinedup.core.observation.ObservationKey;
import org.joinedup.core.observation.Status;
import org.joinedup.core.period.Period;
import org.joinedup.core.period.PeriodType;
import org.joinedup.core.plan.PlanKind;
import org.joinedup.core.plan.PlanState;
import org.joinedup.core.plan.PlanStatus;
import org.joinedup.core.plan.PlanTolerance;
import org.joinedup.core.quality.KiteMarkConfig;
import org.joinedup.server.plan.PlanStatusService;
import org.joinedup.server.reference.ReferenceData;
import org.joinedup.server.store.ObservationQuery;
import org.joinedup.server.store.ObservationReader;
import org.joinedup.server.store.PlanStore;
import org.joinedup.server.store.StagedObservation;
import org.joinedup.server.store.StoredObservation;
import org.joinedup.server.store.StoredPlan;
import org.joinedup.server.submission.SubmissionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Every assessment (docs/assessment.md) of the store's current total observations, with their roll-ups to
 * every ancestor area, held in memory and served from there.
 *
 * <p>The first build runs in the background once the application is ready (after the shipped open data is
 * loaded); until it is done the look-ups return nothing and {@link #isReady()} is false. After a submission
 * is committed, {@link #onObservationsChanged} recomputes the changed series and every ancestor's, compares
 * every series of the changed metrics again with England and their parents, and swaps the new assessments
 * in whole: a reader sees either the old set or the new one, never a mix.
 */
@Service
public class AssessmentService implements DisposableBean, SubmissionListener {
    private static final Logger log = LoggerFactory.getLogger(AssessmentService.class);

    /** The oldest geography structure shipped; older periods are rolled up on it (as the scorecard does). */
    static final LocalDate EARLIEST_STRUCTURE = LocalDate.of(2022, 7, 1);

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ReferenceData reference;
    private final ObservationReader reader;
    private final Assessor assessor;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "assessment-build");
        t.setDaemon(true);
        return t;
    });
    private final CompletableFuture<Assessments> firstBuild = new CompletableFuture<>();
    /** Builds and updates one at a time; readers never take it. */
    private final Object writeLock = new Object();

    private volatile Assessments current;
    /** Assessments as at past days, the most recently used few. */
    private final Map<LocalDate, Assessments> pastReadings = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LocalDate, Assessments> eldest) {
            return size() > 4;
        }
    };

    private final PlanStatusService plans;
    private final PlanStore planStore;

    public AssessmentService(
            ReferenceData reference, ObservationReader reader, PlanStatusService plans, PlanStore planStore) {
        this.reference = reference;
        this.reader = reader;
        this.plans = plans;
        this.planStore = planStore;
        this.assessor = new Assessor(
                KiteMarkConfig.DEFAULT,
                LocalDate.now(LONDON),
                Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }

    /** Starts the first build in the background once the application (and its open data) is ready. */
    @EventListener(ApplicationReadyEvent.class)
    public void buildInBackground() {
        if (firstBuild.isDone()) {
            return;
        }
        background.execute(() -> {
            try {
                firstBuild.complete(rebuild());
            } catch (RuntimeException | Error e) {
                log.error("Could not build the assessments", e);
                firstBuild.completeExceptionally(e);
            }
        });
    }

    /** True once the first build is done. */
    public boolean isReady() {
        return current != null;
    }

    /**
     * Waits for the first build.
     *
     * @throws IllegalStateException when it failed or did not finish in time
     */
    public Assessments awaitReady(Duration timeout) {
        try {
            return firstBuild.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the assessments", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the assessments are not ready: " + e, e);
        }
    }

    /** The current assessments, empty until the first build is done. Immutable: hold it for a consistent view. */
    public Optional<Assessments> snapshot() {
        return Optional.ofNullable(current);
    }

    /** The assessment of a metric in an area at its latest period. */
    public Optional<Assessment> latest(String metricId, String areaCode) {
        return snapshot().flatMap(a -> a.latest(metricId, canonical(areaCode))).map(this::withPlan);
    }

    /** The assessment of a metric in an area for one period. */
    public Optional<Assessment> at(String metricId, String areaCode, Period period) {
        return snapshot()
                .flatMap(a -> a.at(metricId, canonical(areaCode), period))
                .map(this::withPlan);
    }

    /** Every period of a metric in an area, oldest first. */
    public List<Assessment> history(String metricId, String areaCode) {
        return snapshot().map(a -> a.history(metricId, canonical(areaCode))).orElse(List.of());
    }

    /** The latest assessment of every metric with data in an area, in catalogue order. */
    public List<Assessment> latestForArea(String areaCode) {
        return snapshot().map(a -> a.latestForArea(canonical(areaCode))).orElse(List.of()).stream()
                .map(this::withPlan)
                .toList();
    }

    /**
     * Where the figure stands against the plan held for its metric, area and financial year, read when the
     * assessment is asked for (plans change apart from observations). Unchanged when there is no plan.
     */
    private Assessment withPlan(Assessment assessment) {
        PlanStatus status;
        try {
            status = plans.status(
                    assessment.metricId(),
                    assessment.areaCode(),
                    assessment.period().financialYear(),
                    PlanKind.PLAN,
                    PlanTolerance.NONE);
        } catch (IllegalArgumentException e) {
            return assessment; // no definition of the metric valid in that year: nothing to plan against
        }
        if (status.state() == PlanState.NO_PLAN) {
            return assessment;
        }
        return assessment.withPlanStatus(planText(status));
    }

    /**
     * Plan status for one reading's assessments: the current plans of each area asked about are read once,
     * so a page of many tiles asks the store about plans once per area, and computes a status only where
     * a plan is held.
     */
    private UnaryOperator<Assessment> withPlans() {
        Map<String, Set<String>> plannedByArea = new ConcurrentHashMap<>();
        return assessment -> {
            Set<String> planned = plannedByArea.computeIfAbsent(assessment.areaCode(), this::plannedMetricYears);
            return planned.contains(planKey(
                            assessment.metricId(),
                            assessment.period().financialYear().label()))
                    ? withPlan(assessment)
                    : assessment;
        };
    }

    private Set<String> plannedMetricYears(String areaCode) {
        Set<String> keys = new HashSet<>();
        for (StoredPlan stored : planStore.current(null, areaCode, null)) {
            if (stored.plan().kind() == PlanKind.PLAN) {
                keys.add(planKey(
                        stored.plan().metricId(), stored.plan().financialYear().label()));
            }
        }
        return keys;
    }

    private static String planKey(String metricId, String financialYear) {
        return metricId + "\t" + financialYear;
    }

    static String planText(PlanStatus status) {
        String state = switch (status.state()) {
            case ON_TRACK -> "On track";
            case OFF_TRACK -> "Off track";
            case NOT_ENOUGH_DATA -> "Not enough data";
            case NO_PLAN -> "No plan";
        };
        return state + ": " + status.reason();
    }

    /** A forecast of a series now; see {@link AssessmentReading#forecast}. */
    public Optional<Forecast> forecast(String metricId, String areaCode, int horizon) {
        return reading(null).flatMap(r -> r.forecast(metricId, areaCode, horizon));
    }

    /**
     * The assessments as the store held them at the end of a day (null, today or later: now). A past day is
     * assessed from the store when first asked for and kept for the next few asks (the past does not change).
     * Empty until the first build is done.
     */
    public Optional<AssessmentReading> reading(LocalDate asAt) {
        if (asAt == null || !asAt.isBefore(LocalDate.now(LONDON))) {
            return snapshot().map(a -> new AssessmentReading(a, withPlans(), this::canonical, null));
        }
        if (current == null) {
            return Optional.empty();
        }
        Assessments past;
        synchronized (pastReadings) {
            past = pastReadings.get(asAt);
        }
        if (past == null) {
            past = build(asAt.plusDays(1).atStartOfDay(LONDON).toInstant());
            synchronized (pastReadings) {
                pastReadings.put(asAt, past);
            }
        }
        return Optional.of(new AssessmentReading(past, withPlans(), this::canonical, asAt));
    }

    /**
     * The hook for {@code SubmissionService}: call after a submission that stored anything has committed,
     * with the metric and area of every row it added or revised. Recomputes those series and every
     * ancestor's (their roll-ups change), compares every series of those metrics again, and swaps the
     * result in. Runs in the caller's thread; before the first build is done it does nothing (the build
     * reads the committed rows). A change that brings a period the assessments have not seen rebuilds
     * everything.
     */
    /** Recomputes the series a committed submission touched, and their ancestors. */
    @Override
    public void committed(List<StagedObservation> changed) {
        onObservationsChanged(changed.stream()
                .map(o -> new MetricArea(o.metricId(), o.areaCode()))
                .collect(java.util.stream.Collectors.toSet()));
    }

    public void onObservationsChanged(Set<MetricArea> changed) {
        if (changed.isEmpty()) {
            return;
        }
        synchronized (writeLock) {
            Assessments now = current;
            if (now == null) {
                return;
            }
            long started = System.nanoTime();
            Map<String, Set<String>> byMetric = new LinkedHashMap<>();
            for (MetricArea key : changed) {
                byMetric.computeIfAbsent(key.metricId(), k -> new HashSet<>()).add(canonical(key.areaCode()));
            }
            for (Map.Entry<String, Set<String>> entry : byMetric.entrySet()) {
                int metric = now.metricIndex(entry.getKey());
                if (metric < 0) {
                    continue; // not in the catalogue the assessments were built with
                }
                List<ObservationSeries.Supplied> supplied = read(List.of(entry.getKey()));
                PeriodCalendar calendar = now.calendar();
                if (supplied.stream()
                        .anyMatch(s -> calendar.indexOf(s.observation().key().period()) < 0)) {
                    current = build();
                    return;
                }
                now = updateMetric(now, metric, supplied, entry.getValue());
            }
            current = now;
            log.debug(
                    "Reassessed {} changed series and their ancestors in {} ms",
                    changed.size(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private Assessments updateMetric(
            Assessments now, int metric, List<ObservationSeries.Supplied> supplied, Set<String> areaCodes) {
        AreaIndex areas = now.areas();
        Map<Integer, SeriesInput> series = seriesOf(now, metric, supplied);
        Set<Integer> touched = new TreeSet<>();
        for (String code : areaCodes) {
            int area = areas.indexOf(code);
            if (area >= 0) {
                touched.add(area);
                for (int a : areas.ancestors(area)) {
                    touched.add(a);
                }
            }
        }
        List<SeriesInput> replaced = new ArrayList<>();
        List<Integer> removed = new ArrayList<>();
        for (int area : touched) {
            SeriesInput s = series.get(area);
            if (s == null) {
                removed.add(area);
            } else {
                replaced.add(s);
            }
        }
        return assessor.update(now, metric, replaced, removed);
    }

    /** Rebuilds everything from the store and swaps it in. */
    Assessments rebuild() {
        synchronized (writeLock) {
            current = build();
            return current;
        }
    }

    private Assessments build() {
        return build(null);
    }

    private Assessments build(Instant asAt) {
        long started = System.nanoTime();
        Catalogue catalogue = reference.catalogue();
        List<MetricSpec> specs = new ArrayList<>();
        for (Metric metric : catalogue.metrics()) {
            specs.add(MetricSpec.of(metric.latest(), KiteMarkConfig.DEFAULT));
        }
        // Read once, in whatever order is cheapest, into compact columns; then one metric at a time into
        // objects and on into its series, so a national store never sits in memory as objects.
        SuppliedColumns supplied =
                new SuppliedColumns(specs.stream().map(MetricSpec::id).toList(), LONDON);
        reader.readAnyOrder(new ObservationQuery(List.of(), List.of(), List.of(), true, asAt), supplied::add);
        long read = System.nanoTime();
        PeriodCalendar calendar = PeriodCalendar.of(supplied.periods());
        AreaIndex areas = AreaIndex.of(reference.geography(), LocalDate.now(LONDON));
        List<SeriesInput> inputs = new ArrayList<>();
        for (int m = 0; m < specs.size(); m++) {
            List<ObservationSeries.Supplied> rows = supplied.supplied(m);
            if (!rows.isEmpty()) {
                inputs.addAll(ObservationSeries.of(
                                m,
                                rows,
                                aggregation(),
                                reference.geography(),
                                AssessmentService::structureDate,
                                calendar,
                                areas)
                        .values());
            }
        }
        long series = System.nanoTime();
        Assessments built = assessor.assess(calendar, areas, specs, inputs);
        long done = System.nanoTime();
        log.info(
                "Assessed {} series, {} points from {} observations in {} ms (read {} ms, series and roll-ups {} ms,"
                        + " assess {} ms)",
                built.seriesCount(),
                built.pointCount(),
                supplied.size(),
                (done - started) / 1_000_000,
                (read - started) / 1_000_000,
                (series - read) / 1_000_000,
                (done - series) / 1_000_000);
        return built;
    }

    private Map<Integer, SeriesInput> seriesOf(Assessments now, int metric, List<ObservationSeries.Supplied> supplied) {
        return ObservationSeries.of(
                metric,
                supplied,
                aggregation(),
                reference.geography(),
                AssessmentService::structureDate,
                now.calendar(),
                now.areas());
    }

    private Aggregation aggregation() {
        Catalogue catalogue = reference.catalogue();
        return new Aggregation(catalogue::definition);
    }

    static LocalDate structureDate(Period period) {
        return period.end().isBefore(EARLIEST_STRUCTURE) ? EARLIEST_STRUCTURE : period.end();
    }

    /** The current total observations of the metrics (all when empty). */
    private List<ObservationSeries.Supplied> read(Collection<String> metricIds) {
        return read(metricIds, null);
    }

    private List<ObservationSeries.Supplied> read(Collection<String> metricIds, Instant asAt) {
        List<ObservationSeries.Supplied> out = new ArrayList<>();
        reader.read(
                new ObservationQuery(List.copyOf(metricIds), List.of(), List.of(), true, asAt),
                o -> out.add(new ObservationSeries.Supplied(observation(o), (int)
                        o.recordedAt().atZone(LONDON).toLocalDate().toEpochDay())));
        return out;
    }

    private static Observation observation(StoredObservation o) {
        Period period = new Period(PeriodType.valueOf(o.periodType()), o.periodStart(), o.periodEnd());
        return new Observation(
                new ObservationKey(o.metricId(), o.areaCode(), period, Breakdown.TOTAL),
                o.definitionVersion(),
                o.numerator(),
                o.denominator(),
                o.value(),
                Status.valueOf(o.status()));
    }

    /** The primary code of an area given by any of its codes, or the code itself when unknown. */
    private String canonical(String code) {
        Geography geography = reference.geography();
        return geography.resolve(code).map(Area::code).orElse(code);
    }

    @Override
    public void destroy() {
        background.shutdownNow();
        assessor.close();
    }
}
