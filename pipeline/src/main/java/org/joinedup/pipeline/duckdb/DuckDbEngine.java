package org.joinedup.pipeline.duckdb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.duckdb.DuckDBConnection;
import org.joinedup.pipeline.Engine;
import org.joinedup.pipeline.EngineException;
import org.joinedup.pipeline.EngineSettings;
import org.joinedup.pipeline.InputFormat;
import org.joinedup.pipeline.InputTable;
import org.joinedup.pipeline.MetricQuery;
import org.joinedup.pipeline.MetricRow;

/**
 * The pipeline's engine: an in-memory DuckDB database in this JVM. Inputs are registered as views
 * over the files ({@code read_csv_auto} with every column as text, {@code read_parquet}), so nothing
 * is loaded until a query reads it and Parquet columns are pruned. Above the memory limit DuckDB
 * spills to its temporary directory.
 */
public final class DuckDbEngine implements Engine {
    private final Connection connection;
    private Connection monitor;

    public DuckDbEngine() {
        this(EngineSettings.DEFAULT);
    }

    /**
     * Opens a new in-memory database with the settings.
     *
     * @throws EngineException when DuckDB cannot start (e.g. its native library does not load)
     */
    public DuckDbEngine(EngineSettings settings) {
        try {
            connection = DriverManager.getConnection("jdbc:duckdb:");
        } catch (SQLException e) {
            throw new EngineException("duckdb: cannot open an in-memory database: " + e.getMessage(), e);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET memory_limit = " + literal(settings.memoryLimit()));
            statement.execute("SET threads = " + settings.threads());
        } catch (SQLException e) {
            close();
            throw new EngineException("duckdb: cannot apply " + settings + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "duckdb";
    }

    @Override
    public void register(String tableName, Path path) {
        InputTable.checkName(tableName);
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(tableName + ": " + path + " does not exist");
        }
        Path absolute = path.toAbsolutePath();
        String source = switch (InputFormat.of(path)) {
            case CSV ->
                "read_csv_auto(" + literal(absolute.toString())
                        + ", header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"')";
            case PARQUET ->
                "read_parquet("
                        + literal(
                                Files.isDirectory(absolute)
                                        ? absolute.resolve("*.parquet").toString()
                                        : absolute.toString())
                        + ")";
        };
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE OR REPLACE VIEW " + tableName + " AS SELECT * FROM " + source);
        } catch (SQLException e) {
            throw new EngineException(
                    "duckdb: cannot register " + tableName + " from " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<MetricRow> run(MetricQuery query) {
        List<MetricRow> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query.sql())) {
            ResultSetMetaData meta = result.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnLabel(i));
            }
            MetricRow.checkColumns(query, columns);
            while (result.next()) {
                rows.add(MetricRow.of(
                        query,
                        result.getString("metric"),
                        result.getString("area_code"),
                        result.getString("period"),
                        result.getString("breakdown"),
                        result.getObject("numerator"),
                        result.getObject("denominator")));
            }
        } catch (SQLException e) {
            throw new EngineException("duckdb: metric " + query.metricId() + " failed: " + e.getMessage(), e);
        }
        Collections.sort(rows);
        return rows;
    }

    /**
     * The memory DuckDB holds now (buffer manager and allocations, {@code duckdb_memory()}), in bytes. It
     * may be called from another thread while a query runs: it reads through a second connection to the
     * same database.
     */
    public synchronized long memoryUsageBytes() {
        try {
            if (monitor == null) {
                monitor = ((DuckDBConnection) connection).duplicate();
            }
            try (Statement statement = monitor.createStatement();
                    ResultSet result = statement.executeQuery(
                            "SELECT COALESCE(SUM(memory_usage_bytes), 0) FROM duckdb_memory()")) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new EngineException("duckdb: cannot read the memory in use: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            synchronized (this) {
                if (monitor != null) {
                    monitor.close();
                }
            }
            connection.close();
        } catch (SQLException e) {
            throw new EngineException("duckdb: cannot close: " + e.getMessage(), e);
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
