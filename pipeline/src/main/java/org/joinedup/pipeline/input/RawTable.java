package org.joinedup.pipeline.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.joinedup.pipeline.InputFormat;
import org.joinedup.pipeline.input.CanonicalTable.Column;

/**
 * One input file as a raw table of text in the staging database: {@code _row} (the spreadsheet row of a
 * CSV file, header = 1; the record number from 1 in Parquet, a folder's files in name order) and each
 * input column of the table, stripped, empty for a missing value.
 *
 * <p>DuckDB reads the file itself ({@code read_csv}, {@code read_parquet}), in parallel. A CSV file that
 * DuckDB would number differently from a spreadsheet (a row it cannot read, an empty line) is read again
 * row by row with the core CSV reader, which names each unreadable row as before; that is slower and only
 * happens to files that have such rows.
 */
record RawTable(String fileName, long rows, boolean complete, List<InputProblem> problems) {

    static RawTable load(Connection db, String raw, CanonicalTable table, Path path) throws SQLException, IOException {
        return switch (InputFormat.of(path)) {
            case CSV -> csv(db, raw, table, path);
            case PARQUET -> parquet(db, raw, table, path);
        };
    }

    private static RawTable csv(Connection db, String raw, CanonicalTable table, Path path)
            throws SQLException, IOException {
        String name = path.getFileName().toString();
        List<String> header;
        try (RowSource source = RowSource.open(path, db)) {
            header = source.header;
        }
        List<InputProblem> missing = missingColumns(table, header, name);
        if (!missing.isEmpty() || hasEmptyLine(path)) {
            return rowByRow(db, raw, table, path, missing);
        }
        StringBuilder columns = new StringBuilder();
        for (String h : header) {
            columns.append(columns.isEmpty() ? "" : ", ").append(literal(h)).append(": 'VARCHAR'");
        }
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE " + raw + "_text AS SELECT * FROM read_csv(" + literal(path.toAbsolutePath())
                    + ", header = true, auto_detect = false, columns = {" + columns + "}, delim = ',', quote = '\"',"
                    + " escape = '\"', store_rejects = true, rejects_table = 'rejects_" + raw + "', rejects_scan ="
                    + " 'rejects_scan_" + raw + "')");
            long rejected;
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM rejects_" + raw)) {
                r.next();
                rejected = r.getLong(1);
            }
            s.execute("DROP TABLE rejects_" + raw);
            s.execute("DROP TABLE rejects_scan_" + raw);
            if (rejected > 0) {
                s.execute("DROP TABLE " + raw + "_text");
                return rowByRow(db, raw, table, path, List.of());
            }
            // the table keeps the file's order: rowid 0 is spreadsheet row 2
            s.execute("CREATE TABLE " + raw + " AS SELECT rowid + 2 AS _row, " + stripped(table, header) + " FROM "
                    + raw + "_text");
            s.execute("DROP TABLE " + raw + "_text");
            return new RawTable(name, count(s, raw), true, List.of());
        }
    }

    private static RawTable parquet(Connection db, String raw, CanonicalTable table, Path path) throws SQLException {
        Path absolute = path.toAbsolutePath();
        String name = Files.isDirectory(path)
                ? path.getFileName() + "/"
                : path.getFileName().toString();
        String glob =
                Files.isDirectory(absolute) ? absolute.resolve("*.parquet").toString() : absolute.toString();
        String from = "read_parquet(" + literal(glob) + ", filename = true, file_row_number = true)";
        try (Statement s = db.createStatement()) {
            List<String> header = new ArrayList<>();
            try (ResultSet describe = s.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + literal(glob) + ")")) {
                while (describe.next()) {
                    header.add(describe.getString(1));
                }
            } catch (SQLException e) {
                throw new IllegalArgumentException(name + ": cannot read as Parquet: " + e.getMessage(), e);
            }
            List<InputProblem> missing = missingColumns(table, header, name);
            if (!missing.isEmpty()) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + from)) {
                    r.next();
                    return new RawTable(name, r.getLong(1), false, missing);
                }
            }
            StringBuilder cols = new StringBuilder();
            for (Column c : table.inputColumns()) {
                cols.append(", COALESCE(ju_strip(CAST(")
                        .append(quoted(c.name()))
                        .append(" AS VARCHAR)), '') AS ")
                        .append(c.name());
            }
            s.execute(
                    "CREATE TABLE " + raw + " AS SELECT row_number() OVER (ORDER BY filename, file_row_number) AS _row"
                            + cols + " FROM " + from);
            return new RawTable(name, count(s, raw), true, List.of());
        }
    }

    /**
     * The core CSV reader's way: every row appended as text, an unreadable row reported with its row and
     * left out. Used for files with such rows or a missing column.
     */
    private static RawTable rowByRow(
            Connection db, String raw, CanonicalTable table, Path path, List<InputProblem> missing)
            throws SQLException {
        List<Column> columns = table.inputColumns();
        StringBuilder ddl = new StringBuilder("CREATE TABLE " + raw + " (_row BIGINT");
        for (Column c : columns) {
            ddl.append(", ").append(c.name()).append(" VARCHAR");
        }
        try (Statement s = db.createStatement()) {
            s.execute(ddl.append(')').toString());
        }
        List<InputProblem> problems = new ArrayList<>(missing);
        long rows = 0;
        try (RowSource source = RowSource.open(path, db);
                DuckDBAppender out = ((DuckDBConnection) db).createAppender(DuckDBConnection.DEFAULT_SCHEMA, raw)) {
            int[] index = new int[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                index[i] = source.header.indexOf(columns.get(i).name());
            }
            while (source.next()) {
                rows++;
                if (!missing.isEmpty()) {
                    continue;
                }
                if (source.unreadable != null) {
                    problems.add(new InputProblem(source.fileName, source.row, "", source.unreadable.reason()));
                    continue;
                }
                out.beginRow().append(source.row);
                for (int i : index) {
                    out.append(source.values[i].strip());
                }
                out.endRow();
            }
            return new RawTable(source.fileName, rows, missing.isEmpty(), problems);
        }
    }

    private static List<InputProblem> missingColumns(CanonicalTable table, List<String> header, String file) {
        List<InputProblem> missing = new ArrayList<>();
        for (Column c : table.inputColumns()) {
            if (!header.contains(c.name())) {
                missing.add(new InputProblem(file, 1, c.name(), "missing column"));
            }
        }
        return missing;
    }

    /**
     * True when the file has an empty line (two line ends in a row), which a spreadsheet counts as a row
     * and DuckDB skips. A quoted field with an empty line in it counts too: it only costs the slower read.
     */
    static boolean hasEmptyLine(Path path) throws IOException {
        try (InputStream file = Files.newInputStream(path);
                InputStream in = new BufferedInputStream(
                        path.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(file, 1 << 16) : file,
                        1 << 16)) {
            byte[] buffer = new byte[1 << 16];
            boolean lineStart = false; // right after a line end
            int previous = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    int b = buffer[i];
                    if (b == '\n' && previous == '\r') {
                        previous = b; // the second half of CRLF
                        continue;
                    }
                    if (b == '\n' || b == '\r') {
                        if (lineStart) {
                            return true;
                        }
                        lineStart = true;
                    } else {
                        lineStart = false;
                    }
                    previous = b;
                }
            }
            return false;
        }
    }

    private static String stripped(CanonicalTable table, List<String> header) {
        List<String> out = new ArrayList<>();
        for (Column c : table.inputColumns()) {
            out.add("COALESCE(ju_strip(" + quoted(c.name()) + "), '') AS " + c.name());
        }
        return String.join(", ", out);
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String literal(Object text) {
        return "'" + text.toString().replace("'", "''") + "'";
    }
}
