package org.joinedup.server.scorecard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.joinedup.core.assessment.Assessment;
import org.joinedup.core.assessment.Assessments;
import org.joinedup.core.benchmark.BenchmarkResult;
import org.joinedup.core.benchmark.Comparison;
import org.joinedup.core.catalogue.Catalogue;
import org.joinedup.core.catalogue.Metric;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.Purpose;
import org.joinedup.core.catalogue.ValueType;
import org.joinedup.core.framework.FrameworkBox;
import org.joinedup.core.framework.Layer;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.AreaType;
import org.joinedup.core.quality.Rating;
import org.joinedup.server.assessment.AssessmentReading;
import org.joinedup.server.assessment.AssessmentService;
import org.joinedup.server.chart.ChartText;
import org.joinedup.server.chart.Icons;
import org.joinedup.server.chart.KiteMark;
import org.joinedup.server.chart.Sparkline;
import org.joinedup.server.chart.Unit;
import org.joinedup.server.metric.MetricOutlook;
import org.joinedup.server.reference.ReferenceData;
import org.joinedup.server.store.ObservationReader;
import org.joinedup.server.view.Format;
import org.joinedup.server.view.ViewChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Builds the scorecard: the logic model's outcomes with each metric's latest figure for one area, from the
 * assessments (which hold every area's own figures and their roll-ups to every ancestor).
 */
@Service
public class ScorecardService {
    private static final Duration FIRST_BUILD_WAIT = Duration.ofSeconds(60);
    /** Points on a tile's sparkline: two years of months. */
    private static final int SPARKLINE_POINTS = 24;

    private static final Logger log = LoggerFactory.getLogger(ScorecardService.class);

    /** Fits waiting to be made, at most: a page of 160 tiles must not queue minutes of work each view. */
    static final int FORECASTS_WAITING = 64;

    /**
     * Forecasts, one at a time, so a view never waits for them nor floods the machine. When
     * {@link #FORECASTS_WAITING} are waiting, more are dropped: a later view of the tile asks again.
     */
    private final ExecutorService background = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(FORECASTS_WAITING),
            r -> {
                Thread t = new Thread(r, "scorecard-forecasts");
                t.setDaemon(true);
                return t;
            },
            new ThreadPoolExecutor.DiscardPolicy());

    private final ReferenceData reference;
    private final ObservationReader reader;
    private final AssessmentService assessments;
    private volatile HeldFor heldFor;

    /** Which types of area hold data for each metric, as read when the assessments were {@code from}. */
    private record HeldFor(Assessments from, Map<String, Set<String>> types) {}

    private final MetricOutlook outlook;

    ScorecardService(
            ReferenceData reference, ObservationReader reader, AssessmentService assessments, MetricOutlook outlook) {
        this.reference = reference;
        this.reader = reader;
        this.assessments = assessments;
        this.outlook = outlook;
    }

    /** The scorecard for an area: one section per outcome group, then the impacts. */
    public List<SectionView> sections(ViewChoice choice) {
        Catalogue catalogue = reference.catalogue();
        Map<String, Tile> tiles = tiles(choice, catalogue);
        List<SectionView> sections = new ArrayList<>();
        for (FrameworkBox group : catalogue.framework().boxes(Layer.OUTCOME)) {
            if (group.parent() != null) {
                continue;
            }
            List<StatementView> statements = new ArrayList<>();
            for (FrameworkBox statement : catalogue.framework().boxes(Layer.OUTCOME)) {
                if (group.id().equals(statement.parent())) {
                    statements.add(new StatementView(
                            statement.id(),
                            statement.text(),
                            catalogue.metricsForOutcome(statement.id()).stream()
                                    .map(m -> tiles.get(m.id()).placedAt(statement.id()))
                                    .toList()));
                }
            }
            sections.add(new SectionView(group.id(), group.text(), statements));
        }
        List<StatementView> impacts = new ArrayList<>();
        for (FrameworkBox impact : catalogue.framework().boxes(Layer.IMPACT)) {
            impacts.add(new StatementView(
                    impact.id(),
                    impact.text(),
                    catalogue.metrics().stream()
                            .filter(m -> m.latest().impacts().contains(impact.id()))
                            .map(m -> tiles.get(m.id()).placedAt(impact.id()))
                            .toList()));
        }
        sections.add(new SectionView("impacts", "Impacts", impacts));
        return sections;
    }

    private Map<String, Tile> tiles(ViewChoice choice, Catalogue catalogue) {
        Area area = choice.area();
        // The first build of the assessments runs in the background at start-up; a page asked for in its
        // first seconds waits for it rather than showing empty tiles.
        if (!assessments.isReady()) {
            assessments.awaitReady(FIRST_BUILD_WAIT);
        }
        AssessmentReading reading = assessments.reading(choice.asAt()).orElse(null);
        Map<String, Set<String>> heldFor = areaTypesWithData();
        Map<String, Tile> tiles = new LinkedHashMap<>();
        for (Metric metric : catalogue.metrics()) {
            Optional<Assessment> shown = Optional.ofNullable(reading)
                    .flatMap(r -> choice.period() == null
                            ? r.latest(metric.id(), area.code())
                            : r.latestBy(
                                    metric.id(), area.code(), choice.period().end()))
                    .filter(a -> a.value() != null);
            tiles.put(
                    metric.id(),
                    shown.map(a -> filled(choice, metric.versionFor(a.period()).orElse(metric.latest()), a, reading))
                            .orElseGet(() -> empty(choice, metric, heldFor.getOrDefault(metric.id(), Set.of()))));
        }
        return tiles;
    }

    /**
     * Read from the store once per set of assessments: every committed submission swaps the assessments, so
     * a new set means the data held may have changed. The set is taken before the read, so a submission
     * committed during it leaves a newer set and the next page reads again.
     */
    private Map<String, Set<String>> areaTypesWithData() {
        Assessments now = assessments.snapshot().orElse(null);
        HeldFor cached = heldFor;
        if (cached == null || now == null || cached.from() != now) {
            cached = new HeldFor(now, reader.areaTypesWithData());
            heldFor = cached;
        }
        return cached.types();
    }

    private static Tile empty(ViewChoice choice, Metric metric, Set<String> typesHoldingData) {
        MetricDefinition latest = metric.latest();
        String reason = typesHoldingData.isEmpty()
                ? "No data held yet"
                : "No figure for this area"
                        + (choice.period() == null
                                ? ""
                                : " by " + choice.period().label())
                        + "; held for "
                        + typesHoldingData.stream()
                                .map(type -> Format.typeName(AreaType.valueOf(type), true))
                                .collect(Collectors.joining(", "))
                        + (latest.valueType() == ValueType.COUNT
                                ? ""
                                : " (figures published as rates without counts cannot be added up)");
        return tile(choice, latest, null, reason);
    }

    private static Tile tile(ViewChoice choice, MetricDefinition definition, Figure figure, String emptyReason) {
        return new Tile(
                definition.id(),
                definition.title(),
                choice.link("/metrics/" + definition.id()),
                Format.polarity(definition.polarity()),
                definition.source(),
                definition.verified(),
                Format.sets(definition.sets()),
                purpose(definition.purpose()),
                definition.accountableRole() == null ? "" : definition.accountableRole(),
                figure,
                emptyReason);
    }

    private static String purpose(Purpose purpose) {
        if (purpose == null) {
            return "Performance";
        }
        return switch (purpose) {
            case PERFORMANCE -> "Performance";
            case IMPROVEMENT -> "Improvement";
            case BOTH -> "Performance and improvement";
        };
    }

    private Tile filled(
            ViewChoice choice, MetricDefinition definition, Assessment assessment, AssessmentReading reading) {
        List<Assessment> history = reading.history(definition.id(), assessment.areaCode()).stream()
                .filter(a -> !a.period().end().isAfter(assessment.period().end()))
                .toList();
        Unit unit = Unit.of(definition.unit(), decimals(definition, assessment.value()));
        Comparison england = assessment.vsEngland();
        boolean compared = england != null && england.result() != BenchmarkResult.NOT_COMPARED;
        Optional<YearToDate> ytd = YearToDate.of(definition, history);
        Optional<MetricOutlook.YearEnd> yearEnd = yearEnd(definition, history);
        Figure figure = new Figure(
                Format.value(definition, assessment.value()),
                Format.unit(definition),
                ChartText.of(assessment.period()),
                assessment.rolledUp() ? "Sum of the areas within it" : "Reported for this area",
                details(definition, assessment),
                compared ? comparisonText(england.result(), "England") : null,
                compared ? england.result().label() : null,
                parentText(assessment),
                assessment.variation() == null ? null : Icons.variation(assessment.variation(), 30),
                assessment.assurance() == null ? null : Icons.assurance(assessment.assurance(), 30),
                sparkline(definition, unit, history),
                null,
                KiteMark.svg(KiteMark.Data.of("Data quality", assessment.kiteMark()), 30),
                ytd.map(y -> y.financialYear().label() + " to date (" + y.months()
                                + (y.months() == 1 ? " month" : " months") + "): "
                                + Format.value(definition, y.toDate()))
                        .orElse(null),
                yearEnd.map(y -> "Year-end forecast " + y.year().label() + ": "
                                + Format.value(definition, y.outturn()) + " (95% interval "
                                + Format.value(definition, y.lower95()) + " to "
                                + Format.value(definition, y.upper95()) + ")")
                        .orElse(null),
                assessment.variation(),
                assessment.planStatus() != null && assessment.planStatus().startsWith("Off track"),
                assessment.kiteMark().overall() == Rating.POOR);
        return tile(choice, definition, figure, null);
    }

    /**
     * The year-end forecast when it was fitted before (on this page or the metric page). A page of a hundred
     * tiles cannot fit a model for each (a seasonal fit takes seconds, others milliseconds), so a missing fit
     * is started in the background and shown from a later view.
     */
    private Optional<MetricOutlook.YearEnd> yearEnd(MetricDefinition definition, List<Assessment> history) {
        Optional<Optional<MetricOutlook.Outlook>> atHand;
        try {
            atHand = outlook.ifKept(definition, history);
        } catch (RuntimeException e) {
            return Optional.empty(); // a series the model cannot be fitted to has no forecast
        }
        if (atHand.isEmpty()) {
            background.execute(() -> {
                try {
                    outlook.of(definition, history);
                } catch (RuntimeException e) {
                    log.debug("No forecast for {}: {}", definition.id(), e.toString());
                }
            });
            return Optional.empty();
        }
        return atHand.get().flatMap(MetricOutlook.Outlook::yearEnd).filter(y -> !y.complete());
    }

    private String parentText(Assessment assessment) {
        Comparison parent = assessment.vsParent();
        if (assessment.parentCode() == null || parent == null || parent.result() == BenchmarkResult.NOT_COMPARED) {
            return null;
        }
        String name = reference
                .geography()
                .resolve(assessment.parentCode())
                .map(Area::name)
                .orElse(assessment.parentCode());
        return comparisonText(parent.result(), name);
    }

    private static String comparisonText(BenchmarkResult result, String against) {
        return result == BenchmarkResult.SIMILAR ? "Similar to " + against : result.displayName() + " than " + against;
    }

    private static Sparkline.Data sparkline(MetricDefinition definition, Unit unit, List<Assessment> history) {
        List<Assessment> recent = history.subList(Math.max(0, history.size() - SPARKLINE_POINTS), history.size());
        return new Sparkline.Data(
                definition.title(),
                unit,
                recent.stream().map(a -> ChartText.of(a.period())).toList(),
                recent.stream().map(Assessment::value).toList());
    }

    private static int decimals(MetricDefinition definition, double value) {
        String formatted = Format.value(definition, value);
        int point = formatted.indexOf('.');
        return point < 0 ? 0 : formatted.length() - point - 1;
    }

    /** What the assessment adds to the figure, in words a board member reads. */
    static List<String> details(MetricDefinition definition, Assessment assessment) {
        List<String> details = new ArrayList<>();
        String interval = Format.interval(definition, assessment.ci95());
        if (interval != null) {
            details.add(interval);
        }
        if (assessment.trend() != null) {
            details.add("Recent trend: " + assessment.trend());
        }
        if (assessment.target() != null) {
            details.add("Target " + Format.value(definition, assessment.target()));
        }
        if (assessment.planStatus() != null) {
            details.add(assessment.planStatus());
        }
        return details;
    }
}
