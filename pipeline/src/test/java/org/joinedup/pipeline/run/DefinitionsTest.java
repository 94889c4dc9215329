package org.joinedup.pipeline.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joinedup.pipeline.EngineSettings;
import org.joinedup.pipeline.MetricRow;
import org.joinedup.pipeline.duckdb.DuckDbEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every built-in definition on {@link PipelineFixture}, over April, May and June 2024 and the financial
 * year 2024-25 (the definitions take whatever periods they are given). Expected numbers are worked out
 * by hand from the fixture's table; the reason is next to each.
 */
class DefinitionsTest {
    /** Months and a financial year in one periods table: the definitions do not care about the grain. */
    static final String PERIODS = """
            period,start_date,end_date
            2024-04,2024-04-01,2024-04-30
            2024-05,2024-05-01,2024-05-31
            2024-06,2024-06-01,2024-06-30
            2024-25,2024-04-01,2025-03-31
            """;

    static final String CITY = "E09000001";
    static final String HARTLEPOOL = "E06000001";

    @TempDir
    static Path temp;

    private static final Map<String, List<MetricRow>> ROWS = new HashMap<>();

    /** Registers the fixture, the shipped reference tables and the periods on an engine. */
    static void register(org.joinedup.pipeline.Engine engine, Path folder) throws Exception {
        PipelineRun.findInputs(PipelineFixture.writeCsv(folder.resolve("input")))
                .forEach(engine::register);
        ReferenceTables.fromFolder(PipelineFixture.OPENDATA, folder.resolve("reference"))
                .forEach(engine::register);
        engine.register("periods", Files.writeString(folder.resolve("periods.csv"), PERIODS));
    }

    @BeforeAll
    static void runAll() throws Exception {
        try (DuckDbEngine engine = new DuckDbEngine(new EngineSettings("256MB", 1))) {
            register(engine, temp);
            for (Definition d : Definition.builtIns()) {
                ROWS.put(d.metricId(), engine.run(d.query()));
            }
        }
    }

    @AfterAll
    static void clear() {
        ROWS.clear();
    }

    private static void assertRow(String metric, String area, String period, String breakdown, double num, double den) {
        assertThat(ROWS.get(metric))
                .as(metric + " " + area + " " + period + " [" + breakdown + "]")
                .contains(new MetricRow(metric, area, period, breakdown, num, den));
    }

    private static void assertNoRow(String metric, String area, String period, String breakdown) {
        assertThat(ROWS.get(metric))
                .noneMatch(r -> r.areaCode().equals(area)
                        && r.period().equals(period)
                        && r.breakdown().equals(breakdown));
    }

    @Test
    void everyBuiltInDefinitionHasAVersionAndExpandsToPortableSql() {
        assertThat(Definition.builtIns()).hasSize(17).allSatisfy(d -> {
            assertThat(d.version()).isPositive();
            assertThat(SqlTemplates.withoutCommentsAndStrings(d.query().sql()))
                    .doesNotContain("@")
                    .doesNotContain("days_between");
        });
    }

    @Test
    void emergencyAdmissionsAllAges() {
        // April: S1, S2 (P1), S5 (P4, City until 30 April) in the City; S7 (P6) in Hartlepool; S8 unknown person.
        assertRow("emergency_admissions_per_100k", CITY, "2024-04", "", 3, 5);
        assertRow("emergency_admissions_per_100k", HARTLEPOOL, "2024-04", "", 1, 2);
        assertRow("emergency_admissions_per_100k", "A81001", "2024-04", "", 2, 3);
        assertRow("emergency_admissions_per_100k", "A81002", "2024-04", "", 1, 3);
        // May: P4 moved on 1 May, so S9 counts for Hartlepool, and the City has 4 residents; S4 twice counts once.
        assertRow("emergency_admissions_per_100k", CITY, "2024-05", "", 1, 4);
        assertRow("emergency_admissions_per_100k", HARTLEPOOL, "2024-05", "", 1, 3);
        // June: P5 died in May, so A81002 has 2 registered and no admissions.
        assertRow("emergency_admissions_per_100k", "A81002", "2024-06", "", 0, 2);
        // The year: S1, S2, S5, S4, S10, S11, S12, S13 in the City; residents on 1 April.
        assertRow("emergency_admissions_per_100k", CITY, "2024-25", "", 8, 5);
        // Breakdowns: P1's two April admissions are women's; City women on 1 April are P1, P3, P7.
        assertRow("emergency_admissions_per_100k", CITY, "2024-04", "sex=F", 2, 3);
        assertRow("emergency_admissions_per_100k", CITY, "2024-04", "age=75-84", 3, 2);
        // Frailty on 1 April: P1 intermediate (H0: F00 7.1 + R29 3.6 + N39 3.2 = 13.9), others low.
        assertRow("emergency_admissions_per_100k", CITY, "2024-04", "frailty=intermediate", 2, 1);
        assertRow("emergency_admissions_per_100k", CITY, "2024-04", "frailty=low", 1, 4);
        // IMD: E01000001 decile 9 and E01000002 decile 10 are quintile 5; Hartlepool's E01011950 decile 1.
        assertRow("emergency_admissions_per_100k", CITY, "2024-04", "imd_quintile=5", 3, 5);
        assertRow("emergency_admissions_per_100k", HARTLEPOOL, "2024-04", "imd_quintile=1", 1, 2);
        // P6 has no practice: no row for a practice, and no practice code at all.
        assertThat(ROWS.get("emergency_admissions_per_100k"))
                .extracting(MetricRow::areaCode)
                .containsOnly(CITY, HARTLEPOOL, "A81001", "A81002");
    }

    @Test
    void emergencyAdmissionsOf65AndOver() {
        // P3 (64) and P6 (34) are not counted, nor in the population.
        assertRow("emergency_admissions_65", CITY, "2024-04", "", 3, 4);
        assertRow("emergency_admissions_65", CITY, "2024-05", "", 0, 3);
        assertRow("emergency_admissions_65", HARTLEPOOL, "2024-04", "", 0, 1);
    }

    @Test
    void nonElectiveAdmissionsIncludeTransfers() {
        // S6 (81, a transfer) and S9 in May for A81002; S3 (elective) not.
        assertRow("nea_per_100k", "A81002", "2024-05", "", 2, 3);
        assertRow("nea_per_100k", "A81001", "2024-05", "", 1, 3);
    }

    @Test
    void bedDaysCountInTheMonthOfDischarge() {
        // S1 17 days, discharged in April; S2 4 + S5 4 in May; S9 23 days for Hartlepool in June.
        assertRow("emergency_bed_days_per_1000", CITY, "2024-04", "", 17, 5);
        assertRow("emergency_bed_days_per_1000", CITY, "2024-05", "", 8, 4);
        assertRow("emergency_bed_days_per_1000", HARTLEPOOL, "2024-06", "", 23, 2);
        // Total bed days add S6 (transfer, 5 days) in May for Hartlepool and S3 (elective, 0 days).
        assertRow("total_bed_days_per_1000", HARTLEPOOL, "2024-05", "", 5, 3);
        assertRow("total_bed_days_per_1000", CITY, "2024-05", "", 8, 4);
    }

    @Test
    void readmissionsWithin30Days() {
        // S1 (discharged 20 April) is followed by S2 8 days later.
        assertRow("emergency_readmissions_30_days", CITY, "2024-04", "", 1, 1);
        // May discharges S2, S3, S5: S5 is followed by S9 16 days later; S3 by S10 35 days later (too late).
        assertRow("emergency_readmissions_30_days", CITY, "2024-05", "", 1, 3);
        // S6 ended in death: not an index discharge.
        assertNoRow("emergency_readmissions_30_days", HARTLEPOOL, "2024-05", "");
    }

    @Test
    void fallsByFiveYearAgeBandWithoutATotal() {
        // S1: P1, 83, S72.0 with W19; S5: P4, 79, S720 with W010.
        assertRow("falls_65_dsr", "A81001", "2024-04", "age=80-84", 1, 1);
        assertRow("falls_65_dsr", "A81001", "2024-04", "age=80-84;sex=F", 1, 1);
        assertRow("falls_65_dsr", "A81002", "2024-04", "age=75-79", 1, 1);
        assertRow("falls_65_dsr", "A81002", "2024-04", "age=90+", 0, 1);
        assertRow("falls_65_dsr", CITY, "2024-04", "age=75-79;imd_quintile=5", 1, 1);
        assertThat(ROWS.get("falls_65_dsr")).allMatch(r -> r.breakdown().startsWith("age="));
    }

    @Test
    void chronicAmbulatoryCareSensitiveConditions() {
        // S2 J44 (COPD) in April, S4 I50 (heart failure) in May, S11 I48 (AF) in October; S9 J18 is not chronic.
        assertRow("chronic_acsc_admissions", CITY, "2024-04", "", 1, 5);
        assertRow("chronic_acsc_admissions", CITY, "2024-25", "", 3, 5);
        assertRow("chronic_acsc_admissions", HARTLEPOOL, "2024-25", "", 0, 2);
    }

    @Test
    void stillAtHome91DaysAfterDischargeIntoReablement() {
        // P1 (S11, reablement 2 days later) is at home; P2 (S12) is back in hospital (S13) on day 91.
        assertRow("reablement_91_days", CITY, "2024-25", "", 1, 2);
        assertRow("reablement_91_days", "A81001", "2024-25", "sex=M", 0, 1);
        // No October to December discharge falls in the months April to June.
        assertNoRow("reablement_91_days", CITY, "2024-04", "");
    }

    @Test
    void permanentAdmissionsToCareOf65AndOver() {
        // C2 (P4, 79, council) in June; C3 is a transfer; C4 is self-funded.
        assertRow("res_admissions_65", HARTLEPOOL, "2024-06", "", 1, 1);
        assertRow("res_admissions_65", "A81002", "2024-25", "", 1, 3);
        assertRow("res_admissions_65", CITY, "2024-25", "", 0, 4);
    }

    @Test
    void dischargeToUsualPlaceOfResidence() {
        // May: S2, S3, S5 home; S6 died (left out). June Hartlepool: S9 to a care home (54).
        assertRow("discharge_usual_residence", CITY, "2024-05", "", 3, 3);
        assertRow("discharge_usual_residence", HARTLEPOOL, "2024-06", "", 0, 1);
    }

    @Test
    void lengthOfStay14And21Days() {
        assertRow("los_14_plus", CITY, "2024-04", "", 1, 1); // S1 17 days
        assertRow("los_21_plus", CITY, "2024-04", "", 0, 1);
        assertRow("los_21_plus", HARTLEPOOL, "2024-06", "", 1, 1); // S9 23 days
        // P6 (34) is an adult: S7 counts in the denominator.
        assertRow("los_14_plus", HARTLEPOOL, "2024-04", "", 0, 1);
    }

    @Test
    void dischargeDelayAfterTheReadyDate() {
        assertRow("discharge_delay_average_days", CITY, "2024-04", "", 5, 1); // S1 ready 15th, out 20th
        assertRow("discharge_delay_average_days", HARTLEPOOL, "2024-06", "", 13, 1); // S9 30 May to 12 June
        assertNoRow("discharge_delay_average_days", CITY, "2024-05", ""); // no ready dates in May
    }

    @Test
    void ninetiethPercentileLengthOfStay() {
        // May, City: S2 4 days, S5 4 days: the percentile is 4, carried as 8 / 2.
        assertRow("los_90th_pct_emergency_65", CITY, "2024-05", "", 8, 2);
        // The year, City: 4, 4, 4, 4, 9, 9, 17 (S2, S5, S10, S12, S11, S13, S1): rank 7 of 7 is 17.
        assertRow("los_90th_pct_emergency_65", CITY, "2024-25", "", 119, 7);
    }

    @Test
    void weekendDischarges() {
        // June: S4 (Sunday 2 June) and S10 (Sunday 9 June); May: S5 (Saturday 4 May) but not S2 (Thursday).
        assertRow("weekend_discharges_pct", CITY, "2024-06", "", 2, 2);
        assertRow("weekend_discharges_pct", CITY, "2024-05", "", 1, 2);
    }

    @Test
    void deathsInTheUsualPlaceOfResidence() {
        assertRow("deaths_usual_residence_65", HARTLEPOOL, "2024-05", "", 0, 1); // P5 died in hospital (S6, 79)
        assertRow("deaths_usual_residence_65", CITY, "2024-06", "", 1, 1); // P7 at home
        assertRow("deaths_usual_residence_65", "A81002", "2024-25", "", 1, 2);
    }
}
