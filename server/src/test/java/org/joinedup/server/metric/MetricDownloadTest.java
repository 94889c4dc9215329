package org.joinedup.server.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.server.StoreTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The values table as CSV and Excel, for Newcastle upon Tyne Hospitals (RTD), whose February 2019 A&E figures
 * come straight from the shipped file: 19,035 attendances, 17,691 within four hours.
 */
class MetricDownloadTest extends StoreTestSupport {
    private static final double FEB_2019 = 100.0 * 17_691 / 19_035;

    @Autowired
    MockMvc mvc;

    @Test
    void csvHasEveryPeriodUnroundedAndTheLicence() throws Exception {
        MvcResult result = mvc.perform(get("/metrics/ae_4hr.csv").param("area", "RTD"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"ae_4hr-RTD.csv\""))
                .andReturn();
        List<String> lines = result.getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", MetricDownloads.COLUMNS));
        String february =
                lines.stream().filter(l -> l.contains(",2019-02,")).findFirst().orElseThrow();
        List<String> cells = cells(february);
        assertThat(cells.get(0)).isEqualTo("ae_4hr");
        assertThat(cells.get(1)).isEqualTo("A&E: attendances admitted, transferred or discharged within 4 hours");
        assertThat(cells.get(2)).isEqualTo("RTD");
        assertThat(cells.get(3)).isEqualTo("The Newcastle Upon Tyne Hospitals NHS Foundation Trust");
        assertThat(Double.parseDouble(cells.get(5))).isCloseTo(FEB_2019, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Double.parseDouble(cells.get(6))).isBetween(92.0, FEB_2019);
        assertThat(Double.parseDouble(cells.get(7))).isBetween(FEB_2019, 94.0);
        assertThat(cells.subList(8, 13)).containsExactly("17691", "19035", "final", "no", "1");
        // April 2016 to March 2019, newest first, then the licence
        assertThat(lines).hasSize(1 + 36 + 1);
        assertThat(cells(lines.get(1)).get(4)).isEqualTo("2019-03");
        assertThat(lines.get(lines.size() - 1)).startsWith(MetricDownloads.ATTRIBUTION);
    }

    @Test
    void xlsxHoldsTheSameFiguresAsNumbers() throws Exception {
        MvcResult result = mvc.perform(get("/metrics/ae_4hr.xlsx").param("area", "RTD"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MetricController.XLSX.toString()))
                .andReturn();
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheet("Values");
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("value");
            Row february = null;
            for (Row row : sheet) {
                if (row.getCell(4) != null && "2019-02".equals(row.getCell(4).getStringCellValue())) {
                    february = row;
                }
            }
            assertThat(february).isNotNull();
            assertThat(february.getCell(5).getNumericCellValue())
                    .isCloseTo(FEB_2019, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(february.getCell(8).getNumericCellValue()).isEqualTo(17_691);
            assertThat(february.getCell(9).getNumericCellValue()).isEqualTo(19_035);
            assertThat(february.getCell(10).getStringCellValue()).isEqualTo("final");
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue())
                    .isEqualTo(MetricDownloads.ATTRIBUTION);
        }
    }

    @Test
    void anAreaWithoutDataGivesTheHeaderAndTheLicenceOnly() throws Exception {
        String csv = mvc.perform(get("/metrics/ae_4hr.csv").param("area", "E06000001"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(2);
    }

    /** The cells of a CSV line, with quoted fields. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
