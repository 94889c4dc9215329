package org.joinedup.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.joinedup.pipeline.Engine;
import org.joinedup.pipeline.EngineException;
import org.joinedup.pipeline.EngineSettings;
import org.joinedup.pipeline.InputFormat;
import org.joinedup.pipeline.InputTable;
import org.joinedup.pipeline.MetricQuery;
import org.joinedup.pipeline.MetricRow;

/**
 * The pipeline's engine on Apache Spark: the same {@link MetricQuery} text as DuckDB runs, on inputs
 * registered as temporary views. CSV is read with a header and every column as text (no schema
 * inference), like the DuckDB engine; Parquet keeps its types.
 *
 * <p>{@link #local} starts a Spark session inside this JVM ({@code local[threads]}, no UI, loopback
 * only, scratch space in a temporary folder) and stops it on {@link #close}. {@link #on} runs on a
 * session someone else started, for example under {@code spark-submit} on a cluster, and leaves it
 * running. Each engine has its own views ({@link SparkSession#newSession}), so two engines on one
 * session do not see each other's tables.
 */
public final class SparkEngine implements Engine {
    private final SparkSession session;
    private final SparkSession owned;
    private final Path scratch;

    private SparkEngine(SparkSession base, boolean owns, Path scratch) {
        this.session = base.newSession();
        this.owned = owns ? base : null;
        this.scratch = scratch;
    }

    /**
     * Starts a local Spark session in this JVM. Only one Spark context can run in a JVM: while a local
     * engine is open, another {@code local} call gets an engine on the same context, with its own
     * views, its settings are ignored, and closing it leaves the context to the engine that started
     * it. The memory limit is ignored too (the driver's memory is
     * the JVM's heap).
     *
     * @throws EngineException when Spark cannot start
     */
    public static SparkEngine local(EngineSettings settings) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("joinedup-spark-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create Spark's scratch folder", e);
        }
        String threads = Integer.toString(settings.threads());
        boolean running = SparkSession.getDefaultSession().isDefined();
        try {
            SparkSession spark = SparkSession.builder()
                    .appName("joinedup")
                    .master("local[" + threads + "]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.ui.showConsoleProgress", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", threads)
                    .config("spark.default.parallelism", threads)
                    .config("spark.sql.adaptive.enabled", "true")
                    .config("spark.sql.ansi.enabled", "true")
                    .config("spark.sql.session.timeZone", "UTC")
                    .config(
                            "spark.sql.warehouse.dir",
                            scratch.resolve("warehouse").toUri().toString())
                    .config("spark.local.dir", scratch.resolve("local").toString())
                    .getOrCreate();
            if (running) {
                delete(scratch);
                return new SparkEngine(spark, false, null);
            }
            return new SparkEngine(spark, true, scratch);
        } catch (RuntimeException e) {
            delete(scratch);
            throw new EngineException("spark: cannot start a local session: " + e.getMessage(), e);
        }
    }

    /** An engine on a running session, which {@link #close} leaves running. */
    public static SparkEngine on(SparkSession session) {
        return new SparkEngine(session, false, null);
    }

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public void register(String tableName, Path path) {
        InputTable.checkName(tableName);
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(tableName + ": " + path + " does not exist");
        }
        String location = path.toAbsolutePath().toString();
        try {
            Dataset<Row> table = switch (InputFormat.of(path)) {
                case CSV -> csvReader().csv(location);
                case PARQUET -> session.read().parquet(location);
            };
            table.createOrReplaceTempView(tableName);
        } catch (Exception e) { // AnalysisException is checked but undeclared
            throw new EngineException(
                    "spark: cannot register " + tableName + " from " + path + ": " + e.getMessage(), e);
        }
    }

    /** RFC 4180 as the data formats use it: header row, commas, quotes doubled inside quoted fields. */
    private DataFrameReader csvReader() {
        return session.read()
                .option("header", "true")
                .option("inferSchema", "false")
                .option("encoding", "UTF-8")
                .option("sep", ",")
                .option("quote", "\"")
                .option("escape", "\"")
                .option("mode", "FAILFAST");
    }

    @Override
    public List<MetricRow> run(MetricQuery query) {
        List<Row> result;
        try {
            Dataset<Row> frame = session.sql(query.sql());
            MetricRow.checkColumns(query, List.of(frame.columns()));
            result = frame.collectAsList();
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) { // Spark throws AnalysisException, a checked exception, undeclared
            throw failed(query, e);
        }
        List<MetricRow> rows = new ArrayList<>(result.size());
        for (Row row : result) {
            rows.add(MetricRow.of(
                    query,
                    row.getAs("metric"),
                    row.getAs("area_code"),
                    row.getAs("period"),
                    row.getAs("breakdown"),
                    row.getAs("numerator"),
                    row.getAs("denominator")));
        }
        Collections.sort(rows);
        return rows;
    }

    private static EngineException failed(MetricQuery query, Exception e) {
        String message = e instanceof AnalysisException analysis ? analysis.getSimpleMessage() : e.getMessage();
        return new EngineException("spark: metric " + query.metricId() + " failed: " + message, e);
    }

    @Override
    public void close() {
        if (owned != null) {
            owned.stop();
            delete(scratch);
        }
    }

    private static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete Spark's scratch folder " + folder, e);
        }
    }
}
