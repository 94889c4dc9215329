package org.joinedup.server.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.server.stats.StatsRun.resource;
import static org.joinedup.server.stats.StatsRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.joinedup.core.benchmark.Count;
import org.joinedup.core.benchmark.FunnelLimits;
import org.joinedup.core.benchmark.FunnelPopulations;
import org.joinedup.core.benchmark.FunnelTable;
import org.joinedup.core.benchmark.Funnels;
import org.joinedup.core.benchmark.RateObservation;
import org.joinedup.core.benchmark.RateType;
import org.joinedup.core.benchmark.RatioType;
import org.joinedup.core.text.CsvRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stats funnel}. No PHEindicatormethods funnel output is available, so the limits are checked against
 * computations written here independently of the core: Wilson inversion by bisection for proportions, Poisson
 * tail sums with bisection and Byar's formula for ratios. The expected labels in the fixtures were worked out
 * separately (see the README of {@code /stats/}).
 */
class FunnelCommandTest {
    /** Φ⁻¹(0.975) and Φ⁻¹(0.999), methods.md §2. */
    private static final double Z95 = 1.959963984540054;

    private static final double Z998 = 3.090232306167813;

    private static final Set<String> LABELS = Set.of(
            "High (0.001)",
            "High (0.025)",
            "Not significant",
            "Low (0.025)",
            "Low (0.001)",
            "Not applicable for events less than 10 for dsrs");

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    // ---------------------------------------------------------------------------------------------- proportions

    @Test
    void proportionLimitsAreTheWilsonInversionAtEachRowsDenominator() {
        List<CsvRow> rows =
                run("funnel", "--in", resource("funnel_proportions.csv")).table();
        assertThat(rows).hasSize(12);
        assertThat(rows.get(0).header().names())
                .containsExactly(
                        "area",
                        "numerator",
                        "denominator",
                        "expected_significance",
                        "value",
                        "baseline",
                        "lower998",
                        "lower95",
                        "upper95",
                        "upper998",
                        "significance");
        double x = 0;
        double n = 0;
        for (CsvRow row : rows.subList(0, 11)) {
            x += Double.parseDouble(row.get("numerator"));
            n += Double.parseDouble(row.get("denominator"));
        }
        double average = x / n;
        for (CsvRow row : rows.subList(0, 11)) {
            String area = row.get("area");
            double ni = Double.parseDouble(row.get("denominator"));
            double p = Double.parseDouble(row.get("numerator")) / ni;
            double l998 = wilsonInverse(average, ni, Z998, false);
            double l95 = wilsonInverse(average, ni, Z95, false);
            double u95 = wilsonInverse(average, ni, Z95, true);
            double u998 = wilsonInverse(average, ni, Z998, true);
            assertNear(area + " value", 100 * p, row.get("value"));
            assertNear(area + " baseline", 100 * average, row.get("baseline"));
            assertNear(area + " lower998", 100 * l998, row.get("lower998"));
            assertNear(area + " lower95", 100 * l95, row.get("lower95"));
            assertNear(area + " upper95", 100 * u95, row.get("upper95"));
            assertNear(area + " upper998", 100 * u998, row.get("upper998"));
            String label = p < l998
                    ? "Low (0.001)"
                    : p < l95
                            ? "Low (0.025)"
                            : p > u998 ? "High (0.001)" : p > u95 ? "High (0.025)" : "Not significant";
            assertThat(row.get("significance")).as(area).isEqualTo(label).isEqualTo(row.get("expected_significance"));
        }
        // a limit below 0 is clamped, as the table does
        assertThat(rows.get(10).get("lower998")).isEqualTo("0");
        // the NA row is left out of the funnel and has empty results
        assertThat(rows.get(11).values().subList(4, 11)).containsOnly("");
    }

    @Test
    void everyLabelIsPheIndicatorMethodsText() {
        List<String> labels = new java.util.ArrayList<>();
        for (String f : List.of("funnel_proportions.csv", "funnel_ratios.csv")) {
            run("funnel", "--in", resource(f), "--type", f.contains("ratio") ? "ratio" : "proportion")
                    .table()
                    .forEach(r -> labels.add(r.get("significance")));
        }
        run("funnel", "--in", resource("funnel_dsrs.csv"), "--type", "rate", "--rate-type", "dsr")
                .table()
                .forEach(r -> labels.add(r.get("significance")));
        labels.remove("");
        assertThat(Set.copyOf(labels)).isEqualTo(LABELS);
    }

    @Test
    void rowLimitsUseTheTablesFormula() {
        // in-process: at each grid population, the row formula gives exactly the table's limits
        List<Count> data = List.of(Count.of(412, 1830), Count.of(35, 2104), Count.of(9, 60));
        FunnelTable table = Funnels.proportions(data, 100);
        double average = (412.0 + 35 + 9) / (1830 + 2104 + 60);
        assertThat(table.baseline()).isEqualTo(average * 100);
        for (FunnelLimits l : table.limits()) {
            double[] row = FunnelCommand.proportionLimits(l.denominator(), average, 100);
            assertThat(row).containsExactly(l.lower998(), l.lower95(), l.upper95(), l.upper998());
        }
    }

    @Test
    void limitsTableWritesTheGridOrEvenlySpreadRowsOfIt() {
        List<CsvRow> all = run("funnel", "--in", resource("funnel_proportions.csv"), "--limits-table", "100")
                .table();
        assertThat(all).hasSize(100);
        assertThat(all.get(0).header().names())
                .containsExactly("population", "lower998", "lower95", "upper95", "upper998", "baseline", "statistic");
        double average = (412.0 + 35 + 260 + 95 + 540 + 145 + 33 + 300 + 9 + 430 + 1)
                / (1830 + 2104 + 1200 + 640 + 2480 + 1010 + 150 + 1550 + 60 + 2300 + 8);
        for (CsvRow row : all) {
            double population = Double.parseDouble(row.get("population"));
            assertNear(
                    "upper95 at " + population,
                    100 * wilsonInverse(average, population, Z95, true),
                    row.get("upper95"));
            assertNear(
                    "lower998 at " + population,
                    100 * wilsonInverse(average, population, Z998, false),
                    row.get("lower998"));
            assertThat(row.get("statistic")).isEqualTo("proportion");
        }
        // max/min denominator > 2, so the axis starts at 1; signif.ceiling(2480) = 2700
        assertThat(all.get(0).get("population")).isEqualTo("1");
        assertThat(all.get(99).get("population")).isEqualTo("2700");
        List<CsvRow> five = run("funnel", "--in", resource("funnel_proportions.csv"), "--limits-table", "5")
                .table();
        int[] picked = {0, 25, 50, 74, 99};
        assertThat(five).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(five.get(i).values()).isEqualTo(all.get(picked[i]).values());
        }
    }

    /**
     * The funnel limit at population n found by bisection on the observed proportion: the p whose Wilson
     * upper limit (lower funnel limit) or lower limit (upper funnel limit) at z is the average; in [0, 1].
     */
    private static double wilsonInverse(double average, double n, double z, boolean upperFunnel) {
        double lo = 0;
        double hi = 1;
        if (!upperFunnel && wilson(0, n, z, true) >= average) {
            return 0;
        }
        if (upperFunnel && wilson(1, n, z, false) <= average) {
            return 1;
        }
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            double bound = wilson(mid, n, z, !upperFunnel);
            if (bound < average) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    private static double wilson(double p, double n, double z, boolean upper) {
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return upper ? centre + half : centre - half;
    }

    private static void assertNear(String what, double expected, String actual) {
        StatsRun.assertClose(what, Double.toString(expected), actual, 1e-9, 1e-11);
    }

    // --------------------------------------------------------------------------------------------------- ratios

    @Test
    void ratioLimitsAreExactPoissonAtTheExpectedCountAndLabelsFollowTheAreasInterval() {
        List<CsvRow> rows = run("funnel", "--in", resource("funnel_ratios.csv"), "--type", "ratio")
                .table();
        assertThat(rows).hasSize(9);
        for (CsvRow row : rows) {
            String area = row.get("area");
            double o = Double.parseDouble(row.get("observed"));
            double e = Double.parseDouble(row.get("expected"));
            assertNear(area + " value", o / e - 1, row.get("value"));
            assertThat(row.get("baseline")).isEqualTo("0");
            if (e == Math.rint(e)) {
                // λ_high(E, p): P(X ≤ E | λ) = p; λ_low(E, p): P(X ≥ E | λ) = p
                assertNear(area + " lower998", e / poissonLimit(e, 0.001, true) - 1, row.get("lower998"));
                assertNear(area + " lower95", e / poissonLimit(e, 0.025, true) - 1, row.get("lower95"));
                assertNear(area + " upper95", e / poissonLimit(e, 0.025, false) - 1, row.get("upper95"));
                assertNear(area + " upper998", e / poissonLimit(e, 0.001, false) - 1, row.get("upper998"));
            }
            assertThat(Double.parseDouble(row.get("lower998")))
                    .isLessThan(Double.parseDouble(row.get("lower95")))
                    .isLessThan(0);
            assertThat(Double.parseDouble(row.get("upper998")))
                    .isGreaterThan(Double.parseDouble(row.get("upper95")))
                    .isGreaterThan(0);
            assertThat(row.get("significance"))
                    .as(area)
                    .isEqualTo(ratioLabel(o, e))
                    .isEqualTo(row.get("expected_significance"));
        }
    }

    @Test
    void isrRatiosAreTheCountRatiosTimes100() {
        List<CsvRow> count = run("funnel", "--in", resource("funnel_ratios.csv"), "--type", "ratio")
                .table();
        List<CsvRow> isr = run(
                        "funnel", "--in", resource("funnel_ratios.csv"), "--type", "ratio", "--ratio-type", "isr")
                .table();
        for (int i = 0; i < count.size(); i++) {
            for (String column : List.of("value", "lower998", "lower95", "upper95", "upper998")) {
                StatsRun.assertClose(
                        column,
                        Double.toString((Double.parseDouble(count.get(i).get(column)) + 1) * 100),
                        isr.get(i).get(column),
                        1e-12,
                        0);
            }
            assertThat(isr.get(i).get("baseline")).isEqualTo("100");
            assertThat(isr.get(i).get("significance")).isEqualTo(count.get(i).get("significance"));
        }
    }

    @Test
    void ratioRowLimitsAgreeWithTheTablesBisectionAtItsGridPoints() {
        List<Count> data = List.of(Count.of(52, 30), Count.of(12, 30), Count.of(0, 4), Count.of(100, 100));
        FunnelTable table = Funnels.ratios(data, RatioType.ISR);
        for (FunnelLimits l : table.limits()) {
            double[] row = FunnelCommand.ratioLimits(l.denominator(), RatioType.ISR);
            double[] grid = {l.lower998(), l.lower95(), l.upper95(), l.upper998()};
            for (int i = 0; i < 4; i++) {
                // the table's bisection is within 5e-5 relative of the chi-square limits (methods.md §3)
                assertThat(Math.abs(row[i] - grid[i]))
                        .as("x %s, limit %d", l.denominator(), i)
                        .isLessThanOrEqualTo(5e-5 * grid[i]);
            }
        }
    }

    @Test
    void isrOutputCanBeFedInWithItsNumeratorAsTheObservedCount() throws IOException {
        Path in = file("isr.csv", "group,numerator,denominator,expected\nA,52,8970,30\nB,12,8970,30\n");
        List<CsvRow> rows =
                run("funnel", "--in", in.toString(), "--type", "ratio").table();
        assertThat(rows).extracting(r -> r.get("significance")).containsExactly("High (0.001)", "Low (0.001)");
    }

    /** λ with P(X ≤ n | λ) = p ({@code high}) or P(X ≥ n | λ) = p, X Poisson, by bisection on tail sums. */
    private static double poissonLimit(double n, double p, boolean high) {
        double lo = 0;
        double hi = n + 20 * Math.sqrt(n) + 50;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            // both tails move towards larger counts as λ grows: P(X ≤ n) falls, P(X ≥ n) rises
            boolean tooSmall = high ? poissonAtMost(n, mid) > p : 1 - poissonAtMost(n - 1, mid) < p;
            if (tooSmall) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    private static double poissonAtMost(double n, double lambda) {
        double term = Math.exp(-lambda);
        double sum = 0;
        for (int k = 0; k <= n; k++) {
            sum += term;
            term = term * lambda / (k + 1);
        }
        return sum;
    }

    /** phe_funnel_significance for ratios: exact limits of O below 10, Byar's from 10, against 1. */
    private static String ratioLabel(double o, double e) {
        if (1 < countLimit(o, Z998, 0.001, false) / e) {
            return "High (0.001)";
        }
        if (1 < countLimit(o, Z95, 0.025, false) / e) {
            return "High (0.025)";
        }
        if (1 > countLimit(o, Z998, 0.001, true) / e) {
            return "Low (0.001)";
        }
        if (1 > countLimit(o, Z95, 0.025, true) / e) {
            return "Low (0.025)";
        }
        return "Not significant";
    }

    private static double countLimit(double o, double z, double p, boolean upper) {
        if (o < 10) {
            if (!upper && o == 0) {
                return 0;
            }
            return poissonLimit(o, p, upper);
        }
        if (upper) {
            return (o + 1) * Math.pow(1 - 1 / (9 * (o + 1)) + z / (3 * Math.sqrt(o + 1)), 3);
        }
        return o * Math.pow(1 - 1 / (9 * o) - z / (3 * Math.sqrt(o)), 3);
    }

    // ---------------------------------------------------------------------------------------------------- rates

    @Test
    void dsrFunnelLabelsAndPopulations() {
        List<CsvRow> rows = run("funnel", "--in", resource("funnel_dsrs.csv"), "--type", "rate", "--rate-type", "dsr")
                .table();
        assertThat(rows).hasSize(9);
        for (CsvRow row : rows) {
            assertThat(row.get("significance")).as(row.get("area")).isEqualTo(row.get("expected_significance"));
            assertThat(Double.parseDouble(row.get("value"))).isEqualTo(Double.parseDouble(row.get("rate")));
        }
        // A: population 100000 · 250 / 520.3; F has no events, so no population and no limits
        StatsRun.assertClose("A population", "48049.202383240445", rows.get(0).get("population"), 1e-12, 0);
        assertThat(rows.get(5).get("population")).isEmpty();
        assertThat(rows.get(5).get("lower95")).isEmpty();
        // the lower 99.8% line starts at λ_high(0, 0.001) = ln 1000 expected events: D, 1556 people at about
        // 507 per 100,000 (7.9 expected), is beyond it
        assertThat(Double.parseDouble(rows.get(3).get("lower998"))).isGreaterThan(0);
    }

    @Test
    void rateRowLimitsLieOnTheTablesLines() {
        List<RateObservation> data =
                List.of(RateObservation.of(250, 520.3), RateObservation.of(95, 380.5), RateObservation.of(7, 450));
        FunnelTable table = Funnels.rates(data, RateType.DSR, 100000, 2);
        double average = table.baseline() / 100000;
        for (int i = 0; i < table.limits().size(); i++) {
            FunnelLimits l = table.limits().get(i);
            FunnelPopulations p = table.populations().get(i);
            double[] at = {p.lower998(), p.lower95(), p.upper95(), p.upper998()};
            double[] grid = {l.lower998(), l.lower95(), l.upper95(), l.upper998()};
            for (int k = 0; k < 4; k++) {
                // each line is drawn at its own population per year (× 2 years): at that population the row
                // formula gives the line's value, to the bisection's tolerance in λ (about 1e-3 in e at 1 event)
                double row = FunnelCommand.rateLimits(at[k] * 2, average, 100000)[k];
                assertThat(Math.abs(row - grid[k]))
                        .as("events %s, limit %d", l.denominator(), k)
                        .isLessThanOrEqualTo(1e-3 * grid[k]);
            }
        }
    }

    @Test
    void crudeRatesComeFromNumeratorAndDenominator() throws IOException {
        Path in = file("crude.csv", "area,numerator,denominator\nA,7,65000\nB,241,182000\nC,0,12000\nD,130,150000\n");
        List<CsvRow> rows = run("funnel", "--in", in.toString(), "--type", "rate", "--rate-type", "crude")
                .table();
        assertThat(rows)
                .extracting(r -> r.get("significance"))
                // worked separately with scipy's chi-square quantiles and Byar's formula
                .containsExactly("Low (0.001)", "High (0.001)", "Low (0.001)", "Not significant");
        StatsRun.assertClose("A value", "10.76923076923077", rows.get(0).get("value"), 1e-15, 0);
        assertThat(rows).extracting(r -> r.get("population")).containsExactly("65000", "182000", "12000", "150000");
        // the same average as the table's baseline: 378 events in 409,000
        List<CsvRow> table = run(
                        "funnel",
                        "--in",
                        in.toString(),
                        "--type",
                        "rate",
                        "--rate-type",
                        "crude",
                        "--limits-table",
                        "2")
                .table();
        assertThat(rows.get(0).get("baseline"))
                .isEqualTo(table.get(0).get("baseline"))
                .isEqualTo(Numbers.format(378.0 / 409000 * 100000));
        for (CsvRow row : rows) {
            double value = Double.parseDouble(row.get("baseline"));
            assertThat(Double.parseDouble(row.get("lower95"))).isLessThan(value);
            assertThat(Double.parseDouble(row.get("upper95"))).isGreaterThan(value);
        }
    }

    // --------------------------------------------------------------------------------------------------- errors

    private StatsRun refused(String... args) {
        Path out = dir.resolve("out.csv");
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--out";
        all[args.length + 1] = out.toString();
        StatsRun run = run(all);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
        assertThat(run.err()).endsWith("Nothing was written." + System.lineSeparator());
        return run;
    }

    @Test
    void badCellsAreNamedByFileRowAndColumn() throws IOException {
        Path prop = file("p.csv", "area,numerator,denominator\nA,5,10\nB,11,10\n");
        assertThat(refused("funnel", "--in", prop.toString()).err())
                .startsWith(prop + ", row 3, column numerator, value '11': numerators must be less than or equal to"
                        + " denominator for a proportion statistic: 11 > 10");
        Path zero = file("z.csv", "area,numerator,denominator\nA,5,10\nB,0,0\n");
        assertThat(refused("funnel", "--in", zero.toString()).err())
                .startsWith(zero + ", row 3, column denominator, value '0': denominators must be greater than zero");
        Path ratio = file("r.csv", "area,observed,expected\nA,5,10\nB,-1,4\nC,2,0\n");
        assertThat(refused("funnel", "--in", ratio.toString(), "--type", "ratio")
                        .err())
                .startsWith(ratio + ", row 3, column observed, value '-1': observed counts must be greater than or"
                        + " equal to zero");
        Path expected = file("e.csv", "area,observed,expected\nA,5,10\nC,2,0\n");
        assertThat(refused("funnel", "--in", expected.toString(), "--type", "ratio")
                        .err())
                .startsWith(expected + ", row 3, column expected, value '0': expected counts must be greater than"
                        + " zero");
        Path text = file("t.csv", "area,numerator,rate\nA,five,10\n");
        assertThat(refused("funnel", "--in", text.toString(), "--type", "rate", "--rate-type", "dsr")
                        .err())
                .startsWith(text + ", row 2, column numerator, value 'five': not a number");
        Path rate = file("rr.csv", "area,numerator,rate\nA,12,0\n");
        assertThat(refused("funnel", "--in", rate.toString(), "--type", "rate", "--rate-type", "dsr")
                        .err())
                .startsWith(rate + ", row 2, column rate, value '0': a rate with events must be greater than zero");
        Path crude = file("c.csv", "area,numerator,rate,denominator\nA,12,30,40000\nB,0,0,\n");
        assertThat(refused("funnel", "--in", crude.toString(), "--type", "rate", "--rate-type", "crude")
                        .err())
                .startsWith(crude + ", row 3, column denominator: no events and no denominator");
    }

    @Test
    void missingColumnsAndEmptyFunnelsAreRefused() throws IOException {
        Path ratio = file("r.csv", "area,observed,population\nA,5,1000\n");
        assertThat(refused("funnel", "--in", ratio.toString(), "--type", "ratio")
                        .err())
                .startsWith(ratio + ", row 1, column expected: missing column (the header has area, observed,"
                        + " population)");
        Path dsr = file("d.csv", "area,numerator,denominator\nA,5,1000\n");
        assertThat(refused("funnel", "--in", dsr.toString(), "--type", "rate", "--rate-type", "dsr")
                        .err())
                .startsWith(dsr + ", row 1, column rate: missing column");
        Path empty = file("n.csv", "area,numerator,denominator\nA,NA,1000\nB,,200\n");
        assertThat(refused("funnel", "--in", empty.toString()).err())
                .startsWith(empty + ": no rows with values in numerator and denominator");
        Path none = file("0.csv", "area,numerator,denominator\nA,0,1000\nB,0,200\n");
        assertThat(refused("funnel", "--in", none.toString(), "--type", "rate", "--rate-type", "crude")
                        .err())
                .startsWith(none + ", row 1, column numerator: a rate funnel needs some events");
    }

    @Test
    void badOptionsExitWithTwo() {
        String in = resource("funnel_proportions.csv");
        assertThat(run("funnel", "--in", in, "--limits-table", "101").exit()).isEqualTo(2);
        assertThat(run("funnel", "--in", in, "--limits-table", "101").err())
                .startsWith("--limits-table must be between 2 and 100 (the core's grid has 100 points), not 101");
        assertThat(run("funnel", "--in", in, "--type", "rate").err())
                .startsWith("--type rate needs --rate-type dsr or crude");
        assertThat(run("funnel", "--in", in, "--type", "ratio", "--multiplier", "100")
                        .exit())
                .isEqualTo(2);
        assertThat(run("funnel", "--in", in, "--type", "funnel").exit()).isEqualTo(2);
        assertThat(run("funnel", "--in", in, "--years", "3").exit()).isEqualTo(2);
    }
}
