package org.joinedup.core.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joinedup.core.period.Period;
import org.junit.jupiter.api.Test;

class GeographyTest {
    static final LocalDate DAY = LocalDate.of(2024, 6, 1);

    /** England > NE&Y region > ICB QHM > sub-ICB 00L > PCN U12345 > practice A81001, plus a trust and councils. */
    static Geography sample() {
        List<Area> areas = List.of(
                new Area("E92000001", null, "E92000001", "England", AreaType.COUNTRY, null, null),
                new Area("E40000012", "Y63", "E40000012", "North East and Yorkshire", AreaType.NHS_REGION, null, null),
                new Area("E54000050", "QHM", "E54000050", "NHS North East and North Cumbria", AreaType.ICB, null, null),
                new Area("E38000130", "00L", "E38000130", "Northumberland", AreaType.SUB_ICB, null, null),
                new Area("U12345", "U12345", null, "Blyth PCN", AreaType.PCN, null, null),
                new Area("A81001", "A81001", null, "The Densham Surgery", AreaType.GP_PRACTICE, null, null),
                new Area(
                        "A81002",
                        "A81002",
                        null,
                        "Closed Surgery",
                        AreaType.GP_PRACTICE,
                        null,
                        LocalDate.of(2023, 3, 31)),
                new Area("RTF", "RTF", null, "Northumbria Healthcare", AreaType.TRUST, null, null),
                new Area("E12000001", null, "E12000001", "North East", AreaType.REGION, null, null),
                new Area("E06000057", null, "E06000057", "Northumberland", AreaType.UTLA, null, null));
        List<AreaLink> links = List.of(
                AreaLink.of("A81001", "U12345", Hierarchy.NHS),
                AreaLink.of("A81002", "U12345", Hierarchy.NHS),
                AreaLink.of("U12345", "00L", Hierarchy.NHS),
                AreaLink.of("00L", "QHM", Hierarchy.NHS),
                AreaLink.of("QHM", "Y63", Hierarchy.NHS),
                AreaLink.of("Y63", "E92000001", Hierarchy.NHS),
                AreaLink.of("RTF", "QHM", Hierarchy.PROVIDER),
                AreaLink.of("E06000057", "E12000001", Hierarchy.LOCAL_GOVERNMENT),
                AreaLink.of("E12000001", "E92000001", Hierarchy.LOCAL_GOVERNMENT),
                new AreaLink("E06000057", "E54000050", Hierarchy.CROSSWALK, null, null, 1.0));
        return Geography.of(areas, links);
    }

    @Test
    void resolvesByPrimaryOdsOrOnsCodeIgnoringCaseAndSpace() {
        Geography g = sample();

        assertThat(g.resolve("E54000050")).map(Area::name).contains("NHS North East and North Cumbria");
        assertThat(g.resolve(" qhm ")).map(Area::code).contains("E54000050");
        assertThat(g.resolve("a81001")).map(Area::type).contains(AreaType.GP_PRACTICE);
        assertThat(g.resolve("ZZZ")).isEmpty();
        assertThat(g.resolve("")).isEmpty();
    }

    @Test
    void walksUpAllTreesButNotTheCrosswalk() {
        Geography g = sample();

        assertThat(g.ancestors("A81001", DAY))
                .extracting(Area::code)
                .containsExactly("U12345", "E38000130", "E54000050", "E40000012", "E92000001");
        assertThat(g.ancestors("RTF", DAY))
                .extracting(Area::code)
                .startsWith("E54000050")
                .contains("E92000001");
        assertThat(g.ancestors("E06000057", DAY)).extracting(Area::code).containsExactly("E12000001", "E92000001");
    }

    @Test
    void walksDownAndLeavesOutAreasClosedOnTheDate() {
        Geography g = sample();

        assertThat(g.children("U12345", Hierarchy.NHS, DAY))
                .extracting(Area::code)
                .containsExactly("A81001");
        assertThat(g.children("U12345", Hierarchy.NHS, LocalDate.of(2022, 1, 1)))
                .extracting(Area::code)
                .containsExactly("A81001", "A81002");
        assertThat(g.descendants("QHM", DAY))
                .extracting(Area::code)
                .containsExactlyInAnyOrder("E38000130", "RTF", "U12345", "A81001");
        assertThat(g.parents("RTF", Hierarchy.PROVIDER, DAY))
                .extracting(Area::code)
                .containsExactly("E54000050");
        assertThat(g.parents("RTF", Hierarchy.NHS, DAY)).isEmpty();
    }

    @Test
    void checksValidityOnDatesAndDuringPeriods() {
        Geography g = sample();
        Area closed = g.resolve("A81002").orElseThrow();

        assertThat(g.isValidAt(closed, LocalDate.of(2023, 3, 31))).isTrue();
        assertThat(g.isValidAt(closed, LocalDate.of(2023, 4, 1))).isFalse();
        assertThat(g.isValidDuring(closed, Period.parse("Q4 2022-23"))).isTrue();
        assertThat(g.isValidDuring(closed, Period.parse("2023-24"))).isFalse();
    }

    @Test
    void givesCrosswalkShares() {
        Geography g = sample();

        assertThat(g.crosswalk("E06000057", DAY)).containsEntry(g.resolve("QHM").orElseThrow(), 1.0);
        assertThat(g.crosswalk("E06000057")).hasSize(1);
        assertThat(g.areasOfType(AreaType.GP_PRACTICE)).hasSize(2);
    }

    @Test
    void prefersTheAreaValidOnTheDateWhenAnOdsCodeWasReused() {
        Geography g = Geography.of(
                List.of(
                        new Area(
                                "E38000001",
                                "01A",
                                "E38000001",
                                "Old CCG",
                                AreaType.SUB_ICB,
                                null,
                                LocalDate.of(2022, 6, 30)),
                        new Area(
                                "E38000999",
                                "01A",
                                "E38000999",
                                "New sub-ICB",
                                AreaType.SUB_ICB,
                                LocalDate.of(2022, 7, 1),
                                null)),
                List.of());

        assertThat(g.resolve("01A")).map(Area::name).contains("New sub-ICB");
        assertThat(g.resolve("01A", LocalDate.of(2021, 1, 1))).map(Area::name).contains("Old CCG");
    }

    @Test
    void reportsEveryDuplicateCodeAndUnknownLinkEnd() {
        List<Area> areas = List.of(Area.of("A", "a", AreaType.ICB), Area.of("A", "again", AreaType.ICB));
        List<AreaLink> links =
                List.of(AreaLink.of("A", "NOPE", Hierarchy.NHS), AreaLink.of("GONE", "A", Hierarchy.NHS));

        assertThatThrownBy(() -> Geography.of(areas, links))
                .isInstanceOfSatisfying(
                        GeographyException.class,
                        e -> assertThat(e.problems())
                                .hasSize(3)
                                .anySatisfy(p -> assertThat(p).contains("A appears more than once"))
                                .anySatisfy(p -> assertThat(p).contains("unknown area NOPE"))
                                .anySatisfy(p -> assertThat(p).contains("unknown area GONE")));
    }

    @Test
    void detectsCyclesEvenAcrossHierarchies() {
        List<Area> areas = List.of(
                Area.of("P", "practice", AreaType.GP_PRACTICE),
                Area.of("N", "pcn", AreaType.PCN),
                Area.of("I", "icb", AreaType.ICB));
        List<AreaLink> links = List.of(
                AreaLink.of("P", "N", Hierarchy.NHS),
                AreaLink.of("N", "I", Hierarchy.NHS),
                AreaLink.of("I", "P", Hierarchy.PROVIDER));

        assertThatThrownBy(() -> Geography.of(areas, links))
                .isInstanceOf(GeographyException.class)
                .hasMessageContaining("cycle")
                .hasMessageMatching("(?s).*(P -> N -> I -> P|N -> I -> P -> N|I -> P -> N -> I).*");
    }

    @Test
    void rejectsSelfLinksAndBadWeights() {
        assertThatThrownBy(() -> AreaLink.of("A", "a", Hierarchy.NHS)).hasMessageContaining("own parent");
        assertThatThrownBy(() -> new AreaLink("A", "B", Hierarchy.CROSSWALK, null, null, 1.5))
                .hasMessageContaining("weight 1.5");
    }

    @Test
    void buildsTenThousandPracticesQuickly() {
        List<Area> areas = new ArrayList<>(List.of(Area.of("ENG", "England", AreaType.COUNTRY)));
        List<AreaLink> links = new ArrayList<>();
        for (int icb = 0; icb < 42; icb++) {
            areas.add(Area.of("ICB" + icb, "icb", AreaType.ICB));
            links.add(AreaLink.of("ICB" + icb, "ENG", Hierarchy.NHS));
        }
        for (int p = 0; p < 10_000; p++) {
            areas.add(Area.of("P" + p, "practice", AreaType.GP_PRACTICE));
            links.add(AreaLink.of("P" + p, "ICB" + (p % 42), Hierarchy.NHS));
        }
        long start = System.nanoTime();
        Geography g = Geography.of(areas, links);
        List<Area> all = g.descendants("ENG", DAY);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(all).hasSize(10_042);
        assertThat(millis).isLessThan(2_000);
    }
}
