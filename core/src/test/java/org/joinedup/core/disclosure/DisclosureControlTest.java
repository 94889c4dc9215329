package org.joinedup.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joinedup.core.geography.AreaType;
import org.junit.jupiter.api.Test;

class DisclosureControlTest {
    static final DisclosureControl SDC = DisclosureControl.withDefaults();
    static final Level SUB = Level.SUB_NATIONAL;

    @Test
    void keepsZeroSuppressesOneToSevenAndRoundsTheRestToTheNearestFive() {
        assertThat(SDC.count(0, SUB)).isEqualTo(new Disclosed(0.0, Marker.UNCHANGED, ""));
        for (long n = 1; n <= 7; n++) {
            assertThat(SDC.count(n, SUB))
                    .isEqualTo(new Disclosed(null, Marker.SUPPRESSED_SMALL, "suppressed: fewer than 8"));
        }
        assertThat(SDC.count(8, SUB).value()).isEqualTo(10.0);
        assertThat(SDC.count(12, SUB).value()).isEqualTo(10.0);
        assertThat(SDC.count(13, SUB).value()).isEqualTo(15.0);
        assertThat(SDC.count(15, SUB)).isEqualTo(new Disclosed(15.0, Marker.ROUNDED, "rounded to the nearest 5"));
        assertThatThrownBy(() -> SDC.count(-1, SUB)).hasMessageContaining("negative");
    }

    @Test
    void suppressedFiguresShowAStarAndNeverZero() {
        Disclosed three = SDC.count(3, SUB);

        assertThat(three.value()).isNull();
        assertThat(three.display()).isEqualTo("*");
        assertThat(SDC.count(0, SUB).display()).isEqualTo("0");
        assertThat(SDC.count(1234, SUB).display()).isEqualTo("1235");
        assertThatThrownBy(() -> new Disclosed(0.0, Marker.SUPPRESSED_SMALL, ""))
                .hasMessageContaining("cannot carry a value");
    }

    @Test
    void nationalFiguresAreExemptUnlessTheRulesSayOtherwise() {
        assertThat(Level.of(AreaType.COUNTRY)).isEqualTo(Level.NATIONAL);
        assertThat(Level.of(AreaType.ICB)).isEqualTo(SUB);
        assertThat(SDC.count(3, Level.NATIONAL))
                .isEqualTo(new Disclosed(3.0, Marker.EXEMPT, "national figure: no disclosure control"));

        DisclosureControl strict = new DisclosureControl(
                DisclosureRules.DEFAULT.copy().nationalExempt(false).seal());
        assertThat(strict.count(3, Level.NATIONAL).isHidden()).isTrue();
    }

    @Test
    void rulesAreConfigurable() {
        DisclosureControl noZero = new DisclosureControl(
                DisclosureRules.DEFAULT.copy().keepZero(false).seal());
        assertThat(noZero.count(0, SUB).marker()).isEqualTo(Marker.SUPPRESSED_SMALL);

        DisclosureControl old = new DisclosureControl(DisclosureRules.HES_BEFORE_2018);
        assertThat(old.count(5, SUB).note()).isEqualTo("suppressed: fewer than 6");
        assertThat(old.count(6, SUB)).isEqualTo(new Disclosed(6.0, Marker.UNCHANGED, ""));

        DisclosureControl tens = new DisclosureControl(
                DisclosureRules.DEFAULT.copy().suppressUpTo(9).roundingBase(10).seal());
        assertThat(tens.count(10, SUB).value()).isEqualTo(10.0);
        assertThat(tens.count(15, SUB).value()).isEqualTo(20.0);
    }

    @Test
    void rulesThatWouldPublishAHiddenValueAreRefusedByName() {
        // 4 would round to 0 with base 10, showing a non-zero count as zero
        DisclosureRules bad = DisclosureRules.DEFAULT.copy().suppressUpTo(3).roundingBase(10);
        assertThat(bad.problems()).singleElement().asString().startsWith("roundingBase: 10 would publish 4 as 0");
        assertThatThrownBy(bad::seal).hasMessageContaining("roundingBase");
        assertThatThrownBy(() -> DisclosureRules.DEFAULT.copy().suppressUpTo(-1).seal())
                .hasMessageContaining("suppressUpTo");
        assertThatThrownBy(() -> DisclosureRules.DEFAULT.keepZero(false)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new DisclosureControl(new DisclosureRules())).hasMessageContaining("seal()");
    }

    @Test
    void whenOneChildIsSuppressedTheNextSmallestNonZeroChildIsToo() {
        Map<String, Long> children = new LinkedHashMap<>();
        children.put("a", 3L);
        children.put("b", 25L);
        children.put("c", 12L);
        children.put("d", 0L);

        DisclosedTable t = SDC.table(CountTable.group("all", 40, children, SUB));

        assertThat(t.get("all").value()).isEqualTo(40.0);
        assertThat(t.get("a").marker()).isEqualTo(Marker.SUPPRESSED_SMALL);
        assertThat(t.get("c").marker()).isEqualTo(Marker.SUPPRESSED_SECONDARY);
        assertThat(t.get("c").note())
                .isEqualTo("suppressed so that a small number cannot be worked out from the totals");
        assertThat(t.get("b").value()).isEqualTo(25.0);
        assertThat(t.get("d").value()).isEqualTo(0.0);
    }

    @Test
    void aZeroChildIsSuppressedOnlyWhenNoOtherIsLeft() {
        DisclosedTable t = SDC.table(CountTable.group("all", 5, Map.of("a", 5L, "b", 0L), SUB));
        assertThat(t.get("all").isHidden()).isTrue();
        assertThat(t.get("b").value()).isEqualTo(0.0); // the total is hidden too, so nothing to subtract from

        DisclosedTable u = SDC.table(CountTable.builder()
                .cell("all", 5, Level.NATIONAL)
                .cell("a", 5, SUB)
                .cell("b", 0, SUB)
                .sum("all", List.of("a", "b"))
                .build());
        assertThat(u.get("all").value()).isEqualTo(5.0);
        assertThat(u.get("a").isHidden()).isTrue();
        assertThat(u.get("b").marker()).isEqualTo(Marker.SUPPRESSED_SECONDARY);
    }

    @Test
    void anExemptNationalTotalIsProtectedByHidingAnotherRegion() {
        CountTable england = CountTable.builder()
                .cell("E92000001", 131, Level.NATIONAL)
                .cell("E40000003", 4, SUB)
                .cell("E40000005", 40, SUB)
                .cell("E40000006", 87, SUB)
                .sum("E92000001", List.of("E40000003", "E40000005", "E40000006"))
                .build();

        DisclosedTable t = SDC.table(england);

        assertThat(t.get("E92000001"))
                .isEqualTo(new Disclosed(131.0, Marker.EXEMPT, "national figure: no disclosure control"));
        assertThat(t.get("E40000003").isHidden()).isTrue();
        assertThat(t.get("E40000005").marker()).isEqualTo(Marker.SUPPRESSED_SECONDARY);
        assertThat(t.get("E40000006").value()).isEqualTo(85.0);
    }

    @Test
    void crossTabulationsGetSecondarySuppressionInRowsAndColumns() {
        long[][] counts = {{3, 20, 30}, {15, 40, 9}, {12, 25, 50}};
        CountTable table = CountTable.crossTab(List.of("65-74", "75-84", "85+"), List.of("F", "M", "U"), counts, SUB);

        DisclosedTable t = SDC.table(table);

        assertThat(t.get("65-74/F").marker()).isEqualTo(Marker.SUPPRESSED_SMALL);
        Set<String> hidden = hidden(t);
        assertThat(SecondarySuppression.recoverable(table, hidden)).isEmpty();
        assertThat(hidden).contains("65-74/F").hasSizeGreaterThanOrEqualTo(4);
        assertThat(t.get("total/total").value()).isEqualTo(205.0);
    }

    @Test
    void findsACellRecoverableOnlyByCombiningSeveralSums() {
        // two 2x2 blocks of hidden cells joined by one hidden cell: every row and column has two or more
        // hidden cells, yet adding rows 1 and 2 and taking away columns 1 and 2 gives the joining cell
        long[][] counts = {{9, 9, 9, 9}, {9, 9, 9, 9}, {9, 9, 9, 9}, {9, 9, 9, 9}};
        CountTable table =
                CountTable.crossTab(List.of("r1", "r2", "r3", "r4"), List.of("c1", "c2", "c3", "c4"), counts, SUB);
        Set<String> hidden = Set.of("r1/c1", "r1/c2", "r2/c1", "r2/c2", "r3/c3", "r3/c4", "r4/c3", "r4/c4", "r2/c3");

        assertThat(SecondarySuppression.recoverable(table, hidden)).containsExactly("r2/c3");
        assertThat(SecondarySuppression.recoverable(table, Set.of("r1/c1", "r1/c2", "r2/c1", "r2/c2")))
                .isEmpty();
        assertThat(SecondarySuppression.recoverable(table, Set.of("r1/c1", "r1/c2")))
                .containsExactly("r1/c1", "r1/c2");
    }

    @Test
    void secondarySuppressionCanBeTurnedOff() {
        DisclosureControl primaryOnly = new DisclosureControl(
                DisclosureRules.DEFAULT.copy().secondarySuppression(false).seal());
        DisclosedTable t = primaryOnly.table(CountTable.group("all", 40, Map.of("a", 3L, "b", 37L), SUB));
        assertThat(t.get("b").value()).isEqualTo(35.0);
    }

    @Test
    void ratesOfSuppressedCountsAreSuppressedAndOthersUseTheRoundedCounts() {
        assertThat(SDC.rate(5, 200, 100, SUB))
                .isEqualTo(new Disclosed(
                        null, Marker.SUPPRESSED_DERIVED, "suppressed: calculated from a suppressed count"));
        assertThat(SDC.rate(200, 5, 100, SUB).isHidden()).isTrue();
        Disclosed pct = SDC.rate(12, 47, 100, SUB);
        assertThat(pct.value()).isCloseTo(10.0 / 45 * 100, within(1e-12));
        assertThat(pct.marker()).isEqualTo(Marker.ROUNDED);
        assertThat(SDC.rate(0, 47, 100, SUB).value()).isEqualTo(0.0);
        assertThat(SDC.rate(0, 0, 100, SUB).marker()).isEqualTo(Marker.NOT_CALCULATED);
        assertThat(SDC.rate(12, 47, 100, Level.NATIONAL).marker()).isEqualTo(Marker.EXEMPT);

        DisclosureControl fromExact = new DisclosureControl(
                DisclosureRules.DEFAULT.copy().ratesFromRounded(false).seal());
        assertThat(fromExact.rate(12, 47, 100, SUB).value()).isCloseTo(1200.0 / 47, within(1e-12));
        assertThat(fromExact.rate(5, 47, 100, SUB).isHidden()).isTrue();
    }

    @Test
    void aRatePerPopulationUsesThePopulationUncontrolled() {
        Disclosed rate = SDC.rate(23, SDC.count(23, SUB), 61_234, Disclosed.notControlled(61_234), 100_000);
        assertThat(rate.value()).isCloseTo(25.0 / 61_234 * 100_000, within(1e-9));
        assertThat(rate.marker()).isEqualTo(Marker.ROUNDED);
    }

    @Test
    void meansOfFewerThanEightRecordsAreNotCalculated() {
        assertThat(SDC.mean(12.5, 7, SUB))
                .isEqualTo(new Disclosed(null, Marker.NOT_CALCULATED, "not calculated: fewer than 8 records"));
        assertThat(SDC.mean(12.5, 8, SUB).value()).isEqualTo(12.5);
        assertThat(SDC.mean(12.5, 3, Level.NATIONAL).value()).isEqualTo(12.5);
        assertThat(SDC.mean(0, 0, SUB).display()).isEqualTo("..");
    }

    @Test
    void complexStatisticsAreExemptByDefaultButOtherDerivedFiguresAreNot() {
        Disclosed three = SDC.count(3, SUB);

        assertThat(SDC.complex(812.4, three).marker()).isEqualTo(Marker.EXEMPT);
        assertThat(SDC.derived(0.4, three).isHidden()).isTrue();
        assertThat(SDC.derived(0.4, SDC.count(30, SUB)).value()).isEqualTo(0.4);

        DisclosureControl strict = new DisclosureControl(
                DisclosureRules.DEFAULT.copy().complexStatisticsExempt(false).seal());
        assertThat(strict.complex(812.4, three).marker()).isEqualTo(Marker.SUPPRESSED_DERIVED);
        assertThat(strict.complex(812.4, strict.count(30, SUB)).value()).isEqualTo(812.4);
    }

    @Test
    void tablesRejectUnknownCellsAndBadSums() {
        assertThatThrownBy(() -> CountTable.builder()
                        .cell("a", 1, SUB)
                        .sum("a", List.of("b"))
                        .build())
                .hasMessageContaining("unknown member b");
        assertThatThrownBy(() -> CountTable.builder().cell("a", 1, SUB).cell("a", 2, SUB))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> new CountTable.Sum("a", List.of("a"))).hasMessageContaining("own members");
        assertThatThrownBy(() -> CountTable.crossTab(List.of("total"), List.of("x"), new long[][] {{1}}, SUB))
                .hasMessageContaining("cannot be 'total'");
    }

    @Test
    void aTableWhoseSumsContradictEachOtherIsRefusedRatherThanPublished() {
        // a = b and a = b + c force c = 0 even with every cell hidden
        CountTable contradictory = CountTable.builder()
                .cell("a", 5, SUB)
                .cell("b", 3, SUB)
                .cell("c", 2, SUB)
                .sum("a", List.of("b"))
                .sum("a", List.of("b", "c"))
                .build();

        assertThatThrownBy(() -> SDC.table(contradictory))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inconsistent");
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
}
