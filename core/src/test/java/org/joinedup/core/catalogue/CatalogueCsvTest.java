package org.joinedup.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.List;
import org.joinedup.core.framework.FrameworkBox;
import org.joinedup.core.framework.LinkKind;
import org.joinedup.core.geography.AreaType;
import org.joinedup.core.period.Frequency;
import org.joinedup.core.period.Period;
import org.joinedup.core.text.CsvSource;
import org.junit.jupiter.api.Test;

class CatalogueCsvTest {
    static final String HEADER = "id,version,title,definition,rationale,numerator,denominator,value_type,unit,"
            + "multiplier,polarity,ci_method,frequency,lag_days,source,source_type,scope,valid_from,valid_to,outcomes,"
            + "impacts,sets,accountable_role,standard,purpose,breakdowns,area_types,verified,notes\n";

    static Catalogue fixture() {
        return BuiltInCatalogue.load("/org/joinedup/core/catalogue/");
    }

    @Test
    void readsEveryColumnOfTheFixtureCatalogue() {
        Catalogue catalogue = fixture();

        MetricDefinition dtoc = catalogue.metric("dtoc_days").orElseThrow().latest();
        assertThat(dtoc.valueType()).isEqualTo(ValueType.CRUDE_RATE);
        assertThat(dtoc.unit()).isEqualTo("per 100,000");
        assertThat(dtoc.multiplier()).isEqualTo(100_000);
        assertThat(dtoc.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
        assertThat(dtoc.ciMethod()).isEqualTo(CiMethod.BYARS);
        assertThat(dtoc.frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(dtoc.lagDays()).isEqualTo(42);
        assertThat(dtoc.sourceType()).isEqualTo(SourceType.OFFICIAL_STATISTICS);
        assertThat(dtoc.scope()).isEqualTo(Scope.NATIONAL);
        assertThat(dtoc.validFrom()).isEqualTo(Period.financialYear(2015));
        assertThat(dtoc.validTo()).isEqualTo(Period.financialYear(2019));
        assertThat(dtoc.outcomes()).containsExactly("S5", "Y1");
        assertThat(dtoc.impacts()).containsExactly("I-VS");
        assertThat(dtoc.sets()).containsExactly("bcf", "interface_2017");
        assertThat(dtoc.accountableRole()).isEqualTo("Director of adult social services");
        assertThat(dtoc.purpose()).isEqualTo(Purpose.PERFORMANCE);
        assertThat(dtoc.areaTypes()).containsExactly(AreaType.ICB, AreaType.UTLA);
        assertThat(dtoc.verified()).isTrue();
        assertThat(catalogue.metric("discharge_usual").orElseThrow().latest().breakdowns())
                .containsExactly("sex", "age");
    }

    @Test
    void attachesLinksToBoxesAndFindsMetricsByOutcomeAndSet() {
        Catalogue catalogue = fixture();

        FrameworkBox s5 = catalogue.framework().box("S5").orElseThrow();
        assertThat(s5.links()).extracting(l -> l.kind()).containsExactly(LinkKind.GUIDANCE, LinkKind.CASE_STUDY);
        assertThat(catalogue.framework().outcomes())
                .extracting(FrameworkBox::id)
                .containsExactly("P4", "S5", "Y1");
        assertThat(catalogue.metricsForOutcome("S5"))
                .extracting(Metric::id)
                .containsExactly("dtoc_days", "discharge_usual");
        assertThat(catalogue.metricsForOutcome("P4")).extracting(Metric::id).containsExactly("discharge_usual");
        assertThat(catalogue.metricsInSet("interface_2017"))
                .extracting(Metric::id)
                .containsExactly("dtoc_days");
    }

    @Test
    void reportsEveryProblemWithFileRowEntryAndField() {
        String metrics = HEADER
                + "good,1,Good,,,,,count,count,1,no_judgement,none,annual,,,local,local,,,S5,,,,,both,,,yes,\n"
                + "bad_enum,1,Bad,,,,,percentage,%,100,upwards,none,fortnightly,,,local,local,,,S5,,,,,both,,,yes,\n"
                + "bad_refs,1,Refs,,,,,count,count,x,no_judgement,none,annual,-3,,local,local,,,S9;I-VS,S5,,,,both,,moon,maybe,\n"
                + "backwards,1,Backwards,,,,,count,count,1,no_judgement,none,annual,,,local,local,2020-21,2018-19,,,,,,both,,,yes,\n"
                + "good,1,Again,,,,,count,count,1,no_judgement,none,annual,,,local,local,,,,,,,,both,,,yes,\n"
                + ",,,,,,,count,count,1,no_judgement,none,annual,,,local,local,,,,,,,,both,,,yes,\n";
        String links =
                "box,kind,title,url\nS5,podcast,Listen,https://a.example\nNOPE,evidence,Paper,https://b.example\n";

        Catalogue base = fixture();

        assertThatThrownBy(() -> CatalogueCsv.readExtension(
                        base, null, CsvSource.of("links.csv", links), CsvSource.of("metrics.csv", metrics)))
                .isInstanceOfSatisfying(CatalogueException.class, e -> {
                    assertThat(e.problems())
                            .extracting(CatalogueProblem::toString)
                            .containsExactlyInAnyOrder(
                                    "links.csv row 2 (S5) kind='podcast': expected evidence, case_study, checklist, next_step or guidance",
                                    "links.csv row 3 (NOPE) box='NOPE': no framework box has this id",
                                    "metrics.csv row 3 (bad_enum) value_type='percentage': expected count, proportion, crude_rate, dsr, isr, mean, ratio or days_per_day",
                                    "metrics.csv row 3 (bad_enum) polarity='upwards': expected higher_is_better, lower_is_better or no_judgement",
                                    "metrics.csv row 3 (bad_enum) frequency='fortnightly': expected daily, weekly, monthly, quarterly or annual",
                                    "metrics.csv row 4 (bad_refs) multiplier='x': expected a positive number such as 100 or 100000",
                                    "metrics.csv row 4 (bad_refs) lag_days='-3': expected a whole number of 0 or more",
                                    "metrics.csv row 4 (bad_refs) area_types='moon': expected country, nhs_region, icb, sub_icb, pcn, gp_practice, region, utla, ltla, trust or combined_authority",
                                    "metrics.csv row 4 (bad_refs) verified='maybe': expected yes or no",
                                    "metrics.csv row 5 (backwards) valid_to: metric backwards v1 is valid to 2018-19 before it is valid from 2020-21",
                                    "metrics.csv row 6 (good) version='1': metric good version 1 is already defined",
                                    "metrics.csv row 7 id: a value is required",
                                    "metrics.csv row 7 version: a value is required",
                                    "metrics.csv row 7 title: a value is required");
                    assertThat(e.getMessage()).startsWith("14 problems in the catalogue:");
                });
    }

    @Test
    void checksOutcomeAndImpactReferencesAgainstTheFramework() {
        String metrics = HEADER
                + "refs,1,Refs,,,,,count,count,1,no_judgement,none,annual,,,local,local,,,S9;I-VS,S5,,,,both,,,yes,\n";

        assertThatThrownBy(() -> CatalogueCsv.readExtension(fixture(), null, null, CsvSource.of("m.csv", metrics)))
                .isInstanceOfSatisfying(
                        CatalogueException.class,
                        e -> assertThat(e.problems())
                                .extracting(CatalogueProblem::toString)
                                .containsExactly(
                                        "m.csv row 2 (refs) outcomes='S9': no framework box has this id",
                                        "m.csv row 2 (refs) outcomes='I-VS': box I-VS is a impact, not an outcome",
                                        "m.csv row 2 (refs) impacts='S5': box S5 is a outcome, not an impact"));
    }

    @Test
    void reportsOverlappingVersionsAndUnknownOrMissingColumns() {
        String metrics = HEADER
                + "dtoc_days,2,DTOC revised,,,,,crude_rate,per 100000,100000,lower_is_better,byars,monthly,,,official_statistics,national,2019-20,,,,,,,both,,,yes,\n";
        String framework = "id,layer,text,colour\nL1,outcome,Local outcome,red\n";

        assertThatThrownBy(() -> CatalogueCsv.readExtension(
                        fixture(),
                        CsvSource.of("framework.csv", framework),
                        null,
                        CsvSource.of("metrics.csv", metrics)))
                .isInstanceOfSatisfying(
                        CatalogueException.class,
                        e -> assertThat(e.problems())
                                .extracting(CatalogueProblem::toString)
                                .containsExactlyInAnyOrder(
                                        "framework.csv row 1 colour: unknown column",
                                        "framework.csv row 1 group: required column is missing",
                                        "metrics.csv row 2 (dtoc_days) valid_from='from 2019-20': overlaps version 1 (2015-16 to 2019-20): versions of a metric cannot apply to the same year"));
    }

    @Test
    void reportsMalformedCsvAsAProblem() {
        assertThatThrownBy(
                        () -> CatalogueCsv.read(CsvSource.of("framework.csv", "id,layer\n\"P1,outcome\n"), null, null))
                .isInstanceOfSatisfying(
                        CatalogueException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.file()).isEqualTo("framework.csv");
                            assertThat(p.row()).isEqualTo(2);
                            assertThat(p.reason()).contains("unterminated quote");
                        }));
    }

    @Test
    void extensionAddsBoxesLinksAndLaterVersions() {
        String framework =
                "id,layer,group,parent,text,source\nL1,outcome,local,,People in Anytown get home sooner,Anytown plan\n";
        String metrics = HEADER
                + "dtoc_days,2,DTOC revised,,,,,crude_rate,per 100000,100000,lower_is_better,byars,monthly,,,official_statistics,national,2020-21,,L1,,,,,both,,,no,Local reading\n";

        Catalogue merged = CatalogueCsv.readExtension(
                fixture(), CsvSource.of("framework.csv", framework), null, CsvSource.of("metrics.csv", metrics));

        Metric dtoc = merged.metric("dtoc_days").orElseThrow();
        assertThat(dtoc.versions()).extracting(MetricDefinition::version).containsExactly(1, 2);
        assertThat(dtoc.versionFor(Period.parse("Q3 2018-19")))
                .map(MetricDefinition::version)
                .contains(1);
        assertThat(dtoc.versionFor(Period.parse("2020-05")))
                .map(MetricDefinition::version)
                .contains(2);
        assertThat(dtoc.versionFor(Period.parse("2014-15"))).isEmpty();
        assertThat(merged.metricsForOutcome("L1")).extracting(Metric::id).containsExactly("dtoc_days");
        assertThat(fixture().framework().contains("L1")).isFalse();
    }

    @Test
    void shippedCatalogueLoadsWithoutProblemsWhenPresent() {
        assumeThat(BuiltInCatalogue.class.getResource(BuiltInCatalogue.LOCATION + "metrics.csv"))
                .as("the shipped catalogue files")
                .isNotNull();

        Catalogue catalogue = BuiltInCatalogue.load();

        assertThat(catalogue.framework().outcomes()).isNotEmpty();
        assertThat(catalogue.metrics()).isNotEmpty();
    }

    @Test
    void missingBuiltInFilesAreReportedClearly() {
        assertThatThrownBy(() -> BuiltInCatalogue.load("/nowhere/"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/nowhere/framework.csv");
    }

    @Test
    void metricsListOnlyTheirOwnVersions() {
        assertThat(List.of(fixture().metric("discharge_usual").orElseThrow().versions()))
                .hasSize(1);
    }
}
