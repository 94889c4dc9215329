package org.joinedup.server.stats;

import static org.joinedup.server.stats.IndicatorCommands.DENOMINATOR;
import static org.joinedup.server.stats.IndicatorCommands.NUMERATOR;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.DoublePredicate;
import java.util.function.Supplier;
import org.apache.commons.numbers.gamma.RegularizedGamma;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.joinedup.core.benchmark.Count;
import org.joinedup.core.benchmark.FunnelLimits;
import org.joinedup.core.benchmark.FunnelPoint;
import org.joinedup.core.benchmark.FunnelPopulations;
import org.joinedup.core.benchmark.FunnelTable;
import org.joinedup.core.benchmark.Funnels;
import org.joinedup.core.benchmark.RateObservation;
import org.joinedup.core.benchmark.RateType;
import org.joinedup.core.benchmark.RatioType;
import org.joinedup.core.indicator.ExactPoissonLimits;
import org.joinedup.core.text.CsvRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Funnel plots as PHEindicatormethods draws them: {@link Funnels}. One output row per input row, with the
 * funnel's limits at that row's own denominator and its significance label; or, with {@code --limits-table N},
 * the limit curves (the core's 100-point grid) instead.
 *
 * <p>The core gives the limits on its grid only, so the limits at a row are computed here with the table's
 * formulas: for proportions exactly the table's closed form p̄ ∓ z·√(p̄(1 − p̄)/N); for ratios and rates the
 * exact chi-square (gamma) form of the Poisson limits, which the table's bisection approximates to 5e-5
 * relative. A ratio's limits are taken at x = E, as the table's x is; a rate's are where the table's limit
 * lines pass the row's population (each line of a rate funnel is drawn at its own population, λ/average).
 */
@Command(
        name = "funnel",
        mixinStandardHelpOptions = true,
        description = {
            "Funnel plot limits and significance (PHEindicatormethods phe_funnels, phe_funnel_significance).",
            "In: numerator, denominator (--type proportion); observed (or numerator), expected (--type ratio);"
                    + " numerator (events) and rate and/or denominator (--type rate). Rows with an empty or NA value"
                    + " are left out of the funnel and get empty results. Other columns are passed through.",
            "Out: value, baseline, lower998, lower95, upper95, upper998 (at the row's denominator), significance;"
                    + " for rates also population. With --limits-table N: the limit curves instead."
        })
final class FunnelCommand extends StatsMethod {
    static final String OBSERVED = "observed";
    static final String EXPECTED = "expected";
    static final String RATE = "rate";
    static final String POPULATION = "population";

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    private static final List<String> LIMITS = List.of("lower998", "lower95", "upper95", "upper998");
    /** How many points the core's grid has. */
    static final int GRID_POINTS = 100;

    @Option(
            names = "--type",
            paramLabel = "proportion|rate|ratio",
            defaultValue = "proportion",
            description = "The statistic (default proportion).")
    String type;

    @Option(
            names = "--rate-type",
            paramLabel = "dsr|crude",
            description = "For --type rate (required): directly standardised (needs a rate column) or crude.")
    String rateType;

    @Option(
            names = "--ratio-type",
            paramLabel = "count|isr",
            description = "For --type ratio: count gives O/E - 1, centred on 0 (default); isr gives O/E x 100.")
    String ratioType;

    @Option(
            names = "--multiplier",
            paramLabel = "M",
            description = "Scale of the values: 100 for a percentage (proportion default), 100000 for a rate per"
                    + " 100,000 (rate default). Not for ratios.")
    Double multiplier;

    @Option(
            names = "--years",
            paramLabel = "Y",
            description = "For --type rate: how many years the rates cover (default 1); scales the populations per"
                    + " year of --limits-table.")
    Double years;

    @Option(
            names = "--limits-table",
            paramLabel = "N",
            description = "Write the limit curves instead of one row per input row: N points (2 to 100) of the"
                    + " core's 100-point grid, evenly spread, first and last included.")
    Integer limitsTable;

    private RateType rate;
    private RatioType ratio;

    @Override
    void checkOptions() {
        if (!List.of("proportion", "rate", "ratio").contains(type)) {
            throw badOption("--type must be proportion, rate or ratio, not " + type);
        }
        if (type.equals("rate")) {
            if (rateType == null) {
                throw badOption("--type rate needs --rate-type dsr or crude");
            }
            rate = switch (rateType) {
                case "dsr" -> RateType.DSR;
                case "crude" -> RateType.CRUDE;
                default -> throw badOption("--rate-type must be dsr or crude, not " + rateType);
            };
        } else if (rateType != null) {
            throw badOption("--rate-type is for --type rate only");
        }
        if (type.equals("ratio")) {
            String t = ratioType == null ? "count" : ratioType;
            ratio = switch (t) {
                case "count" -> RatioType.COUNT;
                case "isr" -> RatioType.ISR;
                default -> throw badOption("--ratio-type must be count or isr, not " + ratioType);
            };
            if (multiplier != null) {
                throw badOption("--multiplier is not for ratios: --ratio-type sets their scale");
            }
        } else if (ratioType != null) {
            throw badOption("--ratio-type is for --type ratio only");
        }
        if (multiplier != null && (!(multiplier > 0) || Double.isInfinite(multiplier))) {
            throw badOption("--multiplier must be greater than 0, not " + multiplier);
        }
        if (years != null) {
            if (!type.equals("rate")) {
                throw badOption("--years is for --type rate only");
            }
            if (!(years > 0) || Double.isInfinite(years)) {
                throw badOption("--years must be greater than 0, not " + years);
            }
        }
        if (limitsTable != null && (limitsTable < 2 || limitsTable > GRID_POINTS)) {
            throw badOption("--limits-table must be between 2 and " + GRID_POINTS + " (the core's grid has "
                    + GRID_POINTS + " points), not " + limitsTable);
        }
    }

    private double multiplier() {
        return multiplier != null ? multiplier : type.equals("rate") ? 100000 : 100;
    }

    private double years() {
        return years == null ? 1 : years;
    }

    @Override
    OutputTable compute(InputTable in) {
        return switch (type) {
            case "proportion" -> proportions(in);
            case "ratio" -> ratios(in);
            default -> rates(in);
        };
    }

    /** The rows that take part in the funnel, with their positions in the file. */
    private record Included<T>(List<CsvRow> rows, List<T> data) {
        Included() {
            this(new ArrayList<>(), new ArrayList<>());
        }

        void add(CsvRow row, T datum) {
            rows.add(row);
            data.add(datum);
        }

        void requireSome(InputTable in, String columns) {
            if (data.isEmpty()) {
                throw new StatsInputException(
                        in.name() + ": no rows with values in " + columns + ": a funnel plot needs at least one area");
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- proportions

    private OutputTable proportions(InputTable in) {
        in.require(NUMERATOR, DENOMINATOR);
        in.requireRows();
        Included<Count> included = new Included<>();
        for (CsvRow row : in.rows()) {
            Double x = in.optionalNumber(row, NUMERATOR);
            Double n = in.optionalNumber(row, DENOMINATOR);
            if (x == null || n == null) {
                continue;
            }
            if (x < 0) {
                throw in.error(row, NUMERATOR, "numerators must be greater than or equal to zero");
            }
            if (!(n > 0)) {
                throw in.error(row, DENOMINATOR, "denominators must be greater than zero");
            }
            if (x > n) {
                throw in.error(
                        row,
                        NUMERATOR,
                        "numerators must be less than or equal to denominator for a proportion statistic: "
                                + Numbers.format(x) + " > " + Numbers.format(n));
            }
            included.add(row, Count.of(x, n));
        }
        included.requireSome(in, "numerator and denominator");
        double m = multiplier();
        if (limitsTable != null) {
            return table(in, core(in, () -> Funnels.proportions(included.data(), m)), "population");
        }
        double x = 0;
        double n = 0;
        for (Count c : included.data()) {
            x += c.numerator();
            n += c.denominator();
        }
        double average = x / n;
        List<FunnelPoint> points = core(in, () -> Funnels.proportionSignificance(included.data()));
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Count c = included.data().get(i);
            double[] limits = proportionLimits(c.denominator(), average, m);
            cells.add(cells(c.numerator() / c.denominator() * m, average * m, limits, points.get(i), null));
        }
        return perRow(in, included.rows(), cells, false);
    }

    /**
     * The proportion funnel's limits at population N, by the table's closed form (the proportion whose Wilson
     * interval just reaches the average), clamped to [0, multiplier].
     */
    static double[] proportionLimits(double population, double average, double multiplier) {
        return new double[] {
            Math.max(0, sigma(0.999, population, average, false, multiplier)),
            Math.max(0, sigma(0.975, population, average, false, multiplier)),
            Math.min(multiplier, sigma(0.975, population, average, true, multiplier)),
            Math.min(multiplier, sigma(0.999, population, average, true, multiplier))
        };
    }

    private static double sigma(double p, double population, double average, boolean high, double multiplier) {
        double z = STANDARD_NORMAL.inverseCumulativeProbability(p);
        double halfWidth = z * Math.sqrt(average * (1 - average) / population);
        return (high ? average + halfWidth : average - halfWidth) * multiplier;
    }

    // --------------------------------------------------------------------------------------------------- ratios

    private OutputTable ratios(InputTable in) {
        String observed = in.has(OBSERVED) || !in.has(NUMERATOR) ? OBSERVED : NUMERATOR;
        in.require(observed, EXPECTED);
        in.requireRows();
        Included<Count> included = new Included<>();
        for (CsvRow row : in.rows()) {
            Double o = in.optionalNumber(row, observed);
            Double e = in.optionalNumber(row, EXPECTED);
            if (o == null || e == null) {
                continue;
            }
            if (o < 0) {
                throw in.error(row, observed, "observed counts must be greater than or equal to zero");
            }
            if (!(e > 0)) {
                throw in.error(row, EXPECTED, "expected counts must be greater than zero");
            }
            included.add(row, Count.of(o, e));
        }
        included.requireSome(in, observed + " and expected");
        if (limitsTable != null) {
            return table(in, core(in, () -> Funnels.ratios(included.data(), ratio)), "observed_events");
        }
        List<FunnelPoint> points = core(in, () -> Funnels.ratioSignificance(included.data()));
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Count c = included.data().get(i);
            double[] limits = ratioLimits(c.denominator(), ratio);
            cells.add(cells(
                    scale(c.numerator() / c.denominator(), ratio),
                    ratio == RatioType.ISR ? 100 : 0,
                    limits,
                    points.get(i),
                    null));
        }
        return perRow(in, included.rows(), cells, false);
    }

    /**
     * The ratio funnel's limits at x = E, the table's formulas with the exact chi-square limits: E/λ_high(E, p)
     * and E/λ_low(E, p), p = 0.001 and 0.025, then −1 (count) or ×100 (isr).
     */
    static double[] ratioLimits(double expected, RatioType type) {
        return new double[] {
            scale(expected / ExactPoissonLimits.upper(expected, 0.998), type),
            scale(expected / ExactPoissonLimits.upper(expected, 0.95), type),
            scale(expected / ExactPoissonLimits.lower(expected, 0.95), type),
            scale(expected / ExactPoissonLimits.lower(expected, 0.998), type)
        };
    }

    private static double scale(double ratio, RatioType type) {
        return type == RatioType.ISR ? ratio * 100 : ratio - 1;
    }

    // ---------------------------------------------------------------------------------------------------- rates

    private OutputTable rates(InputTable in) {
        boolean hasRate = in.has(RATE);
        in.require(NUMERATOR);
        if (rate == RateType.DSR) {
            in.require(RATE);
        } else if (!hasRate) {
            in.require(DENOMINATOR);
        }
        in.requireRows();
        double m = multiplier();
        boolean readDenominator = rate == RateType.CRUDE && in.has(DENOMINATOR);
        Included<RateObservation> included = new Included<>();
        List<Double> values = new ArrayList<>();
        for (CsvRow row : in.rows()) {
            Double o = in.optionalNumber(row, NUMERATOR);
            Double r = hasRate ? in.optionalNumber(row, RATE) : null;
            Double d = readDenominator ? in.optionalNumber(row, DENOMINATOR) : null;
            if (o == null || (hasRate && r == null) || (!hasRate && d == null)) {
                continue;
            }
            if (o < 0) {
                throw in.error(row, NUMERATOR, "numerators must be greater than or equal to zero");
            }
            if (d != null && !(d > 0)) {
                throw in.error(row, DENOMINATOR, "denominators must be greater than zero");
            }
            if (r != null && (r < 0 || (o > 0 && r == 0))) {
                throw in.error(row, RATE, "a rate with events must be greater than zero");
            }
            if (r == null) {
                r = o / d * m;
            }
            if (rate == RateType.CRUDE && o == 0 && d == null) {
                throw StatsInputException.rows(
                        in.name(),
                        "row " + row.number(),
                        DENOMINATOR,
                        "no events and no denominator: a crude rate with 0 events needs its population in the"
                                + " denominator column");
            }
            included.add(row, new RateObservation(o, r, d == null ? OptionalDouble.empty() : OptionalDouble.of(d)));
            values.add(r);
        }
        included.requireSome(in, hasRate ? "numerator and rate" : "numerator and denominator");
        double events = 0;
        for (RateObservation r : included.data()) {
            events += r.events();
        }
        if (events == 0) {
            throw StatsInputException.column(
                    in.name(), NUMERATOR, "a rate funnel needs some events: every numerator is 0");
        }
        if (limitsTable != null) {
            return table(in, core(in, () -> Funnels.rates(included.data(), rate, m, years())), "events");
        }
        List<FunnelPoint> points = core(in, () -> Funnels.rateSignificance(included.data(), rate, m));
        // the population of a row: a crude rate's denominator when given (as the table takes it), else the
        // one the core derived for the test (multiplier × events / rate; none for a DSR without events)
        List<OptionalDouble> populations = new ArrayList<>();
        double population = 0;
        for (int i = 0; i < points.size(); i++) {
            OptionalDouble given = included.data().get(i).denominator();
            OptionalDouble p = rate == RateType.CRUDE && given.isPresent()
                    ? given
                    : points.get(i).denominator();
            populations.add(p);
            if (p.isPresent()) {
                population += p.getAsDouble();
            }
        }
        double average = events / population;
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            OptionalDouble p = populations.get(i);
            double[] limits = p.isPresent() ? rateLimits(p.getAsDouble(), average, m) : null;
            cells.add(cells(values.get(i), average * m, limits, points.get(i), Numbers.format(p)));
        }
        return perRow(in, included.rows(), cells, true);
    }

    /**
     * A rate funnel's limits at a population P: where the table's lines, drawn at population λ(e)/average for
     * e events, pass P. With L = P·average, the lower lines solve λ_high(e, p) = L and the upper λ_low(e, p) = L
     * for e (exact chi-square limits, continuous in e), and the limit is e/P × multiplier. A lower line that
     * starts beyond P (λ_high(0, p) = −ln p &gt; L) gives 0.
     */
    static double[] rateLimits(double population, double average, double multiplier) {
        double expected = population * average;
        return new double[] {
            lowerLineEvents(expected, 0.001) / population * multiplier,
            lowerLineEvents(expected, 0.025) / population * multiplier,
            upperLineEvents(expected, 0.025) / population * multiplier,
            upperLineEvents(expected, 0.001) / population * multiplier
        };
    }

    /**
     * e ≥ 0 with λ_high(e, p) = L, where λ_high(e, p) = χ²_{1−p}(2e + 2)/2 is the (1 − p) quantile of Gamma(e +
     * 1): that is, P(e + 1, L) = 1 − p, P the regularised lower incomplete gamma function, decreasing in e.
     */
    static double lowerLineEvents(double expected, double p) {
        double target = 1 - p;
        if (RegularizedGamma.P.value(1, expected) <= target) {
            return 0;
        }
        // λ_high(e) > e, so the root is below L
        return bisect(0, expected, e -> RegularizedGamma.P.value(e + 1, expected) > target);
    }

    /** e &gt; 0 with λ_low(e, p) = L, where λ_low(e, p) = χ²_p(2e)/2: P(e, L) = p, decreasing in e. */
    static double upperLineEvents(double expected, double p) {
        // λ_low(e) < e, so the root is above L
        double low = expected;
        double high = 2 * expected + 10;
        while (RegularizedGamma.P.value(high, expected) > p) {
            low = high;
            high = 2 * high;
        }
        return bisect(low, high, e -> RegularizedGamma.P.value(e, expected) > p);
    }

    /** The boundary in [low, high] where {@code below} (true at low) turns false, to double precision. */
    private static double bisect(double low, double high, DoublePredicate below) {
        for (int i = 0; i < 200; i++) {
            double mid = low + (high - low) / 2;
            if (mid <= low || mid >= high) {
                break;
            }
            if (below.test(mid)) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low + (high - low) / 2;
    }

    // ------------------------------------------------------------------------------------------------- output

    private static List<String> cells(
            double value, double baseline, double[] limits, FunnelPoint point, String population) {
        List<String> cells = new ArrayList<>();
        cells.add(Numbers.format(value));
        cells.add(Numbers.format(baseline));
        for (int i = 0; i < LIMITS.size(); i++) {
            cells.add(limits == null ? "" : Numbers.format(limits[i]));
        }
        cells.add(point.significance().label());
        if (population != null) {
            cells.add(population);
        }
        return cells;
    }

    /** Every input row in file order: those in the funnel with their cells, the others with empty ones. */
    private static OutputTable perRow(
            InputTable in, List<CsvRow> included, List<List<String>> cells, boolean withPopulation) {
        List<String> columns = new ArrayList<>(List.of("value", "baseline"));
        columns.addAll(LIMITS);
        columns.add("significance");
        if (withPopulation) {
            columns.add(POPULATION);
        }
        OutputTable out = OutputTable.perRow(in, columns);
        List<String> empty = Collections.nCopies(columns.size(), "");
        int next = 0;
        for (CsvRow row : in.rows()) {
            if (next < included.size() && included.get(next) == row) {
                out.add(row, cells.get(next));
                next++;
            } else {
                out.add(row, empty);
            }
        }
        return out;
    }

    /** The limit curves: N of the grid's rows, evenly spread, first and last included. */
    private OutputTable table(InputTable in, FunnelTable table, String x) {
        List<String> columns = new ArrayList<>(List.of(x));
        columns.addAll(LIMITS);
        boolean populations = !table.populations().isEmpty();
        if (populations) {
            LIMITS.forEach(l -> columns.add("population_" + l));
        }
        columns.addAll(List.of("baseline", "statistic"));
        OutputTable out = OutputTable.of(columns);
        for (int index : gridRows(table.limits().size(), limitsTable)) {
            FunnelLimits l = table.limits().get(index);
            List<String> cells = new ArrayList<>();
            for (double v : new double[] {l.denominator(), l.lower998(), l.lower95(), l.upper95(), l.upper998()}) {
                cells.add(Numbers.format(v));
            }
            if (populations) {
                FunnelPopulations p = table.populations().get(index);
                for (double v : new double[] {p.lower998(), p.lower95(), p.upper95(), p.upper998()}) {
                    cells.add(Numbers.format(v));
                }
            }
            cells.add(Numbers.format(table.baseline()));
            cells.add(table.statistic());
            out.add(cells);
        }
        return out;
    }

    /** N indices of a grid of {@code size} rows: round(i·(size − 1)/(N − 1)), i = 0..N−1. */
    static int[] gridRows(int size, int n) {
        int[] rows = new int[Math.min(n, size)];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = rows.length == 1 ? 0 : (int) Math.round(i * (size - 1) / (double) (rows.length - 1));
        }
        return Arrays.stream(rows).distinct().toArray();
    }

    /** Calls the core, reporting what it refuses (input this command's checks let through) against the file. */
    private static <T> T core(InputTable in, Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException e) {
            throw new StatsInputException(in.name() + ": " + e.getMessage());
        }
    }
}
