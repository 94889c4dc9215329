package org.joinedup.pipeline.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.joinedup.core.text.Csv;
import org.joinedup.core.text.CsvFormatException;
import org.joinedup.core.text.CsvReader;
import org.joinedup.core.text.CsvRow;
import org.joinedup.pipeline.InputFormat;

/**
 * Reads the rows of one input file as text, one at a time: CSV through the core reader, Parquet through
 * DuckDB with every column cast to text (dates as {@code YYYY-MM-DD}, timestamps as
 * {@code YYYY-MM-DD HH:MM:SS}). A CSV row that cannot be read (wrong number of fields) is reported and
 * skipped, and reading goes on.
 */
abstract class RowSource implements AutoCloseable {
    /** A row that could not be read at all. */
    record Unreadable(long row, String reason) {}

    final String fileName;
    List<String> header;
    long row;
    String[] values;
    Unreadable unreadable;

    RowSource(String fileName) {
        this.fileName = fileName;
    }

    /**
     * Moves to the next row: true with {@link #values} (empty fields as "") or with {@link #unreadable}
     * set, false at the end.
     */
    abstract boolean next();

    @Override
    public abstract void close();

    static RowSource open(Path path, Connection duckdb) {
        String name = path.getFileName().toString();
        return switch (InputFormat.of(path)) {
            case CSV -> new CsvSource(path, name);
            case PARQUET -> new ParquetSource(path, name, duckdb);
        };
    }

    private static final class CsvSource extends RowSource {
        private final Reader reader;
        private final CsvReader csv;

        CsvSource(Path path, String name) {
            super(name);
            try {
                InputStream in = Files.newInputStream(path);
                if (name.endsWith(".gz")) {
                    in = new GZIPInputStream(in, 1 << 16);
                }
                reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
            csv = Csv.open(reader, name);
            header = csv.header().names();
        }

        @Override
        boolean next() {
            unreadable = null;
            values = null;
            try {
                if (!csv.hasNext()) {
                    return false;
                }
                CsvRow r = csv.next();
                row = r.number();
                values = r.values().toArray(new String[0]);
            } catch (CsvFormatException e) {
                row = e.row();
                unreadable = new Unreadable(e.row(), e.reason());
            }
            return true;
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class ParquetSource extends RowSource {
        private final Statement statement;
        private final ResultSet result;
        private final int columns;

        ParquetSource(Path path, String name, Connection duckdb) {
            super(Files.isDirectory(path) ? name + "/" : name);
            Path absolute = path.toAbsolutePath();
            String glob =
                    Files.isDirectory(absolute) ? absolute.resolve("*.parquet").toString() : absolute.toString();
            String from = "read_parquet('" + glob.replace("'", "''") + "')";
            try {
                statement = duckdb.createStatement();
                List<String> names = new ArrayList<>();
                try (ResultSet describe = statement.executeQuery("DESCRIBE SELECT * FROM " + from)) {
                    while (describe.next()) {
                        names.add(describe.getString(1));
                    }
                }
                header = List.copyOf(names);
                List<String> casts = new ArrayList<>();
                for (String n : names) {
                    casts.add("CAST(\"" + n.replace("\"", "\"\"") + "\" AS VARCHAR)");
                }
                // file_row_number keeps the files' own order; a folder is read in file name order.
                result = statement.executeQuery("SELECT " + String.join(", ", casts) + " FROM " + from);
                ResultSetMetaData meta = result.getMetaData();
                columns = meta.getColumnCount();
            } catch (SQLException e) {
                throw new IllegalArgumentException(name + ": cannot read as Parquet: " + e.getMessage(), e);
            }
        }

        @Override
        boolean next() {
            try {
                if (!result.next()) {
                    return false;
                }
                row++;
                values = new String[columns];
                for (int i = 0; i < columns; i++) {
                    String v = result.getString(i + 1);
                    values[i] = v == null ? "" : v;
                }
                return true;
            } catch (SQLException e) {
                throw new IllegalArgumentException(
                        fileName + ": cannot read row " + (row + 1) + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                result.close();
                statement.close();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
