package org.joinedup.server.metric;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.joinedup.core.assessment.Assessment;
import org.joinedup.core.assessment.Assessments;
import org.joinedup.core.benchmark.BenchmarkResult;
import org.joinedup.core.benchmark.Comparison;
import org.joinedup.core.catalogue.Metric;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.AreaType;
import org.joinedup.core.geography.Geography;
import org.joinedup.core.indicator.ConfidenceInterval;
import org.joinedup.core.period.Period;
import org.joinedup.core.quality.Segment;
import org.joinedup.server.assessment.AssessmentReading;
import org.joinedup.server.assessment.AssessmentService;
import org.joinedup.server.chart.BenchmarkChart;
import org.joinedup.server.chart.ChartOptions;
import org.joinedup.server.chart.ChartText;
import org.joinedup.server.chart.ForecastChart;
import org.joinedup.server.chart.FunnelChart;
import org.joinedup.server.chart.Icons;
import org.joinedup.server.chart.KiteMark;
import org.joinedup.server.chart.SpcChart;
import org.joinedup.server.chart.SpcChartData;
import org.joinedup.server.chart.Unit;
import org.joinedup.server.reference.ReferenceData;
import org.joinedup.server.store.ObservationQuery;
import org.joinedup.server.store.ObservationReader;
import org.joinedup.server.store.StoredObservation;
import org.joinedup.server.view.Format;
import org.joinedup.server.view.ViewChoice;
import org.springframework.stereotype.Service;

/** Builds the metric page and its downloads for a metric, an area, a period and an as-at date. */
@Service
public class MetricPageService {
    private static final Duration FIRST_BUILD_WAIT = Duration.ofSeconds(60);
    /** "What changed since last month". */
    private static final Duration RECENT = Duration.ofDays(31);

    private final ReferenceData reference;
    private final ObservationReader reader;
    private final AssessmentService assessments;
    private final MetricOutlook outlooks;

    MetricPageService(
            ReferenceData reference, ObservationReader reader, AssessmentService assessments, MetricOutlook outlooks) {
        this.reference = reference;
        this.reader = reader;
        this.assessments = assessments;
        this.outlooks = outlooks;
    }

    /** The catalogue's metric, empty when there is none with the id. */
    public Optional<Metric> metric(String metricId) {
        return reference.catalogue().metric(metricId);
    }

    /** The period of the figure the page shows for a choice, empty when there is none. */
    public Optional<Period> shownPeriod(Metric metric, ViewChoice choice) {
        return Optional.ofNullable(series(metric, choice).shown()).map(Assessment::period);
    }

    /** What a series holds for a choice: the reading, the history and the figure for the period shown. */
    private record Series(
            AssessmentReading reading, List<Assessment> history, Assessment shown, Instant asAt, Instant since) {
        boolean hasValues() {
            return history.stream().anyMatch(a -> a.value() != null);
        }
    }

    private Series series(Metric metric, ViewChoice choice) {
        if (!assessments.isReady()) {
            assessments.awaitReady(FIRST_BUILD_WAIT); // the first build runs in the background at start-up
        }
        AssessmentReading reading = assessments.reading(choice.asAt()).orElseThrow();
        String code = choice.area().code();
        List<Assessment> history = reading.history(metric.id(), code);
        // The latest figure, or the latest by the end of the period chosen (a metric's own frequency may differ).
        Optional<Assessment> latest = choice.period() == null ? reading.latest(metric.id(), code) : Optional.empty();
        LocalDate end = choice.period() != null
                ? choice.period().end()
                : latest.map(a -> a.period().end()).orElse(null);
        Assessment shown = latest.filter(a -> a.value() != null)
                .or(() -> end == null ? Optional.empty() : reading.latestBy(metric.id(), code, end))
                .orElse(null);
        Instant asAt = choice.asAt() == null
                ? null
                : choice.asAt().plusDays(1).atStartOfDay(ValuesTable.LONDON).toInstant();
        Instant since = (asAt == null ? Instant.now() : asAt).minus(RECENT);
        return new Series(reading, history, shown, asAt, since);
    }

    /** The page for a metric the catalogue holds. */
    public MetricPage page(Metric metric, ViewChoice choice) {
        Series s = series(metric, choice);
        Area area = choice.area();
        MetricDefinition shown = s.shown() == null
                ? metric.latest()
                : metric.versionFor(s.shown().period()).orElse(metric.latest());
        DefinitionView definition = DefinitionView.of(metric, shown);
        String areaType = Format.typeName(area.type(), false);
        if (!s.hasValues()) {
            return new MetricPage(
                    metric.id(),
                    definition,
                    area,
                    areaType,
                    noDataNote(metric, area, s.reading().assessments(), choice.asAt()),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    new BreakdownView(List.of()),
                    null,
                    null,
                    List.of(),
                    null,
                    null);
        }
        Geography geography = reference.geography();
        Unit unit = MetricCharts.unit(shown, s.history());
        String where = shown.title() + ": " + area.name();

        MetricPage.Spc spc = spc(metric, where + ", over time", s.history());

        ChartView benchmark = null;
        String benchmarkNote = null;
        ChartView funnel = null;
        String funnelNote = null;
        BreakdownView breakdowns = new BreakdownView(List.of());
        String breakdownNote;
        if (s.shown() == null) {
            benchmarkNote = "No figure for " + area.name() + " in or before " + choice.periodText()
                    + ", so there is nothing to compare.";
            funnelNote = benchmarkNote;
            breakdownNote = benchmarkNote;
        } else {
            Period period = s.shown().period();
            Optional<BenchmarkChart.Data> b = MetricCharts.benchmark(s.reading(), geography, shown, area, period);
            if (b.isPresent()) {
                BenchmarkChart.Data data = b.get();
                benchmark = new ChartView(
                        "benchmark",
                        BenchmarkChart.svg(data, options("benchmark")),
                        BenchmarkChart.describe(data),
                        BenchmarkChart.table(data));
            } else {
                benchmarkNote = "No peers hold a figure for " + ChartText.of(period) + ".";
            }
            Optional<FunnelChart.Data> f = MetricCharts.funnel(s.reading(), geography, shown, area, period);
            if (f.isPresent()) {
                FunnelChart.Data data = f.get();
                funnel = new ChartView(
                        "funnel",
                        FunnelChart.svg(data, options("funnel")),
                        FunnelChart.describe(data),
                        FunnelChart.table(data));
            } else {
                funnelNote = funnelNote(shown);
            }
            List<StoredObservation> rows = reader.read(
                    new ObservationQuery(List.of(metric.id()), codes(area), List.of(period.label()), false, s.asAt()));
            breakdowns = BreakdownView.of(shown, unit, rows, s.shown().value());
            breakdownNote = breakdowns.isEmpty() ? breakdownNote(shown, area, period, s.shown()) : null;
        }

        MetricPage.ForecastSection forecast = outlooks.ifQuick(shown, s.history())
                .map(o -> forecastSection(where + ", forecast", unit, o))
                .orElse(MetricPage.ForecastSection.PENDING);

        boolean ownFigures = s.history().stream().anyMatch(a -> !a.rolledUp());
        List<StoredObservation> revisions =
                ownFigures ? reader.revisions(metric.id(), codes(area), s.asAt()) : List.of();
        Period chosen = s.shown() == null ? null : s.shown().period();
        List<ValueRow> values = ValuesTable.rows(unit, s.history(), revisions, s.since(), chosen);

        return new MetricPage(
                metric.id(),
                definition,
                area,
                areaType,
                null,
                s.shown() == null ? null : headline(shown, s.shown(), geography),
                spc,
                benchmark,
                benchmarkNote,
                funnel,
                funnelNote,
                breakdowns,
                breakdownNote,
                forecast,
                values,
                ValuesTable.changeSummary(values, ownFigures),
                s.shown() == null ? null : kite(where, s.shown()));
    }

    /** The values table alone, for the downloads. */
    public List<ValueRow> values(Metric metric, ViewChoice choice) {
        Series s = series(metric, choice);
        if (!s.hasValues()) {
            return List.of();
        }
        Unit unit = MetricCharts.unit(metric.latest(), s.history());
        boolean ownFigures = s.history().stream().anyMatch(a -> !a.rolledUp());
        List<StoredObservation> revisions =
                ownFigures ? reader.revisions(metric.id(), codes(choice.area()), s.asAt()) : List.of();
        return ValuesTable.rows(
                unit,
                s.history(),
                revisions,
                s.since(),
                s.shown() == null ? null : s.shown().period());
    }

    private static ChartOptions options(String id) {
        return ChartOptions.defaults().withTitle(false).withId(id);
    }

    private static List<String> codes(Area area) {
        return Stream.of(area.code(), area.odsCode(), area.onsCode())
                .filter(c -> c != null)
                .distinct()
                .toList();
    }

    /** Which types of area hold each metric, read once per set of assessments (a submission changes both). */
    private record Held(Assessments from, Map<String, Set<String>> types) {}

    private volatile Held held;

    private String noDataNote(Metric metric, Area area, Assessments from, LocalDate asAt) {
        Held known = held;
        if (known == null || known.from() != from) {
            known = new Held(from, reader.areaTypesWithData());
            held = known;
        }
        Set<String> types = known.types().getOrDefault(metric.id(), Set.of());
        String heldFor = types.stream()
                .map(t -> Format.typeName(AreaType.valueOf(t), true))
                .collect(Collectors.joining(", "));
        if (asAt != null) {
            // The types are those held now: the store is not asked again as at the day.
            return "No data for " + area.name() + " in the figures as held at the end of " + asAt + "."
                    + (types.isEmpty() ? "" : " Figures held now are for " + heldFor + ".");
        }
        if (types.isEmpty()) {
            return "No data for " + area.name() + ": no area holds figures for this metric yet.";
        }
        return "No data for " + area.name() + "; held for " + heldFor + ".";
    }

    private static MetricPage.Spc spc(Metric metric, String title, List<Assessment> history) {
        SpcChartData data = MetricCharts.spc(metric, title, history);
        if (data.points().isEmpty()) {
            return null;
        }
        ChartView chart =
                new ChartView("spc", SpcChart.svg(data, options("spc")), SpcChart.describe(data), SpcChart.table(data));
        return new MetricPage.Spc(
                chart,
                data.variation() == null ? null : Icons.variation(data.variation(), 48),
                data.variation() == null ? null : Icons.variationTitle(data.variation()),
                data.variation() == null ? null : Icons.variationText(data.variation()),
                data.assurance() == null ? null : Icons.assurance(data.assurance(), 48),
                data.assurance() == null ? "No target to assure against" : Icons.assuranceTitle(data.assurance()),
                data.assurance() == null
                        ? "The catalogue gives no target for this metric, so there is no assurance icon."
                        : Icons.assuranceText(data.assurance()));
    }

    private static String funnelNote(MetricDefinition definition) {
        return switch (definition.valueType()) {
            case PROPORTION, CRUDE_RATE ->
                "No funnel plot: it needs England's figure and at least three areas with denominators for the period.";
            default -> "No funnel plot: it is drawn for proportions and rates with denominators.";
        };
    }

    private String breakdownNote(MetricDefinition definition, Area area, Period period, Assessment shown) {
        if (definition.breakdowns().isEmpty()) {
            return "This metric is not broken down by patient group.";
        }
        String keys = definition.breakdowns().stream()
                .map(BreakdownView::keyName)
                .map(k -> Character.toLowerCase(k.charAt(0)) + k.substring(1))
                .collect(Collectors.joining(", "));
        return "No breakdown by " + keys + " is held for " + area.name() + " in " + ChartText.of(period) + "."
                + (shown.rolledUp() ? " Breakdowns are not added up from the areas within it." : "");
    }

    /** The forecast section alone, fitted now when it was not before (a seasonal fit takes seconds). */
    public MetricPage.ForecastSection forecast(Metric metric, ViewChoice choice) {
        Series s = series(metric, choice);
        if (!s.hasValues()) {
            return MetricPage.ForecastSection.none(
                    "No data for " + choice.area().name() + ".");
        }
        MetricDefinition shown = s.shown() == null
                ? metric.latest()
                : metric.versionFor(s.shown().period()).orElse(metric.latest());
        Unit unit = MetricCharts.unit(shown, s.history());
        return forecastSection(
                shown.title() + ": " + choice.area().name() + ", forecast", unit, outlooks.of(shown, s.history()));
    }

    private static MetricPage.ForecastSection forecastSection(
            String title, Unit unit, Optional<MetricOutlook.Outlook> outlook) {
        if (outlook.isEmpty()) {
            return MetricPage.ForecastSection.none(
                    "Too few values to forecast: a forecast needs " + MetricOutlook.MIN_VALUES + " periods or more.");
        }
        MetricOutlook.Outlook o = outlook.get();
        ForecastChart.Data data = MetricCharts.forecast(title, unit, o.fitted(), o.forecast());
        ChartView chart = new ChartView(
                "forecast",
                ForecastChart.svg(data, options("forecast")),
                ForecastChart.describe(data),
                ForecastChart.table(data));
        String yearEnd = null;
        String assumption = null;
        if (o.yearEnd().isPresent()) {
            MetricOutlook.YearEnd y = o.yearEnd().get();
            if (y.complete()) {
                yearEnd = y.year().label() + " is complete: the year's figure is " + unit.format(y.outturn()) + ".";
            } else {
                yearEnd = "Forecast for " + y.year().label() + " from " + y.monthsActual() + " of 12 months: "
                        + unit.format(y.outturn()) + " (95% interval " + unit.format(y.lower95()) + " to "
                        + unit.format(y.upper95()) + ").";
                assumption = y.assumption().isBlank() ? null : y.assumption();
            }
        }
        return new MetricPage.ForecastSection(chart, yearEnd, assumption, null, false);
    }

    private static MetricPage.Headline headline(MetricDefinition definition, Assessment a, Geography geography) {
        Unit unit = MetricCharts.unit(definition, List.of(a));
        List<String> details = new ArrayList<>();
        ConfidenceInterval ci = a.ci95();
        if (ci != null && ci.lower().isPresent() && ci.upper().isPresent()) {
            details.add("95% confidence interval " + unit.format(ci.lower().getAsDouble()) + " to "
                    + unit.format(ci.upper().getAsDouble()));
        }
        comparison("England", a.vsEngland()).ifPresent(details::add);
        if (a.parentCode() != null) {
            String parent = geography.resolve(a.parentCode()).map(Area::name).orElse(a.parentCode());
            comparison(parent, a.vsParent()).ifPresent(details::add);
        }
        if (a.trend() != null) {
            details.add("Recent trend: " + a.trend());
        }
        if (a.target() != null) {
            details.add("Target: " + unit.format(a.target()));
        }
        if (a.planStatus() != null) {
            details.add(a.planStatus());
        }
        return new MetricPage.Headline(
                unit.format(a.value()),
                ChartText.of(a.period()),
                a.rolledUp() ? "Added up from the areas within it" : "Reported for this area",
                a.status().name().toLowerCase(Locale.ROOT),
                List.copyOf(details));
    }

    private static Optional<String> comparison(String with, Comparison c) {
        if (c == null || c.result() == BenchmarkResult.NOT_COMPARED) {
            return Optional.empty();
        }
        BenchmarkResult r = c.result();
        return Optional.of(r == BenchmarkResult.SIMILAR ? "Similar to " + with : r.displayName() + " than " + with);
    }

    private static MetricPage.Kite kite(String title, Assessment a) {
        KiteMark.Data data = MetricCharts.kiteMark(title + ", " + ChartText.of(a.period()), a);
        List<MetricPage.Segment> segments = new ArrayList<>();
        for (Segment s : a.kiteMark().segments()) {
            segments.add(new MetricPage.Segment(s.name(), KiteMark.name(s.rating()), s.reason()));
        }
        return new MetricPage.Kite(
                KiteMark.svg(data, 96),
                KiteMark.name(a.kiteMark().overall()),
                a.kiteMark().reason(),
                segments);
    }
}
