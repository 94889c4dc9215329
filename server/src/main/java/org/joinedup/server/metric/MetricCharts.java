package org.joinedup.server.metric;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.joinedup.core.assessment.AreaIndex;
import org.joinedup.core.assessment.Assessment;
import org.joinedup.core.assessment.Assessments;
import org.joinedup.core.benchmark.BenchmarkResult;
import org.joinedup.core.catalogue.Metric;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.ValueType;
import org.joinedup.core.forecast.Forecast;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.AreaType;
import org.joinedup.core.geography.Geography;
import org.joinedup.core.indicator.ConfidenceInterval;
import org.joinedup.core.period.Period;
import org.joinedup.core.period.PeriodType;
import org.joinedup.server.assessment.AssessmentReading;
import org.joinedup.server.chart.BenchmarkChart;
import org.joinedup.server.chart.ChartText;
import org.joinedup.server.chart.ForecastChart;
import org.joinedup.server.chart.FunnelChart;
import org.joinedup.server.chart.KiteMark;
import org.joinedup.server.chart.SpcChartData;
import org.joinedup.server.chart.Unit;
import org.joinedup.server.view.Format;
import org.joinedup.server.view.ViewChoice;

/**
 * Turns assessments into the inputs of the charts (docs/charts.md): the SPC chart of a series, the benchmark
 * against peers, the funnel plot, the forecast fan and the kite mark. Pure functions of what they are given,
 * so the metric page and the board pack draw the same pictures from the same reading.
 */
public final class MetricCharts {
    private MetricCharts() {}

    /** England's peers when England is chosen: the first of these types holding figures for the period. */
    private static final List<AreaType> ENGLAND_PEER_TYPES = List.of(
            AreaType.NHS_REGION,
            AreaType.REGION,
            AreaType.ICB,
            AreaType.UTLA,
            AreaType.SUB_ICB,
            AreaType.TRUST,
            AreaType.LTLA,
            AreaType.COMBINED_AUTHORITY,
            AreaType.PCN,
            AreaType.GP_PRACTICE);

    /** A funnel of every area of a type nationally up to this many areas; beyond it, of the peers only. */
    static final int FUNNEL_MAX_AREAS = 400;

    /**
     * How the metric's figures are written in charts: its catalogue unit with the decimals the NHS publishes
     * it with ({@link org.joinedup.server.view.Format}), judged on the largest value of the series.
     */
    public static Unit unit(MetricDefinition definition, List<Assessment> history) {
        return unitOf(definition, history.stream().map(Assessment::value).toList());
    }

    static Unit unitOf(MetricDefinition definition, List<Double> values) {
        double largest = values.stream()
                .filter(Objects::nonNull)
                .mapToDouble(Math::abs)
                .max()
                .orElse(0);
        return Unit.of(definition.unit(), decimals(definition, largest));
    }

    private static int decimals(MetricDefinition definition, double largest) {
        String unit = definition.unit().toLowerCase(Locale.ROOT);
        if (definition.valueType() == ValueType.COUNT) {
            return 0;
        }
        if (unit.contains("gbp") || unit.contains("£")) {
            return 2;
        }
        if (unit.startsWith("per 100,000") || unit.startsWith("per 100000")) {
            return largest >= 100 ? 0 : 1;
        }
        if (definition.valueType() == ValueType.ISR || definition.valueType() == ValueType.RATIO) {
            return largest >= 100 ? 0 : 2;
        }
        return largest >= 1000 ? 0 : 1;
    }

    /**
     * The SPC chart of a series (XmR, as the assessments computed it): every charted point with its type,
     * the mean and process limits, the target where the assessment has one. The limits are drawn as a new
     * period wherever they change, and a new definition version is flagged at its first point.
     *
     * @param metric the metric, for its definition versions
     * @param title the chart's title, e.g. the metric and area
     * @param history the series' assessments, oldest first ({@link AssessmentReading#history})
     */
    public static SpcChartData spc(Metric metric, String title, List<Assessment> history) {
        List<SpcChartData.Point> points = new ArrayList<>();
        Assessment previous = null;
        int group = 0;
        for (Assessment a : history) {
            if (a.value() == null || a.pointType() == null) {
                continue;
            }
            String annotation = null;
            if (previous != null) {
                if (!sameLimits(previous, a)) {
                    group++;
                }
                int before = version(metric, previous.period());
                int now = version(metric, a.period());
                if (before != now && now > 0) {
                    annotation = "Definition version " + now + " from " + ChartText.of(a.period());
                }
            }
            points.add(new SpcChartData.Point(
                    ChartText.of(a.period()),
                    a.value(),
                    a.mean(),
                    a.lpl(),
                    a.upl(),
                    Double.NaN,
                    Double.NaN,
                    a.pointType(),
                    a.target(),
                    group,
                    annotation));
            previous = a;
        }
        Assessment last = previous;
        Unit unit = unit(metric.latest(), history);
        return new SpcChartData(
                title, unit, points, last == null ? null : last.variation(), last == null ? null : last.assurance());
    }

    private static boolean sameLimits(Assessment a, Assessment b) {
        return same(a.mean(), b.mean()) && same(a.lpl(), b.lpl()) && same(a.upl(), b.upl());
    }

    private static boolean same(double x, double y) {
        return Double.compare(x, y) == 0;
    }

    private static int version(Metric metric, Period period) {
        return metric.versionFor(period).map(MetricDefinition::version).orElse(0);
    }

    /**
     * The area against its peers at a period, with 95% intervals and the England line. Peers are the areas of
     * the same type that share its parent; for England, the NHS regions (or the first type holding figures).
     * Counts have no England line: England's count is the sum of its areas. Empty when neither the area nor
     * any peer has an assessment for the period.
     */
    public static Optional<BenchmarkChart.Data> benchmark(
            AssessmentReading reading, Geography geography, MetricDefinition definition, Area area, Period period) {
        List<Area> peers = peers(reading, geography, definition.id(), area, period);
        List<BenchmarkChart.Area> rows = new ArrayList<>();
        List<Assessment> assessed = new ArrayList<>();
        // The assessments without plan status: plans are looked up in the store, one query per area.
        Assessments all = reading.assessments();
        for (Area peer : peers) {
            all.at(definition.id(), peer.code(), period).ifPresent(a -> {
                assessed.add(a);
                rows.add(benchmarkArea(peer, a));
            });
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        // A count (or a count per day) of England is the sum of its areas, not a benchmark for them.
        boolean additive =
                definition.valueType() == ValueType.COUNT || definition.valueType() == ValueType.DAYS_PER_DAY;
        Double england = additive
                ? null
                : all.at(definition.id(), ViewChoice.ENGLAND, period)
                        .map(Assessment::value)
                        .orElse(null);
        return Optional.of(new BenchmarkChart.Data(
                definition.title() + ", " + ChartText.of(period) + ": " + peerText(reading, geography, area, peers),
                unit(definition, assessed),
                rows,
                england,
                area.code(),
                "95%"));
    }

    private static BenchmarkChart.Area benchmarkArea(Area area, Assessment a) {
        ConfidenceInterval ci = a.ci95();
        Double lower = ci == null || ci.lower().isEmpty() ? null : ci.lower().getAsDouble();
        Double upper = ci == null || ci.upper().isEmpty() ? null : ci.upper().getAsDouble();
        BenchmarkResult result = a.vsEngland() == null
                ? BenchmarkResult.NOT_COMPARED
                : a.vsEngland().result();
        return new BenchmarkChart.Area(area.code(), area.name(), a.value(), lower, upper, result);
    }

    /** Who the peers are, in words: "ICBs in North East and Yorkshire" or "NHS regions". */
    static String peerText(AssessmentReading reading, Geography geography, Area area, List<Area> peers) {
        if (peers.isEmpty()) {
            return "no peers";
        }
        String types = Format.typeName(peers.get(0).type(), true);
        if (area.type() == AreaType.COUNTRY) {
            return types;
        }
        return parent(reading, geography, area)
                .map(p -> types + " in " + p.name())
                .orElse(types);
    }

    /** The area an area is compared with (its ICB for a trust), as the assessments link them. */
    static Optional<Area> parent(AssessmentReading reading, Geography geography, Area area) {
        AreaIndex index = reading.assessments().areas();
        int self = index.indexOf(area.code());
        int parent = self < 0 ? -1 : index.parent(self);
        return parent < 0 ? Optional.empty() : geography.resolve(index.code(parent));
    }

    /**
     * The areas an area is benchmarked against at a period, itself included, by name: those of its type
     * sharing its parent (as the assessments link them); for England or an area without a parent, every
     * area of the type holding figures (for England the NHS regions first).
     */
    public static List<Area> peers(
            AssessmentReading reading, Geography geography, String metricId, Area area, Period period) {
        if (area.type() == AreaType.COUNTRY) {
            for (AreaType type : ENGLAND_PEER_TYPES) {
                List<Area> held = heldAt(reading, geography.areasOfType(type), metricId, period);
                if (!held.isEmpty()) {
                    return held;
                }
            }
            return List.of();
        }
        AreaIndex index = reading.assessments().areas();
        int self = index.indexOf(area.code());
        int parent = self < 0 ? -1 : index.parent(self);
        List<Area> candidates = new ArrayList<>();
        if (parent < 0) {
            candidates.addAll(geography.areasOfType(area.type()));
        } else {
            for (int i = 0; i < index.size(); i++) {
                if (index.parent(i) == parent) {
                    geography
                            .resolve(index.code(i))
                            .filter(a -> a.type() == area.type())
                            .ifPresent(candidates::add);
                }
            }
        }
        List<Area> held = new ArrayList<>(heldAt(reading, candidates, metricId, period));
        if (held.stream().noneMatch(a -> a.code().equals(area.code()))) {
            held.add(area);
            held.sort(Comparator.comparing(Area::name));
        }
        return held;
    }

    private static List<Area> heldAt(AssessmentReading reading, List<Area> candidates, String metricId, Period period) {
        var assessments = reading.assessments();
        var calendar = assessments.calendar();
        int p = calendar.indexOf(period);
        if (p < 0) {
            return List.of();
        }
        return candidates.stream()
                .filter(a -> assessments
                        .series(metricId, a.code())
                        .filter(s -> s.positionOf(p) >= 0)
                        .isPresent())
                .sorted(Comparator.comparing(Area::name))
                .toList();
    }

    /**
     * The funnel plot of a proportion or a crude rate with denominators: every area of the type of the
     * area (for England, of its peers) holding a value and a denominator for the period, around England's
     * value; the peers only when the type has more than {@value #FUNNEL_MAX_AREAS} such areas. Empty for
     * other kinds of metric, without England's value, or with fewer than three areas.
     */
    public static Optional<FunnelChart.Data> funnel(
            AssessmentReading reading, Geography geography, MetricDefinition definition, Area area, Period period) {
        FunnelChart.Kind kind = switch (definition.valueType()) {
            case PROPORTION -> FunnelChart.Kind.PROPORTION;
            case CRUDE_RATE -> FunnelChart.Kind.RATE;
            default -> null;
        };
        if (kind == null) {
            return Optional.empty();
        }
        Assessments all = reading.assessments();
        Optional<Double> england =
                all.at(definition.id(), ViewChoice.ENGLAND, period).map(Assessment::value);
        if (england.isEmpty()
                || (kind == FunnelChart.Kind.PROPORTION
                        && (england.get() < 0 || england.get() > definition.multiplier()))) {
            return Optional.empty();
        }
        List<Area> peers = peers(reading, geography, definition.id(), area, period);
        AreaType type = area.type() == AreaType.COUNTRY
                ? (peers.isEmpty() ? null : peers.get(0).type())
                : area.type();
        if (type == null) {
            return Optional.empty();
        }
        List<Area> national = heldAt(reading, geography.areasOfType(type), definition.id(), period);
        boolean nationally = national.size() <= FUNNEL_MAX_AREAS;
        List<FunnelChart.Area> points = new ArrayList<>();
        int p = all.calendar().indexOf(period);
        for (Area a : nationally ? national : peers) {
            // Read from the series' arrays: hundreds of areas, and only value and denominator are needed.
            all.series(definition.id(), a.code()).ifPresent(series -> {
                int i = series.positionOf(p);
                double value = i < 0 ? Double.NaN : series.value(i);
                double denominator = i < 0 ? Double.NaN : series.input().denominator()[i];
                if (!Double.isNaN(value) && denominator > 0) {
                    points.add(new FunnelChart.Area(a.code(), a.name(), denominator, value));
                }
            });
        }
        if (points.size() < 3) {
            return Optional.empty();
        }
        String who = Format.typeName(type, true) + (nationally ? " in England" : "");
        return Optional.of(new FunnelChart.Data(
                definition.title() + ", " + ChartText.of(period) + ": " + who,
                unitOf(definition, points.stream().map(FunnelChart.Area::value).toList()),
                points,
                england.get(),
                null,
                kind,
                definition.multiplier(),
                definition.polarity(),
                area.code(),
                definition.denominator().isBlank() ? "Denominator" : definition.denominator()));
    }

    /**
     * The forecast chart of a series: its values, then the forecast's mean inside its 80% and 95% fans, the
     * forecast periods following the last period with a value.
     *
     * @param forecast a forecast of the values with a value, in order (as {@link AssessmentReading#forecast})
     */
    public static ForecastChart.Data forecast(String title, Unit unit, List<Assessment> history, Forecast forecast) {
        List<Assessment> known = history.stream().filter(a -> a.value() != null).toList();
        if (known.isEmpty()) {
            return new ForecastChart.Data(title, unit, List.of(), List.of());
        }
        List<String> labels = known.stream().map(a -> ChartText.of(a.period())).toList();
        List<Double> values = known.stream().map(Assessment::value).toList();
        Period last = known.get(known.size() - 1).period();
        List<String> ahead = new ArrayList<>();
        for (int h = 1; h <= forecast.horizon(); h++) {
            ahead.add(ChartText.of(next(last, h)));
        }
        return ForecastChart.Data.of(title, unit, labels, values, ahead, forecast, null);
    }

    /** The period some steps after a period of the same type (months, quarters, years). */
    public static Period next(Period period, int steps) {
        return switch (period.type()) {
            case MONTH -> Period.month(YearMonth.from(period.start()).plusMonths(steps));
            case QUARTER -> {
                LocalDate start = period.start().plusMonths(3L * steps);
                yield Period.quarter(Period.financialYearStart(start), quarterOf(start));
            }
            case FINANCIAL_YEAR -> Period.financialYear(period.start().getYear() + steps);
            case CALENDAR_YEAR -> Period.calendarYear(period.start().getYear() + steps);
            case DAY -> Period.day(period.start().plusDays(steps));
            case WEEK -> Period.weekOf(period.start().plusWeeks(steps));
            case YEAR_TO_DATE, ROLLING_12_MONTHS ->
                throw new IllegalArgumentException("no next period of a " + period.type() + " series");
        };
    }

    private static int quarterOf(LocalDate date) {
        return (date.getMonthValue() + 8) % 12 / 3 + 1;
    }

    /** True when a series of this type of period can be forecast period by period. */
    public static boolean forecastable(PeriodType type) {
        return type != PeriodType.YEAR_TO_DATE && type != PeriodType.ROLLING_12_MONTHS;
    }

    /** The kite mark of an assessment, with its reasons. */
    public static KiteMark.Data kiteMark(String title, Assessment assessment) {
        return KiteMark.Data.of(title, assessment.kiteMark());
    }
}
