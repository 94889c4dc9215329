package org.joinedup.server.stats;

import static org.joinedup.server.stats.IndicatorCommands.DENOMINATOR;
import static org.joinedup.server.stats.IndicatorCommands.GROUP;
import static org.joinedup.server.stats.IndicatorCommands.NUMERATOR;
import static org.joinedup.server.stats.IndicatorCommands.VALUE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.joinedup.core.spc.ImprovementDirection;
import org.joinedup.core.spc.SpcCalculator;
import org.joinedup.core.spc.SpcCount;
import org.joinedup.core.spc.SpcObservation;
import org.joinedup.core.spc.SpcOptions;
import org.joinedup.core.spc.SpcPoint;
import org.joinedup.core.spc.SpcResult;
import org.joinedup.core.spc.SpcTarget;
import org.joinedup.core.spc.SpcWarning;
import org.joinedup.core.text.CsvNames;
import org.joinedup.core.text.CsvRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Making Data Count control charts: {@code org.joinedup.core.spc}, as NHSRplotthedots. */
@Command(
        name = "spc",
        mixinStandardHelpOptions = true,
        description = {
            "Statistical process control charts as NHS England's Making Data Count (NHSRplotthedots): XmR, or"
                    + " Laney's p-prime and u-prime charts.",
            "In: date (YYYY-MM-DD or YYYY-MM), value (numerator, denominator for --chart p or u), and optionally"
                    + " target, rebase (1 on the first date of a new period) and group (a separate chart per group).",
            "Out: mean, lpl, upl, point_type, one row per input row; with --summary one row per group: variation,"
                    + " assurance, n, warning."
        })
final class SpcCommand extends StatsMethod {
    static final String DATE = "date";
    static final String TARGET = "target";
    static final String REBASE = "rebase";

    @Option(
            names = "--improvement",
            paramLabel = "increase|decrease|neutral",
            defaultValue = "increase",
            description = "Which way is better (default increase).")
    String improvement;

    @Option(
            names = "--fix-after",
            paramLabel = "N",
            description = "Fix the limits of each period on its first N points (12 or more).")
    Integer fixAfter;

    @Option(
            names = "--no-screen",
            description = "Do not screen moving ranges for outliers (XmR only): as the Making Data Count Excel tool.")
    boolean noScreen;

    @Option(
            names = "--chart",
            paramLabel = "xmr|p|u",
            defaultValue = "xmr",
            description = "xmr (default) for values; p (proportions) or u (rates) for numerator and denominator.")
    String chart;

    @Option(names = "--summary", description = "Write one row per group: variation, assurance, n, warning.")
    boolean summary;

    private ImprovementDirection direction;

    @Override
    void checkOptions() {
        direction = CsvNames.parse(ImprovementDirection.class, improvement)
                .orElseThrow(
                        () -> badOption("--improvement must be increase, decrease or neutral, not " + improvement));
        if (!Set.of("xmr", "p", "u").contains(chart)) {
            throw badOption("--chart must be xmr, p or u, not " + chart);
        }
        if (fixAfter != null && fixAfter < SpcOptions.MIN_FIXED_BASELINE) {
            throw badOption("--fix-after must be " + SpcOptions.MIN_FIXED_BASELINE + " or more, not " + fixAfter);
        }
        if (noScreen && !chart.equals("xmr")) {
            throw badOption("--no-screen applies to xmr charts only: p and u charts do not screen outliers");
        }
    }

    @Override
    OutputTable compute(InputTable in) {
        boolean counts = !chart.equals("xmr");
        in.require(DATE);
        if (counts) {
            in.require(NUMERATOR, DENOMINATOR);
        } else {
            in.require(VALUE);
        }
        OutputTable out = summary
                ? OutputTable.perGroup(
                        in,
                        GROUP,
                        Set.of(DATE, VALUE, NUMERATOR, DENOMINATOR, TARGET, REBASE),
                        List.of("variation", "assurance", "n", "warning"))
                : OutputTable.perRow(in, List.of("mean", "lpl", "upl", "point_type"));
        Map<CsvRow, SpcPoint> points = new IdentityHashMap<>();
        for (InputTable.Group group : in.groups(GROUP)) {
            SpcResult result = chart(in, group, counts, points);
            if (summary) {
                out.add(
                        group,
                        List.of(
                                result.variation().map(v -> v.icon()).orElse(""),
                                result.assurance().map(a -> a.code()).orElse(""),
                                Integer.toString(result.points().size()),
                                result.warnings().stream()
                                        .map(SpcWarning::message)
                                        .collect(Collectors.joining("; "))));
            }
        }
        if (!summary) {
            for (CsvRow row : in.rows()) {
                SpcPoint p = points.get(row);
                out.add(
                        row,
                        List.of(
                                Numbers.format(p.mean()),
                                Numbers.format(p.lpl()),
                                Numbers.format(p.upl()),
                                p.pointType().code()));
            }
        }
        return out;
    }

    private SpcResult chart(InputTable in, InputTable.Group group, boolean counts, Map<CsvRow, SpcPoint> points) {
        Map<LocalDate, CsvRow> byDate = new LinkedHashMap<>();
        Map<LocalDate, Double> targets = new HashMap<>();
        Set<LocalDate> rebase = new HashSet<>();
        List<SpcObservation> observations = new ArrayList<>();
        List<SpcCount> ratios = new ArrayList<>();
        for (CsvRow row : group.rows()) {
            LocalDate date = Dates.required(in, row, DATE);
            CsvRow before = byDate.putIfAbsent(date, row);
            if (before != null) {
                throw in.error(
                        row,
                        DATE,
                        "the date is also on row " + before.number() + ": dates must be unique"
                                + (group.named() ? " within a group" : ""));
            }
            if (counts) {
                double numerator = in.number(row, NUMERATOR);
                double denominator = in.number(row, DENOMINATOR);
                if (numerator < 0) {
                    throw in.error(row, NUMERATOR, "the numerator must be 0 or more");
                }
                if (!(denominator > 0)) {
                    throw in.error(row, DENOMINATOR, "the denominator must be greater than zero");
                }
                if (chart.equals("p") && numerator > denominator) {
                    throw in.error(row, NUMERATOR, "the numerator is more than the denominator in a proportion");
                }
                ratios.add(SpcCount.of(date, numerator, denominator));
            } else {
                observations.add(SpcObservation.of(date, in.number(row, VALUE)));
            }
            if (in.has(TARGET)) {
                Double target = in.optionalNumber(row, TARGET);
                if (target != null) {
                    targets.put(date, target);
                }
            }
            if (in.has(REBASE)) {
                String flag = in.text(row, REBASE);
                if (flag.equals("1")) {
                    rebase.add(date);
                } else if (!flag.isEmpty() && !flag.equals("0")) {
                    throw in.error(row, REBASE, "rebase must be 1 (a new period starts here), 0 or empty");
                }
            }
        }
        SpcOptions options = SpcOptions.DEFAULT
                .withImprovementDirection(direction)
                .withScreenOutliers(!noScreen)
                .withRebaseDates(rebase)
                .withTarget(targets.isEmpty() ? SpcTarget.none() : SpcTarget.byDate(targets));
        if (fixAfter != null) {
            options = options.withFixAfterNPoints(fixAfter);
        }
        SpcCalculator calculator = new SpcCalculator(options);
        SpcResult result;
        try {
            result = switch (chart) {
                case "p" -> calculator.pPrime(ratios);
                case "u" -> calculator.uPrime(ratios);
                default -> calculator.xmr(observations);
            };
        } catch (IllegalArgumentException e) {
            throw in.groupError(group, e.getMessage());
        }
        for (SpcPoint p : result.points()) {
            points.put(byDate.get(p.date()), p);
        }
        return result;
    }
}
