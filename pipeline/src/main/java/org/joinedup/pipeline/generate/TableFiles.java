package org.joinedup.pipeline.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import org.joinedup.pipeline.input.CanonicalTable;

/**
 * Writes the generated tables: CSV straight to the output folder, or CSV to a scratch folder converted at
 * the end to Parquet by DuckDB ({@code COPY ... TO (FORMAT parquet)}, typed with the canonical column
 * types), which streams, so memory stays bounded.
 */
public final class TableFiles implements AutoCloseable {
    /** The output format. */
    public enum Format {
        CSV,
        PARQUET
    }

    private final Path out;
    private final Format format;
    private final Path scratch;
    private final Map<CanonicalTable, Writer> writers = new EnumMap<>(CanonicalTable.class);
    private final Map<CanonicalTable, long[]> rows = new EnumMap<>(CanonicalTable.class);

    TableFiles(Path out, Format format) throws IOException {
        this.out = out;
        this.format = format;
        Files.createDirectories(out);
        scratch = format == Format.PARQUET ? Files.createTempDirectory(out, ".generate") : out;
        for (CanonicalTable t : CanonicalTable.values()) {
            Path target = out.resolve(t.tableName() + (format == Format.CSV ? ".csv" : ".parquet"));
            if (Files.exists(target)) {
                throw new IllegalArgumentException(target + " already exists");
            }
            Writer w = new BufferedWriter(
                    Files.newBufferedWriter(scratch.resolve(t.tableName() + ".csv"), StandardCharsets.UTF_8), 1 << 18);
            w.write(String.join(",", t.inputColumnNames()));
            w.write('\n');
            writers.put(t, w);
            rows.put(t, new long[1]);
        }
    }

    /** Appends one line (fields already joined by commas, no newline). */
    void row(CanonicalTable table, CharSequence line) {
        try {
            Writer w = writers.get(table);
            w.append(line);
            w.write('\n');
            rows.get(table)[0]++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long rows(CanonicalTable table) {
        return rows.get(table)[0];
    }

    /** Closes the CSV files and converts them to Parquet when asked; returns the files written. */
    Map<CanonicalTable, Path> finish(int threads) throws IOException {
        for (Writer w : writers.values()) {
            w.close();
        }
        Map<CanonicalTable, Path> files = new EnumMap<>(CanonicalTable.class);
        if (format == Format.CSV) {
            for (CanonicalTable t : CanonicalTable.values()) {
                files.put(t, out.resolve(t.tableName() + ".csv"));
            }
            return files;
        }
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = db.createStatement()) {
            s.execute("SET threads = " + threads);
            s.execute("SET preserve_insertion_order = true");
            s.execute("SET temp_directory = '"
                    + scratch.resolve("tmp").toAbsolutePath().toString().replace("'", "''") + "'");
            for (CanonicalTable t : CanonicalTable.values()) {
                Path csv = scratch.resolve(t.tableName() + ".csv").toAbsolutePath();
                Path parquet = out.resolve(t.tableName() + ".parquet").toAbsolutePath();
                s.execute("COPY (SELECT * FROM read_csv(" + literal(csv) + ", header = true, delim = ',', quote = '\"',"
                        + " escape = '\"', timestampformat = '%Y-%m-%d %H:%M:%S', dateformat = '%Y-%m-%d', columns = "
                        + t.duckDbColumns() + ")) TO " + literal(parquet)
                        + " (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)");
                Files.delete(csv);
                files.put(t, parquet);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("duckdb: cannot write Parquet: " + e.getMessage(), e);
        }
        deleteScratch();
        return files;
    }

    private void deleteScratch() throws IOException {
        if (scratch.equals(out)) {
            return;
        }
        try (var walk = Files.walk(scratch)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public void close() throws IOException {
        for (Writer w : writers.values()) {
            w.close();
        }
        if (format == Format.PARQUET && Files.exists(scratch)) {
            deleteScratch();
        }
    }

    private static String literal(Path p) {
        return "'" + p.toString().replace("'", "''") + "'";
    }
}
