package org.joinedup.core.geography;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.joinedup.core.text.Csv;
import org.joinedup.core.text.CsvFormatException;
import org.joinedup.core.text.CsvReader;
import org.joinedup.core.text.CsvRow;

/**
 * Reads areas.csv and area_links.csv (see docs/formats.md section 3). Dates are ISO ({@code 2022-07-01})
 * or empty for open; an empty weight is 1. Every problem is reported with file, row and column.
 */
public final class GeographyCsv {
    private static final int MAX_PROBLEMS = 200;
    static final List<String> AREA_COLUMNS =
            List.of("code", "ods_code", "ons_code", "name", "type", "valid_from", "valid_to");
    static final List<String> LINK_COLUMNS =
            List.of("child", "parent", "hierarchy", "valid_from", "valid_to", "weight");

    private final List<String> problems = new ArrayList<>();

    private GeographyCsv() {}

    public static Geography read(Reader areas, String areasSource, Reader links, String linksSource) {
        GeographyCsv csv = new GeographyCsv();
        List<Area> areaList = csv.areas(areas, areasSource);
        Set<String> known = new HashSet<>();
        for (Area a : areaList) {
            for (String code : new String[] {a.code(), a.odsCode(), a.onsCode()}) {
                if (code != null) {
                    known.add(code.toUpperCase(Locale.ROOT));
                }
            }
        }
        List<AreaLink> linkList = csv.links(links, linksSource, known);
        csv.throwIfProblems();
        return Geography.of(areaList, linkList);
    }

    public static List<Area> readAreas(Reader reader, String source) {
        GeographyCsv csv = new GeographyCsv();
        List<Area> areas = csv.areas(reader, source);
        csv.throwIfProblems();
        return areas;
    }

    public static List<AreaLink> readLinks(Reader reader, String source) {
        GeographyCsv csv = new GeographyCsv();
        List<AreaLink> links = csv.links(reader, source, null);
        csv.throwIfProblems();
        return links;
    }

    private void throwIfProblems() {
        if (!problems.isEmpty()) {
            throw new GeographyException(problems);
        }
    }

    private List<Area> areas(Reader reader, String source) {
        List<Area> areas = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        forEachRow(reader, source, AREA_COLUMNS, row -> {
            Cells cells = new Cells(source, row);
            String code = cells.required("code");
            Optional<AreaType> type =
                    cells.required("type", AreaType::fromCsv, "an area type such as icb or gp_practice");
            String name = cells.required("name");
            LocalDate from = cells.date("valid_from");
            LocalDate to = cells.date("valid_to");
            if (code == null || name == null || type.isEmpty() || cells.failed) {
                return;
            }
            if (!codes.add(code.toUpperCase(Locale.ROOT))) {
                problem(source, row, "code", "area code " + code + " appears more than once");
                return;
            }
            try {
                areas.add(new Area(code, row.get("ods_code"), row.get("ons_code"), name, type.get(), from, to));
            } catch (IllegalArgumentException e) {
                problem(source, row, "valid_to", e.getMessage());
            }
        });
        return areas;
    }

    private List<AreaLink> links(Reader reader, String source, Set<String> knownCodes) {
        List<AreaLink> links = new ArrayList<>();
        forEachRow(reader, source, LINK_COLUMNS, row -> {
            Cells cells = new Cells(source, row);
            String child = cells.required("child");
            String parent = cells.required("parent");
            Optional<Hierarchy> hierarchy =
                    cells.required("hierarchy", Hierarchy::fromCsv, "nhs, local_government, provider or crosswalk");
            LocalDate from = cells.date("valid_from");
            LocalDate to = cells.date("valid_to");
            double weight = cells.weight();
            for (String column : List.of("child", "parent")) {
                String code = row.get(column);
                if (knownCodes != null
                        && !code.isBlank()
                        && !knownCodes.contains(code.strip().toUpperCase(Locale.ROOT))) {
                    problem(source, row, column, "no area has code " + code.strip());
                    cells.failed = true;
                }
            }
            if (child == null || parent == null || hierarchy.isEmpty() || cells.failed) {
                return;
            }
            try {
                links.add(new AreaLink(child, parent, hierarchy.get(), from, to, weight));
            } catch (IllegalArgumentException e) {
                problem(source, row, "child", e.getMessage());
            }
        });
        return links;
    }

    private void forEachRow(
            Reader reader, String source, List<String> columns, java.util.function.Consumer<CsvRow> action) {
        try {
            CsvReader csv = Csv.open(reader, source);
            List<String> missing =
                    columns.stream().filter(c -> !csv.header().contains(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(source + " row 1: missing column(s) " + String.join(", ", missing));
                return;
            }
            while (csv.hasNext() && problems.size() < MAX_PROBLEMS) {
                CsvRow row = csv.next();
                if (!row.isBlank()) {
                    action.accept(row);
                }
            }
        } catch (CsvFormatException e) {
            problems.add(e.getMessage());
        }
    }

    private void problem(String source, CsvRow row, String column, String reason) {
        problems.add(source + " row " + row.number() + ", column " + column + ": " + reason);
    }

    /** Reads the cells of one row, recording a problem for each bad one. */
    private final class Cells {
        private final String source;
        private final CsvRow row;
        private boolean failed;

        Cells(String source, CsvRow row) {
            this.source = source;
            this.row = row;
        }

        String required(String column) {
            String value = row.get(column).strip();
            if (value.isEmpty()) {
                fail(column, "a value is required");
                return null;
            }
            return value;
        }

        <T> Optional<T> required(String column, Function<String, Optional<T>> parse, String expected) {
            String value = required(column);
            if (value == null) {
                return Optional.empty();
            }
            Optional<T> parsed = parse.apply(value);
            if (parsed.isEmpty()) {
                fail(column, "'" + value + "' is not " + expected);
            }
            return parsed;
        }

        LocalDate date(String column) {
            String value = row.get(column).strip();
            if (value.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                fail(column, "'" + value + "' is not a date such as 2022-07-01");
                return null;
            }
        }

        double weight() {
            String value = row.get("weight").strip();
            if (value.isEmpty()) {
                return 1.0;
            }
            try {
                double w = Double.parseDouble(value);
                if (w > 0 && w <= 1) {
                    return w;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            fail("weight", "'" + value + "' is not a share above 0 and at most 1");
            return 1.0;
        }

        private void fail(String column, String reason) {
            failed = true;
            problem(source, row, column, reason);
        }
    }
}
