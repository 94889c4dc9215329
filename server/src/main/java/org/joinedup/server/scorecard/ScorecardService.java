package org.joinedup.server.scorecard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.joinedup.core.assessment.Assessment;
import org.joinedup.core.assessment.Assessments;
import org.joinedup.core.benchmark.BenchmarkResult;
import org.joinedup.core.benchmark.Comparison;
import org.joinedup.core.catalogue.Catalogue;
import org.joinedup.core.catalogue.Metric;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.ValueType;
import org.joinedup.core.framework.FrameworkBox;
import org.joinedup.core.framework.Layer;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.AreaType;
import org.joinedup.core.indicator.ConfidenceInterval;
import org.joinedup.core.period.Period;
import org.joinedup.server.assessment.AssessmentReading;
import org.joinedup.server.assessment.AssessmentService;
import org.joinedup.server.reference.ReferenceData;
import org.joinedup.server.store.ObservationReader;
import org.joinedup.server.view.Format;
import org.joinedup.server.view.ViewChoice;
import org.springframework.stereotype.Service;

/**
 * Builds the scorecard: the logic model's outcomes with each metric's latest figure for one area, from the
 * assessments (which hold every area's own figures and their roll-ups to every ancestor).
 */
@Service
public class ScorecardService {
    private static final Duration FIRST_BUILD_WAIT = Duration.ofSeconds(60);

    private final ReferenceData reference;
    private final ObservationReader reader;
    private final AssessmentService assessments;
    private volatile HeldFor heldFor;

    /** Which types of area hold data for each metric, as read when the assessments were {@code from}. */
    private record HeldFor(Assessments from, Map<String, Set<String>> types) {}

    ScorecardService(ReferenceData reference, ObservationReader reader, AssessmentService assessments) {
        this.reference = reference;
        this.reader = reader;
        this.assessments = assessments;
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
                                    .map(m -> tiles.get(m.id()))
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
                            .map(m -> tiles.get(m.id()))
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
            tiles.put(
                    metric.id(),
                    Optional.ofNullable(reading)
                            .flatMap(r -> choice.period() == null
                                    ? r.latest(metric.id(), area.code())
                                    : r.latestBy(
                                            metric.id(),
                                            area.code(),
                                            choice.period().end()))
                            .filter(a -> a.value() != null)
                            .map(a -> filled(metric.versionFor(a.period()).orElse(metric.latest()), a))
                            .orElseGet(() -> empty(metric, heldFor.getOrDefault(metric.id(), Set.of()))));
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

    private static Tile empty(Metric metric, Set<String> typesHoldingData) {
        MetricDefinition latest = metric.latest();
        String reason = typesHoldingData.isEmpty()
                ? "No data held yet"
                : "No figure for this area; held for "
                        + typesHoldingData.stream()
                                .map(type -> Format.typeName(AreaType.valueOf(type), true))
                                .collect(Collectors.joining(", "))
                        + (latest.valueType() == ValueType.COUNT
                                ? ""
                                : " (figures published as rates without counts cannot be added up)");
        return new Tile(
                metric.id(),
                latest.title(),
                null,
                null,
                null,
                null,
                Format.polarity(latest.polarity()),
                latest.source(),
                latest.verified(),
                Format.sets(latest.sets()),
                reason,
                List.of());
    }

    private static Tile filled(MetricDefinition definition, Assessment assessment) {
        return filled(
                definition,
                assessment.value(),
                assessment.period(),
                assessment.rolledUp() ? "Sum of the areas within it" : "Reported for this area",
                details(definition, assessment));
    }

    /** What the assessment adds to the figure, in words a board member reads. */
    static List<String> details(MetricDefinition definition, Assessment assessment) {
        List<String> details = new ArrayList<>();
        ConfidenceInterval ci = assessment.ci95();
        if (ci != null && ci.lower().isPresent() && ci.upper().isPresent()) {
            details.add("95% CI " + Format.value(definition, ci.lower().getAsDouble()) + " to "
                    + Format.value(definition, ci.upper().getAsDouble()));
        }
        Comparison england = assessment.vsEngland();
        if (england != null && england.result() != BenchmarkResult.NOT_COMPARED) {
            BenchmarkResult result = england.result();
            details.add(
                    result == BenchmarkResult.SIMILAR ? "Similar to England" : result.displayName() + " than England");
        }
        if (assessment.trend() != null) {
            details.add("Recent trend: " + assessment.trend());
        }
        if (assessment.planStatus() != null) {
            details.add(assessment.planStatus());
        }
        return details;
    }

    private static Tile filled(
            MetricDefinition definition, double value, Period period, String provenance, List<String> details) {
        return new Tile(
                definition.id(),
                definition.title(),
                Format.value(definition, value),
                Format.unit(definition),
                period.label(),
                provenance,
                Format.polarity(definition.polarity()),
                definition.source(),
                definition.verified(),
                Format.sets(definition.sets()),
                null,
                details);
    }
}
