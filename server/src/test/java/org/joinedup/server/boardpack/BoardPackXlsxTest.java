package org.joinedup.server.boardpack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.core.assessment.Assessment;
import org.joinedup.server.StoreTestSupport;
import org.joinedup.server.assessment.AssessmentReading;
import org.joinedup.server.assessment.AssessmentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The spreadsheet board pack holds the PDF's figures: a summary sheet and a sheet of values. */
class BoardPackXlsxTest extends StoreTestSupport {
    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService assessments;

    private static String text(Row row, int column) {
        return row.getCell(column) == null ? "" : row.getCell(column).toString();
    }

    /** The rows of a sheet below its header row (the row whose first cell is {@code firstHeader}). */
    private static Map<String, Row> rowsBy(Sheet sheet, String firstHeader, int keyColumn) {
        Map<String, Row> rows = new HashMap<>();
        boolean body = false;
        for (Row row : sheet) {
            if (body) {
                rows.putIfAbsent(text(row, keyColumn), row);
            } else if (firstHeader.equals(text(row, 0))) {
                body = true;
            }
        }
        assertThat(body).as("header row of " + sheet.getSheetName()).isTrue();
        return rows;
    }

    @Test
    void anIcbSpreadsheetHoldsTheFiguresAfterDisclosureControl() throws Exception {
        byte[] xlsx = mvc.perform(get("/board-pack.xlsx").param("code", "QHM"))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string(
                                "Content-Disposition", "attachment; filename=\"board-pack-e54000050-latest.xlsx\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assessments.awaitReady(Duration.ofSeconds(60));
        AssessmentReading reading = assessments.reading(null).orElseThrow();
        Assessment attendances = reading.latest("ae_attendances", "QHM").orElseThrow();
        Assessment fourHours = reading.latest("ae_4hr", "QHM").orElseThrow();

        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetName(0)).isEqualTo("Summary");
            assertThat(book.getSheetName(1)).isEqualTo("Values");
            Sheet summary = book.getSheet("Summary");
            StringBuilder top = new StringBuilder();
            for (int r = 0; r < 6; r++) {
                top.append(text(summary.getRow(r), 0)).append('\n');
            }
            assertThat(top.toString())
                    .contains("North East and North Cumbria", "ICB, E54000050", "Open Government Licence v3.0");

            Map<String, Row> byMetric = rowsBy(summary, "Section", 1);
            // A count of an ICB is rounded to the nearest 5, as a number.
            Row a = byMetric.get("ae_attendances");
            assertThat(a.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(a.getCell(3).getNumericCellValue()).isEqualTo(5 * Math.floor((attendances.value() + 2.5) / 5));
            assertThat(text(a, 5)).isEqualTo("rounded to the nearest 5");
            assertThat(text(a, 6)).isNotBlank();
            // A proportion from rounded counts is within rounding of the true figure.
            Row p = byMetric.get("ae_4hr");
            assertThat(p.getCell(3).getNumericCellValue())
                    .isCloseTo(fourHours.value(), org.assertj.core.data.Offset.offset(0.05));
            assertThat(text(p, 4)).endsWith("%");
            // A metric with no figure for the area says so and leaves the number empty, never 0.
            Row none = byMetric.get("ascof_1d_carer_qol");
            assertThat(none.getCell(3) == null || none.getCell(3).getCellType() == CellType.BLANK)
                    .isTrue();
            assertThat(text(none, 4)).isEqualTo("no data for this period");

            Map<String, Row> values = new HashMap<>();
            boolean body = false;
            for (Row row : book.getSheet("Values")) {
                if (body) {
                    values.put(text(row, 0) + "|" + text(row, 2), row);
                } else if ("Metric id".equals(text(row, 0))) {
                    body = true;
                }
            }
            Row latestAttendances =
                    values.get("ae_attendances|" + org.joinedup.server.chart.ChartText.of(attendances.period()));
            assertThat(latestAttendances)
                    .as("latest A&E attendances in the values sheet")
                    .isNotNull();
            assertThat(latestAttendances.getCell(3).getNumericCellValue())
                    .isEqualTo(a.getCell(3).getNumericCellValue());
            Assessment englandAttendances = reading.at("ae_attendances", "E92000001", attendances.period())
                    .orElseThrow();
            assertThat(latestAttendances.getCell(8).getNumericCellValue()).isEqualTo(englandAttendances.value());
        }
    }
}
