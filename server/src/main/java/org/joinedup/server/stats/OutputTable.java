package org.joinedup.server.stats;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.joinedup.core.text.CsvRow;
import org.joinedup.core.text.CsvWriter;

/**
 * The table a method writes: the input's columns passed through, then the method's own. An input column
 * with the name of one of the method's columns is replaced by it (so a result can be fed back in).
 */
final class OutputTable {
    private final List<String> header;
    private final List<String> passed;
    private final List<List<String>> rows = new ArrayList<>();

    private OutputTable(List<String> passed, List<String> computed) {
        this.passed = List.copyOf(passed);
        List<String> all = new ArrayList<>(passed);
        all.addAll(computed);
        this.header = List.copyOf(all);
    }

    /** Passes every input column through, except those the method writes itself. */
    static OutputTable perRow(InputTable in, List<String> computed) {
        List<String> passed = new ArrayList<>(in.columns());
        passed.removeAll(computed);
        return new OutputTable(passed, computed);
    }

    /**
     * For one row per group: the group column (when the input has it), then each input column the method
     * does not read ({@code used}) whose value is the same in every row of each group (a name or code of
     * the group, say), then the method's columns. Columns that vary within a group have no value for it
     * and are left out.
     */
    static OutputTable perGroup(InputTable in, String groupColumn, Set<String> used, List<String> computed) {
        List<InputTable.Group> groups = in.groups(groupColumn);
        Set<String> passed = new LinkedHashSet<>();
        if (in.has(groupColumn)) {
            passed.add(groupColumn);
        }
        for (String column : in.columns()) {
            if (!used.contains(column) && groups.stream().allMatch(g -> sameIn(g, column))) {
                passed.add(column);
            }
        }
        passed.removeAll(computed);
        return new OutputTable(new ArrayList<>(passed), computed);
    }

    private static boolean sameIn(InputTable.Group group, String column) {
        String first = group.rows().get(0).get(column);
        return group.rows().stream().allMatch(r -> r.get(column).equals(first));
    }

    /** A table with exactly these columns. */
    static OutputTable of(List<String> columns) {
        return new OutputTable(List.of(), columns);
    }

    List<String> header() {
        return header;
    }

    /** Adds a row: the passed-through cells of {@code source} followed by {@code computed}. */
    void add(CsvRow source, List<String> computed) {
        List<String> row = new ArrayList<>(header.size());
        for (String column : passed) {
            row.add(source.get(column));
        }
        addRow(row, computed);
    }

    /** Adds a row for a group: each passed-through column holds the value its rows share. */
    void add(InputTable.Group group, List<String> computed) {
        List<String> row = new ArrayList<>(header.size());
        for (String column : passed) {
            row.add(group.rows().get(0).get(column));
        }
        addRow(row, computed);
    }

    void add(List<String> cells) {
        addRow(new ArrayList<>(), cells);
    }

    private void addRow(List<String> row, List<String> computed) {
        row.addAll(computed);
        if (row.size() != header.size()) {
            throw new IllegalStateException(row.size() + " cells for " + header.size() + " columns");
        }
        rows.add(row);
    }

    int size() {
        return rows.size();
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        CsvWriter writer = new CsvWriter(sb);
        writer.row(header);
        rows.forEach(writer::row);
        return sb.toString();
    }

    /** Writes the whole table to {@code out}, replacing it only once it is complete, or to standard output. */
    void write(Path out, PrintWriter stdout) {
        String text = text();
        if (out == null) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        try {
            Path dir = out.toAbsolutePath().getParent();
            Path temp = Files.createTempFile(dir, ".stats-", ".csv.tmp");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }
}
