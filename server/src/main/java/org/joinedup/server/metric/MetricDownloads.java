package org.joinedup.server.metric;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.core.catalogue.Metric;
import org.joinedup.core.geography.Area;

/**
 * The values table as CSV and as an Excel workbook: one row per period, the figures unrounded, each
 * revised value with the one it replaced and when, and the Open Government Licence attribution.
 */
final class MetricDownloads {
    static final String ATTRIBUTION = "Contains public sector information licensed under the Open Government"
            + " Licence v3.0: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

    static final List<String> COLUMNS = List.of(
            "metric",
            "title",
            "area_code",
            "area_name",
            "period",
            "value",
            "lower_95",
            "upper_95",
            "numerator",
            "denominator",
            "status",
            "added_up",
            "revision",
            "previous_value",
            "revised_at",
            "recorded_at");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private MetricDownloads() {}

    /** One list of cells per row (String, Double, Integer or Boolean; null for empty), without the header. */
    static List<List<Object>> cells(Metric metric, Area area, List<ValueRow> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (ValueRow r : rows) {
            List<Object> cells = new ArrayList<>();
            cells.add(metric.id());
            cells.add(metric.versionFor(r.period()).orElse(metric.latest()).title());
            cells.add(area.code());
            cells.add(area.name());
            cells.add(r.period().label());
            cells.add(r.value());
            cells.add(r.lower95());
            cells.add(r.upper95());
            cells.add(r.numerator());
            cells.add(r.denominator());
            cells.add(r.status());
            cells.add(r.rolledUp() ? "yes" : "no");
            cells.add(r.revision() == 0 ? null : r.revision());
            cells.add(r.previousValue());
            cells.add(r.revisedAt() == null ? null : TIME.format(r.revisedAt().atZone(ValuesTable.LONDON)));
            cells.add(r.recordedAt() == null ? null : TIME.format(r.recordedAt().atZone(ValuesTable.LONDON)));
            out.add(cells);
        }
        return out;
    }

    static String csv(Metric metric, Area area, List<ValueRow> rows) {
        StringBuilder out = new StringBuilder();
        line(out, new ArrayList<>(COLUMNS));
        for (List<Object> cells : cells(metric, area, rows)) {
            line(out, cells);
        }
        List<Object> attribution = new ArrayList<>();
        attribution.add(ATTRIBUTION);
        while (attribution.size() < COLUMNS.size()) {
            attribution.add(null);
        }
        line(out, attribution);
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String field(Object cell) {
        if (cell == null) {
            return "";
        }
        String text = cell instanceof Double d ? number(d) : cell.toString();
        // Quote anything a spreadsheet could misread: separators, quotes, and leading formula characters.
        boolean formula = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(cell instanceof Double);
        if (formula) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** The shortest text that reads back as the same double, without an exponent for ordinary sizes. */
    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    static byte[] xlsx(Metric metric, Area area, List<ValueRow> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Values");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(COLUMNS.get(c));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (List<Object> cells : cells(metric, area, rows)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else if (value instanceof Integer i) {
                        row.createCell(c).setCellValue(i);
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            sheet.createRow(r + 1).createCell(0).setCellValue(ATTRIBUTION);
            sheet.createFreezePane(0, 1);
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the workbook", e);
        }
    }
}
