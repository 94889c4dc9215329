package org.joinedup.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.joinedup.core.disclosure.CountTable.Cell;
import org.joinedup.core.disclosure.CountTable.Sum;

/**
 * Properties of disclosure control over random counts and tables, under the default rules unless
 * stated: what is published is never a small count, always a multiple of 5, and no suppressed cell
 * can be worked out from the totals.
 */
class DisclosurePropertiesTest {
    static final DisclosureControl SDC = DisclosureControl.withDefaults();

    @Property
    void aLoneCountIsZeroHiddenOrAMultipleOfFiveAboveSevenWithinTwoOfTheTruth(@ForAll("counts") long n) {
        Disclosed d = SDC.count(n, Level.SUB_NATIONAL);

        assertPublishable(d, n);
        assertThat(d.isHidden()).isEqualTo(n >= 1 && n <= 7);
    }

    @Property
    void underAnyValidRulesNoPublishedCountIsInTheSuppressedRangeOrAFalseZero(
            @ForAll @IntRange(min = 0, max = 30) int suppressUpTo,
            @ForAll @IntRange(min = 1, max = 20) int base,
            @ForAll @LongRange(min = 0, max = 1000) long n) {
        DisclosureRules rules =
                DisclosureRules.DEFAULT.copy().suppressUpTo(suppressUpTo).roundingBase(base);
        Assume.that(rules.problems().isEmpty());
        Disclosed d = new DisclosureControl(rules.seal()).count(n, Level.SUB_NATIONAL);

        if (!d.isHidden()) {
            double v = d.value();
            assertThat(v == 0 || v > suppressUpTo).isTrue();
            assertThat(v == 0).isEqualTo(n == 0);
            assertThat(v % base).isZero();
        }
    }

    @Property
    void inAGroupNoSuppressedChildCanBeWorkedOutFromTheTotal(@ForAll("groups") CountTable table) {
        DisclosedTable t = SDC.table(table);

        assertEveryCellPublishable(table, t);
        assertNoSumHasExactlyOneHiddenCell(table, t);
    }

    @Property
    void inATwoWayTableNoSuppressedCellCanBeWorkedOutFromRowsAndColumns(@ForAll("crossTabs") Grid grid) {
        DisclosedTable t = SDC.table(grid.table());

        assertEveryCellPublishable(grid.table(), t);
        assertNoSumHasExactlyOneHiddenCell(grid.table(), t);
        // independently of the row reduction: a hidden cell of a two-way table (totals included) can be
        // worked out exactly when it is a bridge of the graph of rows and columns joined by hidden cells
        assertThat(bridges(grid, hidden(t))).isEmpty();
    }

    @Property
    void inAHierarchyUnderAnExemptNationalTotalNoSuppressedAreaCanBeWorkedOut(@ForAll("hierarchies") CountTable table) {
        DisclosedTable t = SDC.table(table);

        assertEveryCellPublishable(table, t);
        assertNoSumHasExactlyOneHiddenCell(table, t);
        assertThat(SecondarySuppression.recoverable(table, hidden(t))).isEmpty();
    }

    @Property
    void ratesOfSuppressedCountsAreSuppressedAndRatesOfPublishedCountsAreNot(
            @ForAll("crossTabs") Grid grid, @ForAll @LongRange(min = 1, max = 10_000_000) long population) {
        DisclosedTable t = SDC.table(grid.table());

        for (Cell c : grid.table().cells()) {
            Disclosed shown = t.get(c.id());
            Disclosed perPopulation =
                    SDC.rate(c.count(), shown, population, Disclosed.notControlled(population), 100_000);
            assertThat(perPopulation.isHidden()).isEqualTo(shown.isHidden());
            if (shown.isHidden()) {
                assertThat(perPopulation.marker()).isEqualTo(Marker.SUPPRESSED_DERIVED);
            } else {
                assertThat(perPopulation.value()).isEqualTo(shown.value() / population * 100_000);
            }
            Disclosed shareOfAll = SDC.rate(
                    c.count(), shown, grid.grandTotal(), t.get(CountTable.id(CountTable.TOTAL, CountTable.TOTAL)), 100);
            if (shown.isHidden()
                    || t.get(CountTable.id(CountTable.TOTAL, CountTable.TOTAL)).isHidden()) {
                assertThat(shareOfAll.isHidden()).isTrue();
            }
            assertThat(SDC.derived(1.5, shown).isHidden()).isEqualTo(shown.isHidden());
        }
    }

    @Property
    void rowReductionAndTheBridgeTestAgreeOnWhichHiddenCellsCanBeWorkedOut(
            @ForAll("crossTabs") Grid grid, @ForAll long seed) {
        Random random = new Random(seed);
        Set<String> hidden = new HashSet<>();
        for (Cell c : grid.table().cells()) {
            if (random.nextInt(3) == 0) {
                hidden.add(c.id());
            }
        }

        assertThat(SecondarySuppression.recoverable(grid.table(), hidden))
                .containsExactlyInAnyOrderElementsOf(bridges(grid, hidden));
    }

    @Example
    void withoutSecondarySuppressionALoneSmallCountIsExposed() {
        Grid grid = new Grid(
                CountTable.crossTab(
                        List.of("r0", "r1"), List.of("c0", "c1"), new long[][] {{3, 20}, {30, 40}}, Level.SUB_NATIONAL),
                List.of("r0", "r1"),
                List.of("c0", "c1"),
                93);
        DisclosureControl primaryOnly = new DisclosureControl(
                DisclosureRules.DEFAULT.copy().secondarySuppression(false).seal());

        assertThat(bridges(grid, hidden(primaryOnly.table(grid.table())))).containsExactly("r0/c0");
        assertThat(bridges(grid, hidden(SDC.table(grid.table())))).isEmpty();
        assertThat(hidden(SDC.table(grid.table()))).containsExactlyInAnyOrder("r0/c0", "r0/c1", "r1/c0", "r1/c1");
    }

    // ---- checks

    static void assertPublishable(Disclosed d, long truth) {
        if (d.isHidden()) {
            assertThat(d.value()).isNull();
            assertThat(d.display()).isIn("*", "..");
            return;
        }
        double v = d.value();
        assertThat(v >= 1 && v <= 7).as("published %s is in 1 to 7", v).isFalse();
        assertThat(v % 5).isZero();
        assertThat(Math.abs(v - truth)).isLessThanOrEqualTo(2.0);
        assertThat(v == 0).isEqualTo(truth == 0);
    }

    static void assertEveryCellPublishable(CountTable table, DisclosedTable t) {
        for (Cell c : table.cells()) {
            Disclosed d = t.get(c.id());
            if (c.level() == Level.NATIONAL && !d.isHidden()) {
                assertThat(d.value()).isEqualTo((double) c.count());
            } else {
                assertPublishable(d, c.count());
            }
        }
    }

    /** Subtraction: a published total less its published members gives a hidden cell when it is the only one. */
    static void assertNoSumHasExactlyOneHiddenCell(CountTable table, DisclosedTable t) {
        for (Sum s : table.sums()) {
            int hidden = t.get(s.total()).isHidden() ? 1 : 0;
            for (String m : s.members()) {
                hidden += t.get(m).isHidden() ? 1 : 0;
            }
            assertThat(hidden).as("hidden cells in the sum %s", s).isNotEqualTo(1);
        }
    }

    static Set<String> hidden(DisclosedTable t) {
        Set<String> hidden = new HashSet<>();
        t.cells().forEach((id, d) -> {
            if (d.isHidden()) {
                hidden.add(id);
            }
        });
        return hidden;
    }

    /**
     * Hidden cells that are bridges: with the totals row and column included, every row and column
     * of the table sums to zero once the margins are negated, so a hidden cell can be worked out
     * exactly when no cycle of hidden cells passes through it.
     */
    static List<String> bridges(Grid grid, Set<String> hidden) {
        List<String> rows = new ArrayList<>(grid.rows());
        rows.add(CountTable.TOTAL);
        List<String> cols = new ArrayList<>(grid.columns());
        cols.add(CountTable.TOTAL);
        List<String> bridges = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < cols.size(); c++) {
                String id = CountTable.id(rows.get(r), cols.get(c));
                if (hidden.contains(id) && !connectedWithout(rows, cols, hidden, r, c)) {
                    bridges.add(id);
                }
            }
        }
        return bridges;
    }

    /** Whether row r reaches column c through hidden cells other than (r, c). Nodes: rows 0.., columns -1... */
    private static boolean connectedWithout(List<String> rows, List<String> cols, Set<String> hidden, int r0, int c0) {
        Deque<int[]> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        queue.add(new int[] {0, r0});
        seen.add("r" + r0);
        while (!queue.isEmpty()) {
            int[] node = queue.poll();
            boolean isRow = node[0] == 0;
            int others = isRow ? cols.size() : rows.size();
            for (int k = 0; k < others; k++) {
                int r = isRow ? node[1] : k;
                int c = isRow ? k : node[1];
                if ((r == r0 && c == c0) || !hidden.contains(CountTable.id(rows.get(r), cols.get(c)))) {
                    continue;
                }
                if (isRow && c == c0) {
                    return true;
                }
                String key = isRow ? "c" + c : "r" + r;
                if (seen.add(key)) {
                    queue.add(isRow ? new int[] {1, c} : new int[] {0, r});
                }
            }
        }
        return false;
    }

    // ---- generators

    /** A two-way table with the names of its rows and columns. */
    record Grid(CountTable table, List<String> rows, List<String> columns, long grandTotal) {}

    @Provide
    Arbitrary<Long> counts() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.longs().between(0, 10)),
                Tuple.of(3, Arbitraries.longs().between(8, 60)),
                Tuple.of(1, Arbitraries.longs().between(0, 1_000_000)));
    }

    @Provide
    Arbitrary<CountTable> groups() {
        return counts().list().ofMinSize(1).ofMaxSize(8).map(children -> {
            Map<String, Long> named = new LinkedHashMap<>();
            long total = 0;
            for (int i = 0; i < children.size(); i++) {
                named.put("child" + i, children.get(i));
                total += children.get(i);
            }
            return CountTable.group("parent", total, named, Level.SUB_NATIONAL);
        });
    }

    @Provide
    Arbitrary<Grid> crossTabs() {
        Arbitrary<Integer> size = Arbitraries.integers().between(1, 5);
        return Combinators.combine(size, size)
                .flatAs((nr, nc) -> counts().list().ofSize(nr * nc).map(flat -> {
                    List<String> rows = new ArrayList<>();
                    List<String> cols = new ArrayList<>();
                    for (int r = 0; r < nr; r++) {
                        rows.add("r" + r);
                    }
                    for (int c = 0; c < nc; c++) {
                        cols.add("c" + c);
                    }
                    long[][] counts = new long[nr][nc];
                    long grand = 0;
                    for (int r = 0; r < nr; r++) {
                        for (int c = 0; c < nc; c++) {
                            counts[r][c] = flat.get(r * nc + c);
                            grand += counts[r][c];
                        }
                    }
                    return new Grid(CountTable.crossTab(rows, cols, counts, Level.SUB_NATIONAL), rows, cols, grand);
                }));
    }

    @Provide
    Arbitrary<CountTable> hierarchies() {
        Arbitrary<List<Long>> region = counts().list().ofMinSize(1).ofMaxSize(4);
        return region.list().ofMinSize(1).ofMaxSize(4).map(regions -> {
            CountTable.Builder b = CountTable.builder();
            Map<String, Long> regionTotals = new HashMap<>();
            List<Sum> sums = new ArrayList<>();
            long national = 0;
            for (int g = 0; g < regions.size(); g++) {
                String regionId = "region" + g;
                List<String> areas = new ArrayList<>();
                long regionTotal = 0;
                for (int a = 0; a < regions.get(g).size(); a++) {
                    String areaId = regionId + "-area" + a;
                    b.cell(areaId, regions.get(g).get(a), Level.SUB_NATIONAL);
                    areas.add(areaId);
                    regionTotal += regions.get(g).get(a);
                }
                b.cell(regionId, regionTotal, Level.SUB_NATIONAL);
                regionTotals.put(regionId, regionTotal);
                sums.add(new Sum(regionId, areas));
                national += regionTotal;
            }
            b.cell("england", national, Level.NATIONAL);
            b.sum("england", List.copyOf(new TreeSet<>(regionTotals.keySet())));
            sums.forEach(s -> b.sum(s.total(), s.members()));
            return b.build();
        });
    }
}
