package org.joinedup.server.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.server.StoreTestSupport;
import org.joinedup.server.store.ObservationQuery;
import org.joinedup.server.store.ObservationReader;
import org.joinedup.server.store.StoredObservation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class SubmissionServiceTest extends StoreTestSupport {
    private static final String HEADER = "metric,area_code,period,breakdown,numerator,denominator,value,status\n";

    @Autowired
    SubmissionService submissions;

    @Autowired
    ObservationReader reader;

    @Autowired
    ObservationExport export;

    @Autowired
    JdbcTemplate jdbc;

    private SubmissionReport submit(String file, String csv) {
        return submissions.submit(file, csv.getBytes(StandardCharsets.UTF_8), "test", "tester");
    }

    @Test
    void validFileIsStoredAndAnIdenticalResubmissionStoresNothing() {
        String csv = HEADER + "ae_4hr,RF4,2019-04,,900,1000,90,provisional\n"
                + "ae_4hr,RF4,2019-04,ae_type=1,700,800,,provisional\n";
        SubmissionReport first = submit("rf4-april.csv", csv);
        assertThat(first.accepted()).as(first.problems().toString()).isTrue();
        assertThat(first.added()).isEqualTo(2);

        StoreCounts before = counts(jdbc);
        SubmissionReport again = submit("rf4-april-again.csv", csv);
        assertThat(again.accepted()).isTrue();
        assertThat(again.added()).isZero();
        assertThat(again.revised()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.summary()).contains("nothing new was stored");
        assertThat(counts(jdbc)).isEqualTo(before);
    }

    @Test
    void valueIsComputedFromNumeratorAndDenominatorWhenNotGiven() {
        submit("computed.csv", HEADER + "ae_4hr,RF4,2019-05,ae_type=2,45,50,,final\n");
        StoredObservation stored = current("ae_4hr", "RF4", "2019-05", "ae_type=2");
        assertThat(stored.value()).isEqualTo(90.0);
    }

    @Test
    void changedValueWritesARevisionAndKeepsTheOldOneForAsAtReads() throws InterruptedException {
        SubmissionReport first = submit("v1.csv", HEADER + "ae_attendances,RF4,2019-06,,1000,,,provisional\n");
        assertThat(first.added()).isEqualTo(1);
        Instant between = Instant.now();
        Thread.sleep(20);
        SubmissionReport second = submit("v2.csv", HEADER + "ae_attendances,RF4,2019-06,,1010,,,final\n");
        assertThat(second.revised()).isEqualTo(1);

        StoredObservation now = current("ae_attendances", "RF4", "2019-06", "");
        assertThat(now.value()).isEqualTo(1010.0);
        assertThat(now.revision()).isEqualTo(2);
        assertThat(now.status()).isEqualTo("FINAL");

        List<StoredObservation> then = reader.read(
                new ObservationQuery(List.of("ae_attendances"), List.of("RF4"), List.of("2019-06"), true, between));
        assertThat(then).singleElement().satisfies(o -> {
            assertThat(o.value()).isEqualTo(1000.0);
            assertThat(o.revision()).isEqualTo(1);
        });
        Long kept = jdbc.queryForObject(
                "select count(*) from observation o join series s on s.id = o.series_id"
                        + " where s.metric_id = 'ae_attendances' and s.area_code = 'RF4' and o.period = '2019-06'",
                Long.class);
        assertThat(kept).isEqualTo(2);
    }

    @Test
    void odsAndOnsCodesOfTheSameAreaAreTheSameObservation() {
        // QHM is the ODS code of NHS North East and North Cumbria ICB, E54000050 its ONS code.
        SubmissionReport ods = submit("ods.csv", HEADER + "discharge_delay_patients,QHM,2023-05,,31000,31,,final\n");
        assertThat(ods.accepted()).as(ods.problems().toString()).isTrue();
        SubmissionReport ons =
                submit("ons.csv", HEADER + "discharge_delay_patients,E54000050,2023-05,,31000,31,,final\n");
        assertThat(ons.added() + ons.revised()).isZero();
    }

    @Test
    void xlsxWithTheSameColumnsIsAccepted() throws IOException {
        byte[] workbook = workbook(List.of(
                List.of("metric", "area_code", "period", "numerator", "denominator"),
                List.of("ae_4hr", "RF4", "2019-07", 950.0, 1000.0)));
        SubmissionReport report = submissions.submit("july.xlsx", workbook, "test", "tester");
        assertThat(report.accepted()).as(report.problems().toString()).isTrue();
        assertThat(current("ae_4hr", "RF4", "2019-07", "").value()).isEqualTo(95.0);
    }

    @Test
    void xlsxErrorsNameTheSpreadsheetRow() throws IOException {
        byte[] workbook = workbook(List.of(
                List.of("metric", "area_code", "period", "numerator", "denominator"),
                List.of("ae_4hr", "RF4", "2019-08", 950.0, 1000.0),
                List.of("ae_4hr", "NOPE", "2019-08", 950.0, 1000.0)));
        StoreCounts before = counts(jdbc);
        SubmissionReport report = submissions.submit("bad.xlsx", workbook, "test", "tester");
        assertThat(report.accepted()).isFalse();
        assertThat(report.problems())
                .singleElement()
                .hasToString("bad.xlsx, row 3, column area_code, value 'NOPE': unknown area: not an ODS or ONS code"
                        + " JoinedUp knows");
        assertThat(counts(jdbc)).isEqualTo(before);
    }

    @Test
    void exportReimportsUnchanged() {
        submit("for-export.csv", HEADER + "ae_4hr,RF4,2019-09,,1.5,3,50,final\n");
        StringWriter out = new StringWriter();
        long rows = export.write(new ObservationExport.Request(List.of(), List.of(), List.of(), null), out);
        assertThat(rows).isGreaterThan(50_000);
        StoreCounts before = counts(jdbc);
        SubmissionReport reimport = submit("export.csv", out.toString());
        assertThat(reimport.accepted())
                .as(reimport.problems()
                        .subList(0, Math.min(5, reimport.problems().size()))
                        .toString())
                .isTrue();
        assertThat(reimport.added() + reimport.revised()).isZero();
        assertThat(reimport.unchanged()).isEqualTo((int) rows);
        assertThat(counts(jdbc)).isEqualTo(before);
    }

    private StoredObservation current(String metric, String area, String period, String breakdown) {
        return reader.read(new ObservationQuery(List.of(metric), List.of(area), List.of(period), false, null)).stream()
                .filter(o -> o.breakdown().equals(breakdown))
                .findFirst()
                .orElseThrow();
    }

    static byte[] workbook(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("data");
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
