package org.joinedup.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A SQL engine that runs metric definitions over registered input tables. Every engine runs the
 * same {@link MetricQuery} text: the definitions keep to the portable subset ({@link PortableSql}),
 * and what differs between engines (how files are read, settings, result types) stays in the
 * implementation. An engine is used by one thread at a time.
 */
public interface Engine extends AutoCloseable {

    /** A short name for messages and reports, e.g. {@code duckdb}. */
    String name();

    /**
     * Makes a file or a folder of Parquet files readable as a table under the name, replacing any
     * table of that name. Nothing is read until a query needs it.
     *
     * @throws IllegalArgumentException for a bad table name ({@link InputTable#checkName}), a path that
     *     does not exist or is not a known format ({@link InputFormat#of})
     */
    void register(String tableName, Path path);

    /**
     * Registers every input table found in a folder ({@link InputTable#findIn}).
     *
     * @return the tables registered, by name
     */
    default Map<String, Path> registerFolder(Path folder) {
        Map<String, Path> found = InputTable.findIn(folder);
        found.forEach(this::register);
        return found;
    }

    /**
     * Runs a definition and returns its rows sorted by metric, area, period and breakdown, so the
     * result does not depend on the engine's own order.
     *
     * @throws IllegalArgumentException when the query does not return {@link MetricRow#COLUMNS} or
     *     returns rows for another metric
     * @throws EngineException when the engine fails to run it (a syntax error, a missing table, a value
     *     that does not cast)
     */
    List<MetricRow> run(MetricQuery query);

    /** Frees the engine's memory and temporary files. */
    @Override
    void close();
}
