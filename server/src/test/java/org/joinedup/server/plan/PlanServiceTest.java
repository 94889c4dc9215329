package org.joinedup.server.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.core.period.Period;
import org.joinedup.core.plan.PlanKind;
import org.joinedup.core.plan.TrajectoryPoint;
import org.joinedup.server.StoreTestSupport;
import org.joinedup.server.store.PlanStore;
import org.joinedup.server.store.StoredPlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Plan submissions through the real store: accepted, refused, revised and re-submitted unchanged. */
class PlanServiceTest extends StoreTestSupport {
    static final String HEADER = "metric,area_code,financial_year,period,value,kind\n";

    /** Darlington, an upper-tier local authority: a Health and Wellbeing Board area. */
    static final String AREA = "E06000005";

    @Autowired
    PlanService plans;

    @Autowired
    PlanStore store;

    @Autowired
    JdbcTemplate jdbc;

    record PlanCounts(long plans, long points, long submissions) {}

    PlanCounts planCounts() {
        return new PlanCounts(
                jdbc.queryForObject("select count(*) from plan", Long.class),
                jdbc.queryForObject("select count(*) from plan_point", Long.class),
                jdbc.queryForObject("select count(*) from plan_submission", Long.class));
    }

    private PlanReport submit(String file, String csv) {
        return plans.submit(file, csv.getBytes(StandardCharsets.UTF_8), "test", "tester");
    }

    /** A quarterly plan for emergency admissions 65+ and a dementia diagnosis target, for one year. */
    static String bcfPlan(String year, double q2) {
        return HEADER
                + "emergency_admissions_65," + AREA + "," + year + ",,2010,plan\n"
                + "emergency_admissions_65," + AREA + "," + year + ",Q1 " + year + ",500,plan\n"
                + "emergency_admissions_65," + AREA + "," + year + ",Q2 " + year + "," + q2 + ",plan\n"
                + "emergency_admissions_65," + AREA + "," + year + ",Q3 " + year + ",520,plan\n"
                + "emergency_admissions_65," + AREA + "," + year + ",Q4 " + year + ",510,plan\n"
                + "dementia_diagnosis_65," + AREA + "," + year + ",,66.7,target\n";
    }

    @Test
    void aPlanWithItsTrajectoryAndATargetAreStored() {
        PlanReport report = submit("bcf-2022-23.csv", bcfPlan("2022-23", 480));
        assertThat(report.accepted()).as(report.problems().toString()).isTrue();
        assertThat(report.rows()).isEqualTo(6);
        assertThat(report.plans()).isEqualTo(2);
        assertThat(report.added()).isEqualTo(2);
        assertThat(report.summary()).startsWith("bcf-2022-23.csv: 6 rows, 2 plans; 2 new, 0 revised, 0 unchanged");

        Period year = Period.financialYear(2022);
        StoredPlan plan = store.current("emergency_admissions_65", AREA, year, PlanKind.PLAN)
                .orElseThrow();
        assertThat(plan.plan().annualValue()).isEqualTo(2010.0);
        assertThat(plan.plan().trajectory())
                .containsExactly(
                        new TrajectoryPoint(Period.quarter(2022, 1), 500),
                        new TrajectoryPoint(Period.quarter(2022, 2), 480),
                        new TrajectoryPoint(Period.quarter(2022, 3), 520),
                        new TrajectoryPoint(Period.quarter(2022, 4), 510));
        assertThat(plan.plan().source()).isEqualTo("bcf-2022-23.csv");
        assertThat(plan.revision()).isEqualTo(1);
        assertThat(plan.definitionVersion()).isEqualTo(1);
        StoredPlan target = store.current("dementia_diagnosis_65", AREA, year, PlanKind.TARGET)
                .orElseThrow();
        assertThat(target.plan().annualValue()).isEqualTo(66.7);
        assertThat(target.plan().trajectory()).isEmpty();
        assertThat(store.current("dementia_diagnosis_65", AREA, year, PlanKind.PLAN))
                .isEmpty();
        assertThat(store.current(null, AREA, year)).hasSize(2);
    }

    @Test
    void anIdenticalResubmissionStoresNothingAndSaysSo() {
        assertThat(submit("first.csv", bcfPlan("2021-22", 480)).added()).isEqualTo(2);
        PlanCounts before = planCounts();
        // The same plans, rows in another order, another file name and a source text: still identical.
        String reordered = HEADER
                + "dementia_diagnosis_65," + AREA + ",2021/22,,66.7,TARGET\n"
                + "emergency_admissions_65," + AREA + ",2021-2022,Q4 2021-22,510,\n"
                + "emergency_admissions_65," + AREA + ",2021-22,Q3 2021-22,520,plan\n"
                + "emergency_admissions_65," + AREA + ",2021-22,Q2 2021-22,480.0,plan\n"
                + "emergency_admissions_65," + AREA + ",2021-22,Q1 2021-22,500,plan\n"
                + "emergency_admissions_65," + AREA + ",2021-22,,\"2,010\",plan\n";
        PlanReport again = submit("again.csv", reordered);
        assertThat(again.accepted()).as(again.problems().toString()).isTrue();
        assertThat(again.added() + again.revised()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.submissionId()).isNull();
        assertThat(again.summary())
                .isEqualTo("again.csv: all 2 plans are identical to what is already held; nothing new was stored.");
        assertThat(planCounts()).isEqualTo(before);
    }

    @Test
    void aChangedPlanIsANewRevisionAndTheOldOneIsKept() throws InterruptedException {
        Period year = Period.financialYear(2023);
        assertThat(submit("v1.csv", bcfPlan("2023-24", 480)).added()).isEqualTo(2);
        Instant between = Instant.now();
        Thread.sleep(20);
        PlanReport second = submit("v2.csv", bcfPlan("2023-24", 470));
        assertThat(second.revised()).isEqualTo(1);
        assertThat(second.unchanged()).isEqualTo(1);

        StoredPlan now = store.current("emergency_admissions_65", AREA, year, PlanKind.PLAN)
                .orElseThrow();
        assertThat(now.revision()).isEqualTo(2);
        assertThat(now.plan().planned(Period.quarter(2023, 2))).contains(470.0);

        List<StoredPlan> history = store.history("emergency_admissions_65", AREA, year, PlanKind.PLAN);
        assertThat(history).extracting(StoredPlan::revision).containsExactly(1, 2);
        assertThat(history.get(0).isCurrent()).isFalse();
        assertThat(history.get(0).supersededAt())
                .isAfterOrEqualTo(history.get(0).recordedAt());
        assertThat(history.get(0).plan().planned(Period.quarter(2023, 2))).contains(480.0);
        assertThat(history.get(0).plan().trajectory()).hasSize(4);

        assertThat(store.asAt("emergency_admissions_65", AREA, year, between))
                .singleElement()
                .satisfies(p -> assertThat(p.revision()).isEqualTo(1));
        // The target did not change: still its first revision.
        assertThat(store.history("dementia_diagnosis_65", AREA, year, PlanKind.TARGET))
                .singleElement()
                .satisfies(p -> assertThat(p.isCurrent()).isTrue());
    }

    @Test
    void everyProblemIsListedWithFileRowColumnValueAndReasonAndNothingIsStored() {
        PlanCounts before = planCounts();
        String csv = HEADER
                + "no_such_metric," + AREA + ",2024-25,,1,plan\n" // 2
                + "nea_per_100k," + AREA + ",2024-25,,1,plan\n" // 3
                + "emergency_admissions_65,E10000002,2024-25,,2010,plan\n" // 4
                + "emergency_admissions_65," + AREA + ",2024-25,2024-05,170,plan\n" // 5
                + "emergency_admissions_65," + AREA + ",2024-25,Q1 2023-24,500,plan\n" // 6
                + "emergency_admissions_65," + AREA + ",2024-25,Q2 2024-25,abc,plan\n" // 7
                + "emergency_admissions_65," + AREA + ",2024-25,,2010,plan\n" // 8
                + "emergency_admissions_65," + AREA + ",2024-25,,2000,plan\n" // 9
                + "emergency_admissions_65," + AREA + ",2024-25,,2010,goal\n" // 10
                + "emergency_admissions_65," + AREA + ",2024,,2010,plan\n" // 11
                + "dementia_diagnosis_65," + AREA + ",2024-25,,120,target\n" // 12
                + "dementia_diagnosis_65,RF4,2024-25,,66.7,target\n" // 13
                + "discharge_delay_average_days," + AREA + ",2025-26,2025-04,9.5,plan\n" // 14
                + "emergency_admissions_65," + AREA + ",2024-25,2024-25,2010,plan\n"; // 15
        PlanReport report = submit("bad.csv", csv);
        assertThat(report.accepted()).isFalse();
        assertThat(report.summary()).isEqualTo("bad.csv was refused: 13 problems; nothing was stored.");
        assertThat(report.problems())
                .extracting(Object::toString)
                .containsExactly(
                        "bad.csv, row 2, column metric, value 'no_such_metric': unknown metric: not in the catalogue",
                        "bad.csv, row 3, column financial_year, value '2024-25': metric nea_per_100k has no definition"
                                + " valid in 2024-25 (versions: 2015-16 to 2019-20)",
                        "bad.csv, row 4, column area_code, value 'E10000002': Buckinghamshire (county council) did not"
                                + " exist throughout 2024-25 (valid to 2020-03-31)",
                        "bad.csv, row 5, column period, value '2024-05': metric emergency_admissions_65 is quarterly:"
                                + " a month period is not accepted in its trajectory",
                        "bad.csv, row 6, column period, value 'Q1 2023-24': Q1 2023-24 is not in financial year"
                                + " 2024-25",
                        "bad.csv, row 7, column value, value 'abc': not a number",
                        "bad.csv, row 9: duplicate of row 8: the same metric, area, financial year, kind and period",
                        "bad.csv, row 10, column kind, value 'goal': kind must be 'plan' or 'target' (empty means plan)",
                        "bad.csv, row 11, column financial_year, value '2024': not a financial year: write it as"
                                + " 2024-25 (or 2024/25, 2024-2025)",
                        "bad.csv, row 12, column value, value '120': a proportion cannot exceed 100",
                        "bad.csv, row 13, column area_code, value 'RF4': metric dementia_diagnosis_65 is not reported"
                                + " for areas of type trust",
                        "bad.csv, row 15, column period, value '2024-25': the financial year itself is the annual"
                                + " value: leave period empty",
                        // Whole-plan checks come after the rows.
                        "bad.csv, row 14, column period: no annual value for discharge_delay_average_days in "
                                + AREA + " for 2025-26 (plan): add a row with an empty period and the value for the"
                                + " year")
                .hasSize(13);
        assertThat(planCounts()).isEqualTo(before);
    }

    @Test
    void headerProblemsAreFoundBeforeAnyRow() {
        PlanReport report = submit("header.csv", "metric,area,financial_year,value\nx,y,2024-25,1\n");
        assertThat(report.problems())
                .extracting(Object::toString)
                .containsExactly(
                        "header.csv, row 1, column B, value 'area': unknown column; expected one of metric,"
                                + " area_code, financial_year, period, value, kind, source",
                        "header.csv, row 1, value 'area_code': required column is missing");
    }

    @Test
    void anXlsxSheetWithTheSameColumnsIsAccepted() throws IOException {
        byte[] workbook = workbook(List.of(
                List.of("metric", "area_code", "financial_year", "period", "value", "kind", "source"),
                List.of("ae_4hr", "RF4", "2024-25", "", 78.0, "target", "Urgent and emergency care plan 2024-25"),
                List.of("ae_4hr", "RF4", "2024-25", "2024-04", 76.5, "target", "")));
        PlanReport report = plans.submit("targets.xlsx", workbook, "test", "tester");
        assertThat(report.accepted()).as(report.problems().toString()).isTrue();
        StoredPlan target = store.current("ae_4hr", "RF4", Period.financialYear(2024), PlanKind.TARGET)
                .orElseThrow();
        assertThat(target.plan().annualValue()).isEqualTo(78.0);
        assertThat(target.plan().trajectory()).hasSize(1);
        assertThat(target.plan().source()).isEqualTo("Urgent and emergency care plan 2024-25");
    }

    static byte[] workbook(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("plans");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
