package org.joinedup.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A metric definition as data: the metric id and one SQL query, written once in the portable subset
 * ({@link PortableSql}) over the named input tables ({@link InputTable}), that every {@link Engine}
 * runs unchanged. The query returns the columns {@link MetricRow#COLUMNS}: {@code metric} (the id),
 * {@code area_code}, {@code period} (a canonical label such as {@code 2024-04}), {@code breakdown}
 * ({@code ""} or null for the total, else {@code key=value;...}), {@code numerator} and
 * {@code denominator} (null when not defined).
 *
 * <p>Trailing semicolons and blank space are removed, so a file may end with {@code ;}.
 *
 * @throws IllegalArgumentException for a bad id, an empty query or SQL outside the portable subset
 */
public record MetricQuery(String metricId, String sql) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final String RESOURCES = "/org/joinedup/pipeline/metrics/";

    public MetricQuery {
        if (metricId == null || !ID.matcher(metricId).matches()) {
            throw new IllegalArgumentException("metric id '" + metricId + "' must be lower case letters, digits and _");
        }
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("metric " + metricId + " needs a query");
        }
        sql = sql.strip();
        while (sql.endsWith(";")) {
            sql = sql.substring(0, sql.length() - 1).strip();
        }
        List<String> problems = PortableSql.problems(sql);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "metric " + metricId + " is not portable SQL: " + String.join("; ", problems));
        }
    }

    /** A definition shipped with the pipeline, {@code org/joinedup/pipeline/metrics/<id>.sql}. */
    public static MetricQuery builtIn(String metricId) {
        String resource = RESOURCES + metricId + ".sql";
        try (InputStream in = MetricQuery.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no built-in metric definition " + resource);
            }
            return new MetricQuery(metricId, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** A local definition: the file {@code <id>.sql}, whose name gives the metric id. */
    public static MetricQuery fromFile(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".sql")) {
            throw new IllegalArgumentException(file + ": a metric definition is a .sql file named after the metric");
        }
        try {
            return new MetricQuery(
                    name.substring(0, name.length() - 4), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
