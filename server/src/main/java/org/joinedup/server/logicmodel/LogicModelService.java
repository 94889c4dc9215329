package org.joinedup.server.logicmodel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joinedup.core.assessment.Assessment;
import org.joinedup.core.assessment.Assessments;
import org.joinedup.core.assessment.PeriodCalendar;
import org.joinedup.core.assessment.SeriesAssessment;
import org.joinedup.core.catalogue.Catalogue;
import org.joinedup.core.catalogue.Metric;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.framework.Framework;
import org.joinedup.core.framework.FrameworkBox;
import org.joinedup.core.framework.Layer;
import org.joinedup.core.framework.Link;
import org.joinedup.core.framework.LinkKind;
import org.joinedup.core.period.Period;
import org.joinedup.core.spc.PointType;
import org.joinedup.server.assessment.AssessmentReading;
import org.joinedup.server.assessment.AssessmentService;
import org.joinedup.server.reference.ReferenceData;
import org.joinedup.server.view.Format;
import org.joinedup.server.view.ViewChoice;
import org.springframework.stereotype.Service;

/**
 * The SCIE logic model for an area and period: every box of the catalogue's framework, each outcome statement
 * and impact with how its metrics stand (from the in-memory assessments), and a chosen box's metrics and links.
 */
@Service
public class LogicModelService {
    private static final Duration FIRST_BUILD_WAIT = Duration.ofSeconds(60);
    static final String DETAIL_ANCHOR = "#box-detail";

    private final ReferenceData reference;
    private final AssessmentService assessments;

    LogicModelService(ReferenceData reference, AssessmentService assessments) {
        this.reference = reference;
        this.assessments = assessments;
    }

    /** True when the catalogue has a box with the id. */
    public boolean hasBox(String id) {
        return reference.catalogue().framework().contains(id);
    }

    /**
     * The model for the choice, with the detail of the chosen box.
     *
     * @param chosenId a box id, or null for the diagram alone
     */
    public LogicModelView view(ViewChoice choice, String chosenId) {
        Catalogue catalogue = reference.catalogue();
        Framework framework = catalogue.framework();
        Optional<Assessments> held = held(choice);
        Map<String, MetricReading> readings = new LinkedHashMap<>();
        for (Metric metric : catalogue.metrics()) {
            readings.put(metric.id(), read(choice, metric, held.orElse(null)));
        }
        Map<String, BoxView> boxes = new LinkedHashMap<>();
        for (FrameworkBox box : framework.boxes()) {
            boxes.put(box.id(), boxView(choice, box, metricsOf(catalogue, box, readings), chosenId));
        }
        List<LayerView> layers = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            layers.add(layer(framework, layer, boxes));
        }
        BoxDetail detail = chosenId == null || !framework.contains(chosenId)
                ? null
                : detail(framework, framework.box(chosenId).orElseThrow(), boxes, catalogue, readings);
        String note = held.isPresent() ? null : "The figures are still being assessed: reload the page in a minute.";
        return new LogicModelView(layers, detail, note);
    }

    private Optional<Assessments> held(ViewChoice choice) {
        // The first build of the assessments runs in the background at start-up; a page asked for in its
        // first seconds waits for it rather than showing every box without data.
        if (!assessments.isReady()) {
            try {
                assessments.awaitReady(FIRST_BUILD_WAIT);
            } catch (IllegalStateException e) {
                return Optional.empty();
            }
        }
        return assessments.reading(choice.asAt()).map(AssessmentReading::assessments);
    }

    private static BoxView boxView(ViewChoice choice, FrameworkBox box, List<MetricReading> metrics, String chosenId) {
        StatusSummary summary = measured(box) ? StatusSummary.of(metrics) : null;
        return new BoxView(
                box.id(),
                box.text(),
                choice.link("/logic-model/" + box.id()) + DETAIL_ANCHOR,
                box.id().equals(chosenId),
                summary,
                box.links().size());
    }

    /** Outcome statements and impacts are where metrics attach; enablers, components and groups have none. */
    private static boolean measured(FrameworkBox box) {
        return (box.layer() == Layer.OUTCOME && box.parent() != null) || box.layer() == Layer.IMPACT;
    }

    private static List<MetricReading> metricsOf(
            Catalogue catalogue, FrameworkBox box, Map<String, MetricReading> readings) {
        if (!measured(box)) {
            return List.of();
        }
        List<Metric> metrics = box.layer() == Layer.IMPACT
                ? catalogue.metrics().stream()
                        .filter(m ->
                                m.versions().stream().anyMatch(d -> d.impacts().contains(box.id())))
                        .toList()
                : catalogue.metricsForOutcome(box.id());
        return metrics.stream().map(m -> readings.get(m.id())).toList();
    }

    private static LayerView layer(Framework framework, Layer layer, Map<String, BoxView> boxes) {
        List<GroupView> groups = new ArrayList<>();
        List<BoxView> loose = new ArrayList<>();
        for (FrameworkBox box : framework.boxes(layer)) {
            if (box.parent() != null) {
                continue;
            }
            List<FrameworkBox> items = framework.children(box.id());
            if (items.isEmpty()) {
                loose.add(boxes.get(box.id()));
            } else {
                groups.add(new GroupView(
                        boxes.get(box.id()),
                        items.stream().map(i -> boxes.get(i.id())).toList()));
            }
        }
        String id = layer.csvName();
        return switch (layer) {
            case ENABLER ->
                new LayerView(
                        id,
                        "Enablers",
                        "What makes integration possible: governance, resources and capacity.",
                        groups,
                        loose);
            case COMPONENT ->
                new LayerView(
                        id,
                        "Components of integrated care",
                        "What integrated care does. Its outputs (care plans made, people reviewed by a team) are set"
                                + " locally.",
                        groups,
                        loose);
            case OUTCOME ->
                new LayerView(
                        id,
                        "Outcomes",
                        "For people, for services and for the whole system. Metrics attach here: each statement shows"
                                + " how its metrics stand.",
                        groups,
                        loose);
            case IMPACT ->
                new LayerView(
                        id,
                        "Impacts",
                        "The long-term benefits, with the metrics that contribute to each.",
                        groups,
                        loose);
        };
    }

    private static BoxDetail detail(
            Framework framework,
            FrameworkBox box,
            Map<String, BoxView> boxes,
            Catalogue catalogue,
            Map<String, MetricReading> readings) {
        BoxView group = box.parent() == null ? null : boxes.get(box.parent());
        List<BoxView> items = framework.children(box.id()).stream()
                .map(b -> boxes.get(b.id()))
                .toList();
        List<MetricReading> metrics = metricsOf(catalogue, box, readings);
        String note = null;
        if (!measured(box)) {
            note = items.isEmpty()
                    ? "Metrics attach to the outcome statements and impacts, not to this box. Its outputs are set"
                            + " locally: add them as local metrics."
                    : "Metrics attach to the boxes of this group, listed above with how their metrics stand.";
        } else if (metrics.isEmpty()) {
            note = "The catalogue has no metric for this yet. Local measures fill the gap: add them as local"
                    + " metrics.";
        }
        return new BoxDetail(boxes.get(box.id()), layerTitle(box.layer()), group, items, metrics, note, links(box));
    }

    private static String layerTitle(Layer layer) {
        return switch (layer) {
            case ENABLER -> "Enablers";
            case COMPONENT -> "Components of integrated care";
            case OUTCOME -> "Outcomes";
            case IMPACT -> "Impacts";
        };
    }

    private static List<LinkGroup> links(FrameworkBox box) {
        List<LinkGroup> groups = new ArrayList<>();
        for (LinkKind kind : List.of(
                LinkKind.EVIDENCE, LinkKind.CASE_STUDY, LinkKind.CHECKLIST, LinkKind.GUIDANCE, LinkKind.NEXT_STEP)) {
            List<Link> links =
                    box.links().stream().filter(l -> l.kind() == kind).toList();
            if (!links.isEmpty()) {
                groups.add(new LinkGroup(heading(kind), links));
            }
        }
        return groups;
    }

    private static String heading(LinkKind kind) {
        return switch (kind) {
            case EVIDENCE -> "Evidence";
            case CASE_STUDY -> "Case studies";
            case CHECKLIST -> "Checklists";
            case GUIDANCE -> "Guidance";
            case NEXT_STEP -> "Next steps";
        };
    }

    /** A metric for the area as the choice reads it: the latest figure, or the latest by the chosen period. */
    static MetricReading read(ViewChoice choice, Metric metric, Assessments held) {
        String href = choice.link("/metrics/" + metric.id());
        String title = metric.latest().title();
        if (held == null) {
            return empty(metric, href, "Figures not yet assessed");
        }
        Optional<SeriesAssessment> series =
                held.series(metric.id(), choice.area().code());
        int shown = series.map(s -> shown(s, choice.period(), held.calendar())).orElse(-1);
        if (shown < 0) {
            return empty(
                    metric,
                    href,
                    choice.period() == null
                            ? "No figure for this area"
                            : "No figure for this area in or before "
                                    + choice.period().label());
        }
        Assessment a = series.orElseThrow().assessment(shown);
        MetricDefinition definition = metric.versionFor(a.period()).orElse(metric.latest());
        return new MetricReading(
                metric.id(),
                title,
                href,
                Format.figure(definition, a.value()),
                a.period().label(),
                Format.interval(definition, a.ci95()),
                a.vsEngland() == null ? null : a.vsEngland().result(),
                signal(a.pointType()),
                null);
    }

    private static MetricReading empty(Metric metric, String href, String reason) {
        return new MetricReading(metric.id(), metric.latest().title(), href, null, null, null, null, null, reason);
    }

    /** The latest point with a value, among those ending by the chosen period's end; -1 when none. */
    static int shown(SeriesAssessment series, Period chosen, PeriodCalendar calendar) {
        for (int i = series.size() - 1; i >= 0; i--) {
            if (Double.isNaN(series.value(i))) {
                continue;
            }
            if (chosen == null || !calendar.period(series.periodIndex(i)).end().isAfter(chosen.end())) {
                return i;
            }
        }
        return -1;
    }

    private static Signal signal(PointType type) {
        if (type == null) {
            return Signal.NOT_CHARTED;
        }
        return switch (type) {
            case SPECIAL_CAUSE_IMPROVEMENT -> Signal.IMPROVING;
            case SPECIAL_CAUSE_CONCERN -> Signal.DETERIORATING;
            default -> Signal.NO_SIGNAL;
        };
    }
}
