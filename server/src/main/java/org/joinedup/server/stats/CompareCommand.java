package org.joinedup.server.stats;

import static org.joinedup.server.stats.IndicatorCommands.DENOMINATOR;
import static org.joinedup.server.stats.IndicatorCommands.VALUE;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.joinedup.core.benchmark.BenchmarkComparer;
import org.joinedup.core.benchmark.BenchmarkComparers;
import org.joinedup.core.benchmark.ComparedValue;
import org.joinedup.core.catalogue.Polarity;
import org.joinedup.core.indicator.ConfidenceInterval;
import org.joinedup.core.text.CsvRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Benchmark comparison as Fingertips: {@code org.joinedup.core.benchmark}. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Compare each value with a benchmark as Fingertips does (fingertips-open comparers).",
            "In, as the method needs: value, lci95, uci95, lci998, uci998, denominator, benchmark_value,"
                    + " benchmark_lci95, benchmark_uci95. An empty value or limit gives none (not compared).",
            "Out: significance (better, same, worse, higher, lower, best, worst or none), one row per input row."
        })
final class CompareCommand extends StatsMethod {
    static final String LCI95 = "lci95";
    static final String UCI95 = "uci95";
    static final String LCI998 = "lci998";
    static final String UCI998 = "uci998";
    static final String BENCHMARK = "benchmark_value";
    static final String BENCHMARK_LCI95 = "benchmark_lci95";
    static final String BENCHMARK_UCI95 = "benchmark_uci95";

    private static final Map<String, Polarity> POLARITIES = Map.of(
            "high_is_good", Polarity.HIGHER_IS_BETTER,
            "low_is_good", Polarity.LOWER_IS_BETTER,
            "none", Polarity.NO_JUDGEMENT);

    @Option(
            names = "--method",
            required = true,
            paramLabel = "ci95|ci95_998|double_overlap|spc_proportion|spc_dsr",
            description = "ci95: the benchmark against the 95% interval (Fingertips method 1); ci95_998: 95% then"
                    + " 99.8% for best and worst (17); double_overlap: the two 95% intervals (12); spc_proportion:"
                    + " Wilson control limits around the benchmark for the denominator (5); spc_dsr: exact Poisson"
                    + " control limits for the population (6).")
    String method;

    @Option(
            names = "--polarity",
            paramLabel = "high_is_good|low_is_good|none",
            defaultValue = "none",
            description = "Which way is better; none (default) gives higher and lower instead of better and worse.")
    String polarity;

    @Option(
            names = "--confidence",
            paramLabel = "95|99.8",
            defaultValue = "95",
            description = "Level of the SPC methods (default 95).")
    String confidence;

    @Option(
            names = "--unit",
            paramLabel = "U",
            description = "What the SPC methods' values are per: 100 for percentages (spc_proportion default), 100000"
                    + " for rates per 100,000 (spc_dsr default).")
    Double unit;

    private BenchmarkComparer comparer;
    private Polarity judgement;

    @Override
    void checkOptions() {
        judgement = POLARITIES.get(polarity);
        if (judgement == null) {
            throw badOption("--polarity must be high_is_good, low_is_good or none, not " + polarity);
        }
        double[] level = ConfidenceLevels.parse(List.of(confidence));
        if (level == null || (level[0] != 0.95 && level[0] != 0.998)) {
            throw badOption("--confidence must be 95 or 99.8, not " + confidence);
        }
        double u = unit != null ? unit : method.equals("spc_dsr") ? 100000 : 100;
        if (!(u > 0) || Double.isInfinite(u)) {
            throw badOption("--unit must be greater than 0, not " + unit);
        }
        comparer = switch (method) {
            case "ci95" -> BenchmarkComparers.CI_OVERLAP_95;
            case "ci95_998" -> BenchmarkComparers.CI_OVERLAP_95_998;
            case "double_overlap" -> BenchmarkComparers.DOUBLE_OVERLAP_95;
            case "spc_proportion" -> BenchmarkComparers.spcForProportions(u, level[0]);
            case "spc_dsr" -> BenchmarkComparers.spcForDsrs(u, level[0]);
            default ->
                throw badOption(
                        "--method must be ci95, ci95_998, double_overlap, spc_proportion or spc_dsr, not " + method);
        };
    }

    /** The input columns the method reads. */
    private List<String> required() {
        return switch (method) {
            case "ci95" -> List.of(VALUE, LCI95, UCI95, BENCHMARK);
            case "ci95_998" -> List.of(VALUE, LCI95, UCI95, LCI998, UCI998, BENCHMARK);
            case "double_overlap" -> List.of(VALUE, LCI95, UCI95, BENCHMARK, BENCHMARK_LCI95, BENCHMARK_UCI95);
            default -> List.of(VALUE, DENOMINATOR, BENCHMARK);
        };
    }

    @Override
    OutputTable compute(InputTable in) {
        in.require(required().toArray(String[]::new));
        OutputTable out = OutputTable.perRow(in, List.of("significance"));
        for (CsvRow row : in.rows()) {
            ComparedValue area = side(in, row, VALUE, LCI95, UCI95);
            if (in.has(LCI998) || in.has(UCI998)) {
                area = area.withInterval(interval(in, row, 0.998, LCI998, UCI998));
            }
            Double denominator = in.optionalNumber(row, DENOMINATOR);
            if (denominator != null) {
                area = area.withDenominator(denominator);
            }
            ComparedValue benchmark = side(in, row, BENCHMARK, BENCHMARK_LCI95, BENCHMARK_UCI95);
            out.add(row, List.of(comparer.compare(area, benchmark, judgement).label()));
        }
        return out;
    }

    private static ComparedValue side(InputTable in, CsvRow row, String value, String lower, String upper) {
        Double v = in.optionalNumber(row, value);
        ComparedValue side = new ComparedValue(
                v == null ? OptionalDouble.empty() : OptionalDouble.of(v), List.of(), OptionalDouble.empty());
        if (in.has(lower) || in.has(upper)) {
            side = side.withInterval(interval(in, row, 0.95, lower, upper));
        }
        return side;
    }

    private static ConfidenceInterval interval(InputTable in, CsvRow row, double level, String lower, String upper) {
        Double l = in.optionalNumber(row, lower);
        Double u = in.optionalNumber(row, upper);
        if (l != null && u != null && l > u) {
            throw in.error(row, lower, "the lower limit is above the upper limit " + row.get(upper));
        }
        return new ConfidenceInterval(
                level,
                l == null ? OptionalDouble.empty() : OptionalDouble.of(l),
                u == null ? OptionalDouble.empty() : OptionalDouble.of(u));
    }
}
