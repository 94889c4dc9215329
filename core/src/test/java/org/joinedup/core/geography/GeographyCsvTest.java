package org.joinedup.core.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GeographyCsvTest {
    private static final String AREAS = """
            code,ods_code,ons_code,name,type,valid_from,valid_to
            E54000050,QHM,E54000050,NHS North East and North Cumbria,icb,2022-07-01,
            E06000057,,E06000057,Northumberland,utla,,
            A81001,A81001,,"Surgery, The",gp_practice,,2030-01-01
            """;
    private static final String LINKS = """
            child,parent,hierarchy,valid_from,valid_to,weight
            A81001,QHM,nhs,,,
            E06000057,E54000050,crosswalk,,,0.75
            """;

    @Test
    void readsAreasAndLinks() {
        Geography g =
                GeographyCsv.read(new StringReader(AREAS), "areas.csv", new StringReader(LINKS), "area_links.csv");

        Area icb = g.resolve("qhm").orElseThrow();
        assertThat(icb.validFrom()).isEqualTo(LocalDate.of(2022, 7, 1));
        assertThat(icb.validTo()).isNull();
        assertThat(g.resolve("A81001").map(Area::name)).contains("Surgery, The");
        assertThat(g.resolve("E06000057").map(Area::odsCode)).isEmpty();
        assertThat(g.parents("A81001", Hierarchy.NHS, LocalDate.of(2024, 1, 1))).containsExactly(icb);
        assertThat(g.crosswalk("E06000057", LocalDate.of(2024, 1, 1))).containsEntry(icb, 0.75);
    }

    @Test
    void reportsEveryBadCellWithFileRowAndColumn() {
        String areas = """
                code,ods_code,ons_code,name,type,valid_from,valid_to
                X1,,,Good,icb,,
                X2,,,Bad type,county_hall,,
                ,,,No code,icb,,
                X3,,,Bad date,icb,01/04/2024,
                X1,,,Twice,icb,,
                X4,,,Backwards,icb,2024-01-01,2023-01-01
                """;

        assertThatThrownBy(() -> GeographyCsv.readAreas(new StringReader(areas), "areas.csv"))
                .isInstanceOfSatisfying(
                        GeographyException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "areas.csv row 3, column type: 'county_hall' is not an area type such as icb or gp_practice",
                                        "areas.csv row 4, column code: a value is required",
                                        "areas.csv row 5, column valid_from: '01/04/2024' is not a date such as 2022-07-01",
                                        "areas.csv row 6, column code: area code X1 appears more than once",
                                        "areas.csv row 7, column valid_to: area X4 ends 2023-01-01 before it starts 2024-01-01"));
    }

    @Test
    void reportsLinksToUnknownCodesAndBadWeights() {
        String links = """
                child,parent,hierarchy,valid_from,valid_to,weight
                A81001,NOWHERE,nhs,,,
                A81001,QHM,nhs,,,2
                A81001,QHM,postal,,,
                """;

        assertThatThrownBy(() ->
                        GeographyCsv.read(new StringReader(AREAS), "areas.csv", new StringReader(links), "links.csv"))
                .isInstanceOfSatisfying(
                        GeographyException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "links.csv row 2, column parent: no area has code NOWHERE",
                                        "links.csv row 3, column weight: '2' is not a share above 0 and at most 1",
                                        "links.csv row 4, column hierarchy: 'postal' is not nhs, local_government, provider or crosswalk"));
    }

    @Test
    void reportsMissingColumns() {
        assertThatThrownBy(() -> GeographyCsv.readLinks(new StringReader("child,parent\n"), "links.csv"))
                .hasMessageContaining("links.csv row 1: missing column(s) hierarchy, valid_from, valid_to, weight");
    }
}
