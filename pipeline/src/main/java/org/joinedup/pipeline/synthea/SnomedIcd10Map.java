package org.joinedup.pipeline.synthea;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.joinedup.core.text.Csv;
import org.joinedup.core.text.CsvFormatException;
import org.joinedup.core.text.CsvReader;
import org.joinedup.core.text.CsvRow;
import org.joinedup.pipeline.input.Codes;
import org.joinedup.pipeline.input.InputProblem;

/**
 * A SNOMED CT to ICD-10 mapping file: CSV with the columns {@code snomed} and {@code icd10} (any others
 * are ignored), one row per SNOMED CT concept. The ICD-10 code is stored as the canonical input stores
 * it (upper case, no dot). Read whole into memory: a map of every concept Synthea uses is a few thousand
 * rows.
 *
 * @param codes ICD-10 by SNOMED CT concept id, in file order
 * @param problems every problem found, by file row
 */
record SnomedIcd10Map(Map<String, String> codes, List<InputProblem> problems) {
    private static final Pattern SNOMED = Pattern.compile("[0-9]{6,18}");

    static SnomedIcd10Map read(Path file) {
        String name = file.getFileName().toString();
        List<InputProblem> problems = new ArrayList<>();
        Map<String, String> codes = new LinkedHashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvReader csv = Csv.open(reader, name);
            Optional<Integer> snomedColumn = column(csv, "snomed");
            Optional<Integer> icd10Column = column(csv, "icd10");
            if (snomedColumn.isEmpty()) {
                problems.add(new InputProblem(name, 1, "snomed", "missing column"));
            }
            if (icd10Column.isEmpty()) {
                problems.add(new InputProblem(name, 1, "icd10", "missing column"));
            }
            if (!problems.isEmpty()) {
                return new SnomedIcd10Map(Map.of(), List.copyOf(problems));
            }
            while (csv.hasNext()) {
                CsvRow row = csv.next();
                String snomed = row.get(snomedColumn.get()).strip();
                String icd10 = row.get(icd10Column.get()).strip();
                int before = problems.size();
                if (snomed.isEmpty()) {
                    problems.add(new InputProblem(name, row.number(), "snomed", "missing value"));
                } else if (!SNOMED.matcher(snomed).matches()) {
                    problems.add(new InputProblem(
                            name,
                            row.number(),
                            "snomed",
                            "'" + snomed + "' is not a SNOMED CT concept id (6-18 digits)"));
                } else if (firstRow.containsKey(snomed)) {
                    problems.add(new InputProblem(
                            name,
                            row.number(),
                            "snomed",
                            "'" + snomed + "' is mapped twice (first at row " + firstRow.get(snomed) + ")"));
                } else {
                    firstRow.put(snomed, row.number());
                }
                String canonical = icd10.isEmpty() ? null : Codes.icd10(icd10);
                if (icd10.isEmpty()) {
                    problems.add(new InputProblem(name, row.number(), "icd10", "missing value"));
                } else if (canonical == null) {
                    problems.add(new InputProblem(
                            name,
                            row.number(),
                            "icd10",
                            "'" + icd10 + "' is not an ICD-10 code (a letter, two digits, up to three more)"));
                }
                if (problems.size() == before) {
                    codes.put(snomed, canonical);
                }
            }
        } catch (NoSuchFileException e) {
            problems.add(new InputProblem(name, 1, "", "no such file: " + file));
        } catch (CsvFormatException e) {
            problems.add(new InputProblem(name, e.row(), "", e.reason()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new SnomedIcd10Map(Collections.unmodifiableMap(codes), List.copyOf(problems));
    }

    private static Optional<Integer> column(CsvReader csv, String wanted) {
        List<String> names = csv.header().names();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
