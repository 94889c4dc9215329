package org.joinedup.server.stats;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joinedup.core.text.Csv;
import org.joinedup.core.text.CsvFormatException;
import org.joinedup.core.text.CsvHeader;
import org.joinedup.core.text.CsvRow;
import org.joinedup.core.text.CsvTable;

/**
 * An input CSV file of the stats command, held in memory, with the lookups every method needs; each
 * problem is reported as a {@link StatsInputException} naming the file, row and column. Rows whose cells
 * are all blank are left out, as spreadsheets leave such rows at the end of files.
 */
final class InputTable {
    private final String name;
    private final CsvHeader header;
    private final List<CsvRow> rows;

    private InputTable(String name, CsvHeader header, List<CsvRow> rows) {
        this.name = name;
        this.header = header;
        this.rows = rows;
    }

    static InputTable read(Path path) {
        String name = path.toString();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            CsvTable table = Csv.read(reader, name);
            return new InputTable(
                    name,
                    table.header(),
                    table.rows().stream().filter(r -> !r.isBlank()).toList());
        } catch (NoSuchFileException e) {
            throw new StatsInputException(name + ": no such file");
        } catch (CharacterCodingException e) {
            throw new StatsInputException(name + ": not UTF-8 text");
        } catch (CsvFormatException e) {
            throw new StatsInputException(e.source() + ", row " + e.row() + ": " + e.reason());
        } catch (IOException | UncheckedIOException e) {
            throw new StatsInputException(name + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    static InputTable of(String name, String text) {
        CsvTable table = Csv.read(text, name);
        return new InputTable(
                name,
                table.header(),
                table.rows().stream().filter(r -> !r.isBlank()).toList());
    }

    String name() {
        return name;
    }

    List<String> columns() {
        return header.names();
    }

    List<CsvRow> rows() {
        return rows;
    }

    boolean has(String column) {
        return header.contains(column);
    }

    /** Refuses a file without each of the columns. */
    void require(String... columns) {
        for (String column : columns) {
            if (!header.contains(column)) {
                throw StatsInputException.column(
                        name, column, "missing column (the header has " + String.join(", ", header.names()) + ")");
            }
        }
    }

    /** Refuses a file without at least one data row. */
    void requireRows() {
        if (rows.isEmpty()) {
            throw new StatsInputException(name + ": no data rows after the header");
        }
    }

    String text(CsvRow row, String column) {
        return row.get(column).strip();
    }

    /** A number that must be there. */
    double number(CsvRow row, String column) {
        Double n = optionalNumber(row, column);
        if (n == null) {
            throw error(row, column, "a number is needed");
        }
        return n;
    }

    /** A number, or null for an empty cell or {@code NA}. */
    Double optionalNumber(CsvRow row, String column) {
        String text = row.get(column);
        if (Numbers.isMissing(text)) {
            return null;
        }
        Double n = Numbers.parse(text);
        if (n == null) {
            throw error(row, column, "not a number");
        }
        return n;
    }

    /** A whole number of 0 or more (a count). */
    long count(CsvRow row, String column) {
        double n = number(row, column);
        if (n < 0 || n != Math.rint(n) || n > 9.007199254740992E15) {
            throw error(row, column, "a count must be a whole number of 0 or more");
        }
        return (long) n;
    }

    StatsInputException error(CsvRow row, String column, String reason) {
        return StatsInputException.cell(name, row.number(), column, row.get(column), reason);
    }

    /** A problem with the rows of one group, for example one area's age bands. */
    StatsInputException groupError(Group group, String reason) {
        return StatsInputException.rows(name, group.describe(), null, reason);
    }

    /**
     * The rows split by the value of {@code column}, in order of first appearance; one group of every row
     * (with an empty key) when the file has no such column.
     */
    List<Group> groups(String column) {
        Map<String, List<CsvRow>> map = new LinkedHashMap<>();
        for (CsvRow row : rows) {
            String key = header.contains(column) ? row.get(column) : "";
            map.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        List<Group> groups = new ArrayList<>();
        map.forEach((key, members) -> groups.add(new Group(column, header.contains(column), key, members)));
        return groups;
    }

    /** Rows that share a value of the group column. */
    record Group(String column, boolean named, String key, List<CsvRow> rows) {
        String describe() {
            String numbers = rows.size() == 1
                    ? "row " + rows.get(0).number()
                    : "rows " + rows.get(0).number() + "-"
                            + rows.get(rows.size() - 1).number();
            return named ? column + " '" + key + "' (" + numbers + ")" : numbers;
        }
    }
}
