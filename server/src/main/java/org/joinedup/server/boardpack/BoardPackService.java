package org.joinedup.server.boardpack;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joinedup.core.assessment.Assessment;
import org.joinedup.core.benchmark.BenchmarkResult;
import org.joinedup.core.benchmark.Comparison;
import org.joinedup.core.catalogue.Catalogue;
import org.joinedup.core.catalogue.Metric;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.AreaType;
import org.joinedup.core.indicator.ConfidenceInterval;
import org.joinedup.core.period.Period;
import org.joinedup.server.assessment.AssessmentReading;
import org.joinedup.server.assessment.AssessmentService;
import org.joinedup.server.chart.BenchmarkChart;
import org.joinedup.server.chart.ChartOptions;
import org.joinedup.server.chart.ChartText;
import org.joinedup.server.chart.Icons;
import org.joinedup.server.chart.KiteMark;
import org.joinedup.server.chart.SpcChart;
import org.joinedup.server.chart.SpcChartData;
import org.joinedup.server.commentary.CommentaryService;
import org.joinedup.server.commentary.CommentaryView;
import org.joinedup.server.metric.MetricCharts;
import org.joinedup.server.reference.ReferenceData;
import org.joinedup.server.scorecard.ScorecardService;
import org.joinedup.server.scorecard.SectionView;
import org.joinedup.server.scorecard.StatementView;
import org.joinedup.server.scorecard.Tile;
import org.joinedup.server.store.StoredCommentary;
import org.joinedup.server.view.Format;
import org.joinedup.server.view.ViewChoice;
import org.springframework.stereotype.Service;

/**
 * Gathers a board pack for an area and period (docs/board-pack.md): the scorecard's sections with each
 * metric's latest figure and assessment, and for each metric with a figure its charts, commentary, kite mark
 * and recent values. Every figure goes through disclosure control first.
 */
@Service
public class BoardPackService {
    /** Periods in a metric page's values table. */
    static final int VALUES_SHOWN = 6;

    private static final Duration FIRST_BUILD_WAIT = Duration.ofSeconds(60);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    /** A benchmark of more areas than this is described in words only: its rows would not be legible. */
    static final int MAX_BENCHMARK_AREAS = 40;

    /** Fewer points than this make no SPC chart worth printing. */
    static final int MIN_SPC_POINTS = 2;

    /** Charts in the PDF: the page heads them, so they draw no title of their own. */
    private static final ChartOptions CHART = ChartOptions.defaults().withTitle(false);

    private static final String HIDDEN = "Not shown: the figure is suppressed";

    private final ReferenceData reference;
    private final AssessmentService assessments;
    private final ScorecardService scorecard;
    private final CommentaryService commentary;
    private final PackDisclosure disclosure = PackDisclosure.withDefaults();

    BoardPackService(
            ReferenceData reference,
            AssessmentService assessments,
            ScorecardService scorecard,
            CommentaryService commentary) {
        this.reference = reference;
        this.assessments = assessments;
        this.scorecard = scorecard;
        this.commentary = commentary;
    }

    /** The board pack for a choice of area, period and as-at date. */
    public BoardPack build(ViewChoice choice) {
        if (!assessments.isReady()) {
            assessments.awaitReady(FIRST_BUILD_WAIT);
        }
        AssessmentReading reading = assessments.reading(choice.asAt()).orElseThrow();
        Catalogue catalogue = reference.catalogue();
        Area area = choice.area();
        Map<String, StoredCommentary> notes = commentary.latestForArea(area);

        Map<String, PackRow> rows = new LinkedHashMap<>();
        Map<String, MetricPage> pages = new LinkedHashMap<>();
        List<PackSection> sections = new ArrayList<>();
        for (SectionView section : scorecard.sections(choice)) {
            Set<String> ids = new LinkedHashSet<>();
            for (StatementView statement : section.statements()) {
                statement.tiles().stream().map(Tile::metricId).forEach(ids::add);
            }
            List<PackRow> sectionRows = new ArrayList<>();
            for (String id : ids) {
                Metric metric = catalogue.metric(id).orElseThrow();
                PackRow row = rows.computeIfAbsent(id, k -> {
                    Optional<Assessment> latest = latest(reading, choice, id);
                    MetricDefinition definition =
                            latest.flatMap(a -> metric.versionFor(a.period())).orElse(metric.latest());
                    PackRow made = row(definition, area, latest.orElse(null));
                    latest.filter(a -> made.anchor() != null)
                            .ifPresent(a -> pages.put(id, page(reading, definition, area, a, made, notes)));
                    return made;
                });
                sectionRows.add(row);
            }
            sections.add(new PackSection(section.id(), section.title(), sectionRows));
        }
        return new BoardPack(
                area,
                Format.typeName(area.type(), false) + ", " + area.code(),
                choice.periodText(),
                choice.asAt() == null
                        ? "as held on " + DAY.format(ZonedDateTime.now(LONDON))
                        : "as held at the end of " + DAY.format(choice.asAt()),
                TIME.format(ZonedDateTime.now(LONDON)),
                sections,
                List.copyOf(pages.values()));
    }

    private static Optional<Assessment> latest(AssessmentReading reading, ViewChoice choice, String metricId) {
        String code = choice.area().code();
        return (choice.period() == null
                        ? reading.latest(metricId, code)
                        : reading.latestBy(metricId, code, choice.period().end()))
                .filter(a -> a.value() != null);
    }

    private PackRow row(MetricDefinition definition, Area area, Assessment latest) {
        if (latest == null) {
            return new PackRow(definition.id(), definition.title(), Figure.none(), "", "", null, null, "", "", null);
        }
        Figure figure = disclosure.figure(definition, area, latest);
        return new PackRow(
                definition.id(),
                definition.title(),
                figure,
                ChartText.of(latest.period()),
                // A suppressed figure's comparison, SPC reading and plan status would tell what it cannot.
                figure.suppressed() ? HIDDEN : vsEngland(area, latest.vsEngland()),
                figure.suppressed() ? null : latest.variation(),
                figure.suppressed() ? null : latest.assurance(),
                figure.suppressed() ? HIDDEN : latest.planStatus() == null ? "No plan" : latest.planStatus(),
                KiteMark.name(latest.kiteMark().overall()),
                "metric-" + definition.id());
    }

    private MetricPage page(
            AssessmentReading reading,
            MetricDefinition definition,
            Area area,
            Assessment latest,
            PackRow row,
            Map<String, StoredCommentary> notes) {
        List<Assessment> history = reading.history(definition.id(), area.code()).stream()
                .filter(a -> !a.period().end().isAfter(latest.period().end()))
                .toList();
        List<ValueRow> values = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0 && values.size() < VALUES_SHOWN; i--) {
            values.add(valueRow(reading, definition, area, history.get(i)));
        }
        StoredCommentary note = notes.get(
                CommentaryService.lookup(definition.id(), latest.period().label()));
        KiteMark.Data kite = MetricCharts.kiteMark("Data quality: " + definition.title(), latest);
        Metric metric = reference.catalogue().metric(definition.id()).orElseThrow();
        // The charts draw only what the tables may show: each point and each peer after disclosure control.
        List<Assessment> shown = history.stream()
                .map(a -> withValue(
                        a,
                        disclosure
                                .figure(metric.versionFor(a.period()).orElse(definition), area, a)
                                .value()))
                .toList();
        SpcChartData spc = MetricCharts.spc(metric, definition.title() + ", " + area.name(), shown);
        boolean charted = spc.points().size() >= MIN_SPC_POINTS;
        Optional<BenchmarkChart.Data> benchmark = MetricCharts.benchmark(
                        reading, reference.geography(), definition, area, latest.period())
                .map(data -> disclosed(reading, definition, data, latest.period()));
        return new MetricPage(
                row.anchor(),
                row,
                definition.definition(),
                Format.polarity(definition.polarity()),
                definition.source(),
                charted ? SpcChart.svg(spc, CHART.withSize(640, 280).withId("spc-" + definition.id())) : null,
                charted ? SpcChart.describe(spc) : "",
                benchmark
                        .filter(b -> b.areas().size() <= MAX_BENCHMARK_AREAS)
                        .map(b ->
                                BenchmarkChart.svg(b, CHART.withSize(600, 300).withId("benchmark-" + definition.id())))
                        .orElse(null),
                benchmark
                        .map(b -> b.areas().size() <= MAX_BENCHMARK_AREAS
                                ? BenchmarkChart.describe(b)
                                : "Too many areas to draw legibly on a page; the metric's page on the web shows them. "
                                        + BenchmarkChart.describe(b))
                        .orElse(""),
                row.variation() == null ? null : Icons.variation(row.variation(), 28),
                row.assurance() == null ? null : Icons.assurance(row.assurance(), 28),
                KiteMark.svg(kite, 40),
                KiteMark.describe(kite),
                note == null ? null : CommentaryView.of(note),
                values);
    }

    /** A benchmark's peers as they may be published: hidden values left out, intervals only beside exact ones. */
    private BenchmarkChart.Data disclosed(
            AssessmentReading reading, MetricDefinition definition, BenchmarkChart.Data data, Period period) {
        List<BenchmarkChart.Area> areas = new ArrayList<>();
        for (BenchmarkChart.Area peer : data.areas()) {
            Area area =
                    reference.geography().resolve(peer.code()).orElse(Area.of(peer.code(), peer.name(), AreaType.ICB));
            Figure figure = disclosure.figure(
                    definition,
                    area,
                    reading.at(definition.id(), peer.code(), period).orElse(null));
            boolean exact = figure.hasValue() && figure.note().isEmpty();
            areas.add(new BenchmarkChart.Area(
                    peer.code(),
                    peer.name(),
                    figure.value(),
                    exact ? peer.lower() : null,
                    exact ? peer.upper() : null,
                    figure.hasValue() ? peer.result() : BenchmarkResult.NOT_COMPARED));
        }
        return new BenchmarkChart.Data(
                data.title(), data.unit(), areas, data.england(), data.chosen(), data.confidence());
    }

    /** The same assessment with another value (null to leave the point out of a chart). */
    static Assessment withValue(Assessment a, Double value) {
        return new Assessment(
                a.metricId(),
                a.areaCode(),
                a.period(),
                value,
                a.numerator(),
                a.denominator(),
                a.status(),
                a.rolledUp(),
                a.ci95(),
                a.ci998(),
                a.vsEngland(),
                a.parentCode(),
                a.vsParent(),
                a.specialCause(),
                a.pointType(),
                a.mean(),
                a.lpl(),
                a.upl(),
                a.variation(),
                a.assurance(),
                a.target(),
                a.trend(),
                a.kiteMark(),
                a.planStatus(),
                a.latest());
    }

    private ValueRow valueRow(
            AssessmentReading reading, MetricDefinition definition, Area area, Assessment assessment) {
        Figure figure = disclosure.figure(definition, area, assessment);
        Area england = reference.geography().resolve(ViewChoice.ENGLAND).orElseThrow();
        Figure englandFigure = disclosure.figure(
                definition,
                england,
                reading.at(definition.id(), ViewChoice.ENGLAND, assessment.period())
                        .orElse(null));
        ConfidenceInterval ci = assessment.ci95();
        // An interval is shown only beside a figure published as it is: one around a rounded or hidden count
        // would give the count away.
        boolean showCi = figure.hasValue()
                && figure.note().isEmpty()
                && ci != null
                && ci.lower().isPresent()
                && ci.upper().isPresent();
        Double lower = showCi ? ci.lower().getAsDouble() : null;
        Double upper = showCi ? ci.upper().getAsDouble() : null;
        return new ValueRow(
                ChartText.of(assessment.period()),
                figure,
                lower,
                upper,
                showCi ? Format.value(definition, lower) + " to " + Format.value(definition, upper) : "",
                englandFigure,
                figure.hasValue() && assessment.pointType() != null ? SpcChart.pointText(assessment.pointType()) : "");
    }

    private static String vsEngland(Area area, Comparison comparison) {
        if (ViewChoice.ENGLAND.equals(area.code())) {
            return "This is England";
        }
        if (comparison == null || comparison.result() == BenchmarkResult.NOT_COMPARED) {
            return "Not compared";
        }
        BenchmarkResult result = comparison.result();
        return result == BenchmarkResult.SIMILAR ? "Similar to England" : result.displayName() + " than England";
    }
}
