package org.joinedup.server.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.joinedup.core.text.Csv;
import org.joinedup.core.text.CsvFormatException;
import org.joinedup.core.text.CsvReader;
import org.joinedup.core.text.CsvRow;
import org.joinedup.server.submission.SubmissionProblem;
import org.joinedup.server.submission.XlsxRows;

/**
 * Turns a plan file (CSV in UTF-8, or the same columns on an XLSX first sheet) into raw rows, as the
 * observation submission decoder does.
 */
final class PlanDecoder {
    private PlanDecoder() {}

    /** The decoded rows and any problem found in the file's structure. */
    record Decoded(List<PlanRow> rows, List<SubmissionProblem> problems) {}

    static Decoded decode(String file, byte[] content) {
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return decodeXlsx(file, content);
        }
        if (lower.endsWith(".xls")) {
            return refused(file, "old Excel .xls files are not read: save the sheet as .xlsx or .csv");
        }
        return decodeCsv(file, content);
    }

    private static Decoded decodeCsv(String file, byte[] content) {
        if (content.length == 0) {
            return refused(file, "the file is empty: a header row is needed");
        }
        List<SubmissionProblem> problems = new ArrayList<>();
        List<PlanRow> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(
                new ByteArrayInputStream(content),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            CsvReader csv = Csv.open(reader, file);
            PlanColumns columns = PlanColumns.fromHeader(file, csv.header().names(), problems);
            if (!problems.isEmpty()) {
                return new Decoded(List.of(), problems);
            }
            while (csv.hasNext()) {
                CsvRow row = csv.next();
                rows.add(columns.row(row.number(), row.values()));
            }
        } catch (CsvFormatException e) {
            problems.add(new SubmissionProblem(file, e.row(), "", "", e.reason()));
        } catch (IOException | RuntimeException e) {
            problems.add(
                    e.getCause() instanceof CharacterCodingException || e instanceof CharacterCodingException
                            ? new SubmissionProblem(file, 0, "", "", "the file is not UTF-8 text: save it as CSV UTF-8")
                            : new SubmissionProblem(file, 0, "", "", "the file cannot be read: " + e.getMessage()));
        }
        return new Decoded(rows, problems);
    }

    private static Decoded decodeXlsx(String file, byte[] content) {
        List<List<String>> cells;
        try {
            cells = XlsxRows.read(content);
        } catch (IOException | RuntimeException e) {
            return refused(file, "the file is not a readable XLSX workbook: " + e.getMessage());
        }
        if (cells.isEmpty() || cells.get(0).isEmpty()) {
            return refused(file, "the first sheet is empty: a header row is needed");
        }
        List<SubmissionProblem> problems = new ArrayList<>();
        PlanColumns columns = PlanColumns.fromHeader(file, cells.get(0), problems);
        if (!problems.isEmpty()) {
            return new Decoded(List.of(), problems);
        }
        List<PlanRow> rows = new ArrayList<>();
        for (int r = 1; r < cells.size(); r++) {
            List<String> row = cells.get(r);
            if (!row.stream().allMatch(String::isBlank)) {
                rows.add(columns.row(r + 1, row));
            }
        }
        return new Decoded(rows, problems);
    }

    private static Decoded refused(String file, String reason) {
        return new Decoded(List.of(), List.of(new SubmissionProblem(file, 0, "", "", reason)));
    }
}
