package org.joinedup.server.compare;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joinedup.core.assessment.Assessment;
import org.joinedup.core.assessment.Assessments;
import org.joinedup.core.assessment.SeriesAssessment;
import org.joinedup.core.benchmark.BenchmarkResult;
import org.joinedup.core.catalogue.Metric;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.Polarity;
import org.joinedup.core.catalogue.ValueType;
import org.joinedup.core.geography.Area;
import org.joinedup.core.period.Period;
import org.joinedup.server.assessment.AssessmentReading;
import org.joinedup.server.assessment.AssessmentService;
import org.joinedup.server.chart.ChartOptions;
import org.joinedup.server.chart.SpineChart;
import org.joinedup.server.chart.Unit;
import org.joinedup.server.reference.ReferenceData;
import org.joinedup.server.view.Format;
import org.joinedup.server.view.ViewChoice;
import org.springframework.stereotype.Service;

/**
 * Compares an area with England, its region and its peers on every metric it has a figure for, as Fingertips'
 * area profiles do, from the in-memory assessments. Peer ranges are kept per snapshot ({@link PeerRanges}).
 */
@Service
public class CompareService {
    private static final Duration FIRST_BUILD_WAIT = Duration.ofSeconds(60);

    private final ReferenceData reference;
    private final AssessmentService assessments;
    private final PeerRanges peers;

    CompareService(ReferenceData reference, AssessmentService assessments, PeerRanges peers) {
        this.reference = reference;
        this.assessments = assessments;
        this.peers = peers;
    }

    /**
     * The comparison for the choice's area, at each metric's latest period (or the latest by the chosen one).
     *
     * @param with a second area to set beside, or null
     */
    public CompareView view(ViewChoice choice, Area with) {
        Area area = choice.area();
        Optional<Assessments> held = held(choice);
        List<Metric> metrics = reference.catalogue().metrics();
        if (held.isEmpty()) {
            return new CompareView(
                    area,
                    with,
                    null,
                    null,
                    List.of(),
                    null,
                    null,
                    metrics.size(),
                    "The figures are still being assessed: reload the page in a minute.",
                    List.of(),
                    null);
        }
        Assessments a = held.get();
        Neighbours near = peers.neighbours(a);
        int index = a.areas().indexOf(area.code());
        Area region = index < 0 || near.region(index) < 0
                ? null
                : reference
                        .geography()
                        .resolve(a.areas().code(near.region(index)))
                        .orElse(null);
        List<CompareRow> rows = new ArrayList<>();
        List<SpineChart.Row> spine = new ArrayList<>();
        for (Metric metric : metrics) {
            Optional<SeriesAssessment> series = a.series(metric.id(), area.code());
            int shown = series.map(s -> shown(s, choice.period(), a)).orElse(-1);
            if (shown < 0) {
                continue;
            }
            SeriesAssessment s = series.get();
            Assessment point = s.assessment(shown);
            int period = s.periodIndex(shown);
            MetricDefinition definition = metric.versionFor(point.period()).orElse(metric.latest());
            Double england = valueAt(a, metric.id(), ViewChoice.ENGLAND, period);
            Double regionValue = region == null ? null : valueAt(a, metric.id(), region.code(), period);
            PeerRange range = peers.range(a, metric.id(), index, period);
            // A count grows with the size of the area: its peers' spread is lowest to highest, not worst to best.
            boolean judged = definition.polarity() != Polarity.NO_JUDGEMENT && !growsWithSize(definition);
            boolean lowerBetter = judged && definition.polarity() == Polarity.LOWER_IS_BETTER;
            rows.add(new CompareRow(
                    metric.id(),
                    definition.title(),
                    choice.link("/metrics/" + metric.id()),
                    point.period().label(),
                    side(definition, point),
                    regionValue == null ? null : Format.figure(definition, regionValue),
                    england == null ? null : Format.figure(definition, england),
                    range.hasFigures()
                            ? Format.figure(definition, lowerBetter ? range.highest() : range.lowest())
                            : null,
                    range.hasFigures()
                            ? Format.figure(definition, lowerBetter ? range.lowest() : range.highest())
                            : null,
                    range.count(),
                    range.who(),
                    judged ? "worst" : "lowest",
                    judged ? "best" : "highest",
                    with == null ? null : withSide(a, metric, with, period)));
            if (england != null && point.value() != null && !growsWithSize(definition)) {
                spine.add(spineRow(definition, point, england, range));
            }
        }
        String title = (index >= 0 && near.isEngland(index)
                        ? "England and the areas one level below it, "
                        : area.name() + " compared with England, ")
                + choice.periodText();
        SpineChart.Data data = new SpineChart.Data(title, area.name(), spine);
        return new CompareView(
                area,
                with,
                region,
                peerGroup(near, index, area),
                rows,
                spine.isEmpty()
                        ? null
                        : SpineChart.svg(
                                data,
                                ChartOptions.defaults().withSize(1200, 400).withId("spine")),
                spine.isEmpty() ? null : SpineChart.table(data),
                metrics.size() - rows.size(),
                null,
                beside(choice, near, index, with),
                up(choice, a, index));
    }

    /** The area the chosen one belongs to (its parent), with a link to compare it instead. */
    private CompareView.Peer up(ViewChoice choice, Assessments held, int index) {
        int parent = index < 0 ? -1 : held.areas().parent(index);
        if (parent < 0) {
            return null;
        }
        return reference
                .geography()
                .resolve(held.areas().code(parent))
                .map(p -> new CompareView.Peer(p.name(), choice.withArea(p).link("/compare")))
                .orElse(null);
    }

    /** The area's peers (other than itself and the area already beside it), by name. */
    private List<CompareView.Peer> beside(ViewChoice choice, Neighbours near, int index, Area with) {
        if (index < 0 || near.group(index) < 0) {
            return List.of();
        }
        List<CompareView.Peer> peers = new ArrayList<>();
        int[] members = near.nearest(index);
        // England's peers mix NHS regions and regions, some of the same name: say which is which.
        boolean mixed =
                java.util.Arrays.stream(members).mapToObj(near::type).distinct().count() > 1;
        for (int member : members) {
            String code = near.areas().code(member);
            if (member == index || (with != null && with.code().equals(code))) {
                continue;
            }
            reference
                    .geography()
                    .resolve(code)
                    .ifPresent(peer -> peers.add(new CompareView.Peer(
                            mixed ? peer.name() + " (" + Format.typeName(peer.type(), false) + ")" : peer.name(),
                            choice.link("/compare?with="
                                    + java.net.URLEncoder.encode(
                                            peer.code(), java.nio.charset.StandardCharsets.UTF_8)))));
        }
        peers.sort(java.util.Comparator.comparing(CompareView.Peer::name));
        return peers;
    }

    private Optional<Assessments> held(ViewChoice choice) {
        // The first build runs in the background at start-up; a page asked for in its first seconds waits.
        if (!assessments.isReady()) {
            try {
                assessments.awaitReady(FIRST_BUILD_WAIT);
            } catch (IllegalStateException e) {
                return Optional.empty();
            }
        }
        return assessments.reading(choice.asAt()).map(AssessmentReading::assessments);
    }

    /** The latest point with a value, among those ending by the chosen period's end; -1 when none. */
    private static int shown(SeriesAssessment series, Period chosen, Assessments held) {
        for (int i = series.size() - 1; i >= 0; i--) {
            if (Double.isNaN(series.value(i))) {
                continue;
            }
            if (chosen == null
                    || !held.calendar().period(series.periodIndex(i)).end().isAfter(chosen.end())) {
                return i;
            }
        }
        return -1;
    }

    private static Double valueAt(Assessments held, String metricId, String areaCode, int period) {
        return held.series(metricId, areaCode)
                .map(s -> {
                    int position = s.positionOf(period);
                    return position < 0 || Double.isNaN(s.value(position)) ? null : s.value(position);
                })
                .orElse(null);
    }

    private static Side side(MetricDefinition definition, Assessment point) {
        if (point.value() == null) {
            return Side.NONE;
        }
        return new Side(
                Format.figure(definition, point.value()),
                Format.interval(definition, point.ci95()),
                point.vsEngland() == null ? null : point.vsEngland().result());
    }

    private Side withSide(Assessments held, Metric metric, Area with, int period) {
        return held.series(metric.id(), with.code())
                .map(s -> {
                    int position = s.positionOf(period);
                    if (position < 0) {
                        return Side.NONE;
                    }
                    Assessment point = s.assessment(position);
                    return side(metric.versionFor(point.period()).orElse(metric.latest()), point);
                })
                .orElse(Side.NONE);
    }

    private static SpineChart.Row spineRow(
            MetricDefinition definition, Assessment point, double england, PeerRange range) {
        double value = point.value();
        double lowest = range.hasFigures() ? range.lowest() : value;
        double highest = range.hasFigures() ? range.highest() : value;
        // Fewer than four peers give no quartiles: the quartile bar shrinks to a line under England's.
        double centre = Math.max(lowest, Math.min(highest, england));
        return new SpineChart.Row(
                definition.title(),
                Unit.of(definition.unit(), decimals(definition)),
                value,
                england,
                lowest,
                range.hasQuartiles() ? range.q25() : centre,
                range.hasQuartiles() ? range.q75() : centre,
                highest,
                point.vsEngland() == null
                        ? BenchmarkResult.NOT_COMPARED
                        : point.vsEngland().result(),
                definition.polarity());
    }

    /**
     * True for figures that grow with the size of the area (counts, and patients per day without a population),
     * which a spine centred on England's figure cannot compare: they stay in the table only.
     */
    static boolean growsWithSize(MetricDefinition definition) {
        return definition.valueType() == ValueType.COUNT
                || (definition.valueType() == ValueType.DAYS_PER_DAY && definition.multiplier() <= 1);
    }

    private static int decimals(MetricDefinition definition) {
        String unit = definition.unit().toLowerCase(java.util.Locale.ROOT);
        if (definition.valueType() == ValueType.COUNT || unit.startsWith("per 100,000")) {
            return 0;
        }
        return unit.equals("gbp") ? 2 : 1;
    }

    private String peerGroup(Neighbours near, int index, Area area) {
        if (index < 0 || near.group(index) < 0) {
            return null;
        }
        if (near.isEngland(index)) {
            return "England has no peers: its range is that of the areas one level below it (NHS regions or"
                    + " regions), or, for a metric they hold no figure for, of the areas below those (ICBs or"
                    + " councils).";
        }
        int parent = near.areas().parent(index);
        String parentName = reference
                .geography()
                .resolve(near.areas().code(parent))
                .map(Area::name)
                .orElse(near.areas().code(parent));
        return "Peers: the " + Format.typeName(area.type(), true) + " in " + parentName
                + " (areas of the same type sharing its parent), " + area.name() + " included.";
    }
}
