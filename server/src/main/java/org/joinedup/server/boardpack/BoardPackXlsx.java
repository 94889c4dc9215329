package org.joinedup.server.boardpack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The board pack as a spreadsheet with the PDF's figures: a Summary sheet (one row per metric and section)
 * and a Values sheet (each metric page's recent values, with England's). Published values are numbers; a
 * suppressed or missing value leaves the number empty and says why in the next column, never 0.
 */
final class BoardPackXlsx {
    static final String SUMMARY = "Summary";
    static final String VALUES = "Values";

    private BoardPackXlsx() {}

    static byte[] write(BoardPack pack) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            summary(book.createSheet(SUMMARY), pack, styles);
            values(book.createSheet(VALUES), pack, styles);
            var properties = book.getProperties().getCoreProperties();
            properties.setTitle(pack.title());
            properties.setCreator("JoinedUp");
            properties.setDescription(BoardPack.ATTRIBUTION);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the board pack spreadsheet", e);
        }
    }

    private record Styles(CellStyle title, CellStyle header) {
        Styles(Workbook book) {
            this(style(book, 14), style(book, 0));
        }

        private static CellStyle style(Workbook book, int size) {
            Font font = book.createFont();
            font.setBold(true);
            if (size > 0) {
                font.setFontHeightInPoints((short) size);
            }
            CellStyle style = book.createCellStyle();
            style.setFont(font);
            return style;
        }
    }

    private static int heading(Sheet sheet, BoardPack pack, String what, Styles styles) {
        int r = 0;
        cell(sheet.createRow(r++), 0, pack.title() + ": " + what).setCellStyle(styles.title());
        cell(sheet.createRow(r++), 0, "Area: " + pack.area().name() + " (" + pack.areaDescription() + ")");
        cell(sheet.createRow(r++), 0, "Period: " + pack.periodText() + "; figures " + pack.asAtText());
        cell(sheet.createRow(r++), 0, "Generated: " + pack.generatedText());
        cell(sheet.createRow(r++), 0, BoardPack.ATTRIBUTION + " " + BoardPack.LICENCE_URL);
        cell(
                sheet.createRow(r++),
                0,
                "Disclosure control: counts of 1 to 7 below England are suppressed (the value is"
                        + " left empty and the note says so, never 0); larger counts are rounded to the nearest 5.");
        return r + 1;
    }

    private static void summary(Sheet sheet, BoardPack pack, Styles styles) {
        int r = heading(sheet, pack, "whole-system summary", styles);
        header(
                sheet.createRow(r++),
                styles,
                List.of(
                        "Section",
                        "Metric id",
                        "Metric",
                        "Value",
                        "Value as shown",
                        "Note",
                        "Period",
                        "Compared with England",
                        "Variation",
                        "Assurance",
                        "Plan",
                        "Data quality",
                        "Commentary"));
        for (PackSection section : pack.sections()) {
            for (PackRow row : section.rows()) {
                Row out = sheet.createRow(r++);
                cell(out, 0, section.title());
                cell(out, 1, row.metricId());
                cell(out, 2, row.title());
                number(out, 3, row.figure().value());
                cell(out, 4, row.figure().text());
                cell(out, 5, row.figure().note());
                cell(out, 6, row.period());
                cell(out, 7, row.vsEngland());
                cell(out, 8, row.figure().hasValue() ? row.variationText() : "");
                cell(out, 9, row.figure().hasValue() ? row.assuranceText() : "");
                cell(out, 10, row.plan());
                cell(out, 11, row.kiteMark());
                cell(out, 12, commentary(pack, row.metricId()));
            }
        }
        widths(sheet, 24, 22, 50, 12, 18, 24, 12, 22, 28, 24, 30, 12, 60);
    }

    private static String commentary(BoardPack pack, String metricId) {
        return pack.metrics().stream()
                .filter(p -> p.row().metricId().equals(metricId) && p.commentary() != null)
                .map(p -> p.commentary().whatHappened())
                .findFirst()
                .orElse("");
    }

    private static void values(Sheet sheet, BoardPack pack, Styles styles) {
        int r = heading(sheet, pack, "recent values", styles);
        header(
                sheet.createRow(r++),
                styles,
                List.of(
                        "Metric id",
                        "Metric",
                        "Period",
                        "Value",
                        "Value as shown",
                        "Note",
                        "Lower 95% CI",
                        "Upper 95% CI",
                        "England",
                        "England as shown",
                        "SPC"));
        for (MetricPage page : pack.metrics()) {
            for (ValueRow v : page.values()) {
                Row out = sheet.createRow(r++);
                cell(out, 0, page.row().metricId());
                cell(out, 1, page.title());
                cell(out, 2, v.period());
                number(out, 3, v.figure().value());
                cell(out, 4, v.figure().text());
                cell(out, 5, v.figure().note());
                number(out, 6, v.lower95());
                number(out, 7, v.upper95());
                number(out, 8, v.england().value());
                cell(out, 9, v.england().text());
                cell(out, 10, v.spc());
            }
        }
        widths(sheet, 22, 50, 12, 12, 18, 24, 12, 12, 12, 16, 28);
    }

    private static void header(Row row, Styles styles, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            cell(row, i, names.get(i)).setCellStyle(styles.header());
        }
    }

    private static Cell cell(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text == null ? "" : text);
        return cell;
    }

    /** A number, or an empty cell (never 0) when there is none. */
    private static void number(Row row, int column, Double value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }
}
