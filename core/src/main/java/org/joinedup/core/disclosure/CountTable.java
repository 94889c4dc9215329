package org.joinedup.core.disclosure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Counts to publish together, with the additive relations between them: each {@link Sum} says that
 * one cell is the total of others. A parent with children, a table with row and column totals, or a
 * hierarchy of areas are all such tables. The relations are treated as exact even where the counts
 * given do not add up, which only makes secondary suppression more careful.
 */
public final class CountTable {
    /** Separates row and column in the cell ids of a {@link #crossTab}: {@code "65-74/F"}. */
    public static final String SEPARATOR = "/";
    /** The row or column name of the totals in a {@link #crossTab}. */
    public static final String TOTAL = "total";

    /** One count to publish. */
    public record Cell(String id, long count, Level level) {
        public Cell {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("a cell needs an id");
            }
            if (count < 0) {
                throw new IllegalArgumentException("cell " + id + ": a count cannot be negative, not " + count);
            }
            Objects.requireNonNull(level, "level");
        }
    }

    /** The cell {@code total} is the sum of the {@code members}. */
    public record Sum(String total, List<String> members) {
        public Sum {
            Objects.requireNonNull(total, "total");
            members = List.copyOf(members);
            if (members.isEmpty()) {
                throw new IllegalArgumentException("the sum " + total + " needs at least one member");
            }
            if (members.contains(total)) {
                throw new IllegalArgumentException("the sum " + total + " cannot be one of its own members");
            }
            if (new HashSet<>(members).size() != members.size()) {
                throw new IllegalArgumentException("the sum " + total + " repeats a member: " + members);
            }
        }
    }

    private final List<Cell> cells;
    private final List<Sum> sums;

    private CountTable(List<Cell> cells, List<Sum> sums) {
        this.cells = List.copyOf(cells);
        this.sums = List.copyOf(sums);
    }

    public List<Cell> cells() {
        return cells;
    }

    public List<Sum> sums() {
        return sums;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A total and its children, all at one level; the total's id must differ from the children's.
     * The children keep their order.
     */
    public static CountTable group(String totalId, long total, Map<String, Long> children, Level level) {
        Builder b = builder().cell(totalId, total, level);
        children.forEach((id, n) -> b.cell(id, n, level));
        return b.sum(totalId, List.copyOf(children.keySet())).build();
    }

    /**
     * A two-way table of counts (rows by columns) with its row totals, column totals and grand total
     * added. Cells are named {@code row/column}, totals {@code row/total}, {@code total/column} and
     * {@code total/total}.
     */
    public static CountTable crossTab(List<String> rows, List<String> columns, long[][] counts, Level level) {
        if (rows.isEmpty() || columns.isEmpty()) {
            throw new IllegalArgumentException("a cross-tabulation needs at least one row and one column");
        }
        if (counts.length != rows.size()) {
            throw new IllegalArgumentException(rows.size() + " rows named but " + counts.length + " given");
        }
        for (String name : concat(rows, columns)) {
            if (name.equals(TOTAL) || name.contains(SEPARATOR)) {
                throw new IllegalArgumentException(
                        "row and column names cannot be '" + TOTAL + "' or contain '" + SEPARATOR + "': " + name);
            }
        }
        Builder b = builder();
        long grand = 0;
        long[] columnTotals = new long[columns.size()];
        for (int r = 0; r < rows.size(); r++) {
            if (counts[r].length != columns.size()) {
                throw new IllegalArgumentException(
                        "row " + rows.get(r) + " has " + counts[r].length + " counts, not " + columns.size());
            }
            long rowTotal = 0;
            List<String> members = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                String id = id(rows.get(r), columns.get(c));
                b.cell(id, counts[r][c], level);
                members.add(id);
                rowTotal = Math.addExact(rowTotal, counts[r][c]);
                columnTotals[c] = Math.addExact(columnTotals[c], counts[r][c]);
            }
            b.cell(id(rows.get(r), TOTAL), rowTotal, level).sum(id(rows.get(r), TOTAL), members);
            grand = Math.addExact(grand, rowTotal);
        }
        List<String> rowTotals = new ArrayList<>();
        for (String row : rows) {
            rowTotals.add(id(row, TOTAL));
        }
        List<String> colTotals = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            List<String> members = new ArrayList<>();
            for (String row : rows) {
                members.add(id(row, columns.get(c)));
            }
            String id = id(TOTAL, columns.get(c));
            b.cell(id, columnTotals[c], level).sum(id, members);
            colTotals.add(id);
        }
        String g = id(TOTAL, TOTAL);
        return b.cell(g, grand, level).sum(g, rowTotals).sum(g, colTotals).build();
    }

    /** The id of a cell of a {@link #crossTab}. */
    public static String id(String row, String column) {
        return row + SEPARATOR + column;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Collects cells and sums; {@link #build()} checks that every sum names known cells. */
    public static final class Builder {
        private final Map<String, Cell> cells = new LinkedHashMap<>();
        private final List<Sum> sums = new ArrayList<>();

        private Builder() {}

        public Builder cell(String id, long count, Level level) {
            Cell cell = new Cell(id, count, level);
            if (cells.putIfAbsent(id, cell) != null) {
                throw new IllegalArgumentException("cell " + id + " is given twice");
            }
            return this;
        }

        public Builder sum(String total, List<String> members) {
            sums.add(new Sum(total, members));
            return this;
        }

        public CountTable build() {
            Set<String> known = cells.keySet();
            for (Sum s : sums) {
                if (!known.contains(s.total())) {
                    throw new IllegalArgumentException("the sum names an unknown total " + s.total());
                }
                for (String m : s.members()) {
                    if (!known.contains(m)) {
                        throw new IllegalArgumentException("the sum " + s.total() + " names an unknown member " + m);
                    }
                }
            }
            return new CountTable(new ArrayList<>(cells.values()), sums);
        }
    }
}
