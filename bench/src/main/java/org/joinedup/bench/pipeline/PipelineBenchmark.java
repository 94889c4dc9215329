package org.joinedup.bench.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.joinedup.core.catalogue.BuiltInCatalogue;
import org.joinedup.pipeline.EngineSettings;
import org.joinedup.pipeline.duckdb.DuckDbEngine;
import org.joinedup.pipeline.input.InputProblem;
import org.joinedup.pipeline.input.InputValidator;
import org.joinedup.pipeline.input.ValidationReport;
import org.joinedup.pipeline.run.Definition;
import org.joinedup.pipeline.run.PipelineRun;
import org.joinedup.pipeline.run.ReferenceTables;
import org.joinedup.pipeline.run.RunWindow;

/**
 * The pipeline benchmark (docs/benchmarks.md, "Pipeline benchmark"):
 *
 * <pre>
 *   java -jar bench/target/joinedup-bench.jar pipeline --persons 1000000 [--seed 1] [--threads 2]
 *        [--memory-limit 4GB] [--spark] [--spark-heap 4g] [--work DIR]
 * </pre>
 *
 * <ol>
 *   <li>the canonical CSV data set of {@code pipeline generate} for the persons and seed (generated once
 *       and kept under the work folder);
 *   <li>validation: the CSV checked and written as the cleaned, typed Parquet the definitions read
 *       ({@link InputValidator}), timed on its own;
 *   <li>(a) the full run of every built-in definition with all its breakdowns on DuckDB over that
 *       Parquet ({@link PipelineRun}, without the store write): wall time, input events a second, each
 *       definition's time, peak JVM heap, DuckDB memory and process RSS;
 *   <li>(b) three metrics written by hand in DuckDB SQL over the same files ({@link HandWrittenSql}), their
 *       rows checked against the pipeline's practice totals, and the ratio of the pipeline's time for those
 *       definitions to the hand-written time;
 *   <li>(c) with {@code --spark}, the same run as (a) on Spark {@code local[threads]} in its own JVM.
 * </ol>
 */
public final class PipelineBenchmark {
    /** The generator writes two years from 2023-04-01: the run reports on them. */
    static final RunWindow WINDOW = new RunWindow(YearMonth.of(2023, 4), YearMonth.of(2025, 3));

    private static final List<String> EVENT_TABLES = List.of("hospital_spells", "ae_attendances", "social_care_events");

    record Options(
            long persons,
            long seed,
            int threads,
            String memoryLimit,
            boolean spark,
            String sparkHeap,
            Path work,
            List<String> definitions,
            List<String> sparkDefinitions) {
        EngineSettings settings() {
            return new EngineSettings(memoryLimit, threads);
        }
    }

    private final Options options;
    private final List<String[]> table = new ArrayList<>();

    PipelineBenchmark(Options options) {
        this.options = options;
    }

    /** The {@code pipeline} command's arguments after the command name. */
    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--spark")) {
                o.put("spark", "true");
            } else if (a.startsWith("--") && i + 1 < args.length) {
                o.put(a.substring(2), args[++i]);
            } else {
                System.err.println("usage: joinedup-bench pipeline --persons N [--seed S] [--threads 2]"
                        + " [--memory-limit 4GB] [--spark] [--spark-heap 4g] [--work DIR] [--definitions a,b,c]"
                        + " [--spark-definitions a,b,c]");
                System.exit(2);
            }
        }
        new PipelineBenchmark(new Options(
                        Long.parseLong(o.getOrDefault("persons", "1000000")
                                .replace("_", "")
                                .replace(",", "")),
                        Long.parseLong(o.getOrDefault("seed", "1")),
                        Integer.parseInt(o.getOrDefault("threads", "2")),
                        o.getOrDefault("memory-limit", "4GB"),
                        Boolean.parseBoolean(o.getOrDefault("spark", "false")),
                        o.getOrDefault("spark-heap", "4g"),
                        Path.of(o.getOrDefault("work", System.getProperty("java.io.tmpdir") + "/joinedup-bench")),
                        names(o.get("definitions")),
                        names(o.getOrDefault("spark-definitions", o.get("definitions")))))
                .run();
    }

    /** A comma-separated list of definitions, or empty for all of them. */
    private static List<String> names(String list) {
        return list == null ? List.of() : List.of(list.split(","));
    }

    /** The built-in definitions, or those named by --definitions. */
    List<Definition> definitions() {
        return options.definitions().isEmpty()
                ? Definition.builtIns()
                : options.definitions().stream().map(Definition::builtIn).toList();
    }

    void run() throws Exception {
        System.out.printf(
                Locale.UK,
                "joinedup-bench pipeline, %s, Java %s, %d cores, max heap %,d MB; %,d persons, seed %d, DuckDB"
                        + " threads %d, memory limit %s%n",
                LocalDate.now(),
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                options.persons(),
                options.seed(),
                options.threads(),
                options.memoryLimit());
        PipelineDataset dataset = PipelineDataset.generateOrReuse(options.work(), options.persons(), options.seed());
        Path base = dataset.folder().getParent();
        Path cleaned = base.resolve("cleaned");
        Bench.deleteTree(cleaned);
        Path reference = base.resolve("reference");
        Map<String, Path> referenceTables = ReferenceTables.prepare(PipelineBenchmark::openShipped, reference);

        ValidationReport validation = validate(dataset.folder(), cleaned);
        PracticeTotals totals = new PracticeTotals(HandWrittenSql.queries(WINDOW).stream()
                .map(HandWrittenSql.Query::metricId)
                .collect(Collectors.toSet()));
        Map<String, Long> definitionNanos = runDuckDb(cleaned, referenceTables, base.resolve("periods"), totals);
        handWritten(cleaned, definitionNanos, totals);
        if (options.spark()) {
            spark(cleaned, reference, base.resolve("spark-periods"));
        }
        printTable(validation);
    }

    private ValidationReport validate(Path input, Path cleaned) throws IOException {
        System.out.printf("validation: %s -> %s%n", input, cleaned);
        long csvBytes = Bench.sizeOf(input);
        InputValidator validator = new InputValidator(
                        PipelineDataset.shippedCodes(), options.settings(), false, 20, LocalDate.now())
                .onProgress(rows -> {
                    System.err.printf(Locale.UK, "\rvalidating: %,d rows read", rows);
                    System.err.flush();
                });
        ValidationReport report;
        MemorySampler.Peaks peaks;
        long cpu0 = Bench.cpuNanos();
        try (MemorySampler sampler = new MemorySampler(() -> 0)) {
            report = validator.validate(input, cleaned);
            peaks = sampler.stop();
        }
        long cpu = Bench.cpuNanos() - cpu0;
        System.err.print("\r\033[K");
        System.out.println(report.summary());
        for (InputProblem p : report.problems()) {
            System.out.println("  " + p);
        }
        if (!report.stored()) {
            throw new IllegalStateException("the generated data set did not validate");
        }
        row(
                "validation: CSV (" + Bench.megabytes(csvBytes) + ") to cleaned Parquet ("
                        + Bench.megabytes(Bench.sizeOf(cleaned)) + ")",
                String.format(Locale.ROOT, "%.2f", report.elapsedMillis() / 1000.0),
                String.format(Locale.UK, "%,.0f rows/s; CPU %s s", report.rowsPerSecond(), Bench.seconds(cpu)),
                memory(peaks));
        return report;
    }

    private Map<String, Long> runDuckDb(
            Path cleaned, Map<String, Path> referenceTables, Path periods, PracticeTotals totals) {
        System.out.println("(a) full run on DuckDB over " + cleaned);
        Map<String, Long> nanos = new LinkedHashMap<>();
        long[] last = {System.nanoTime()};
        long[] lastCpu = {Bench.cpuNanos()};
        String[] current = {""};
        AtomicLong observations = new AtomicLong();
        PipelineRun.Result result;
        MemorySampler.Peaks peaks;
        long t0 = System.nanoTime();
        long cpu0 = Bench.cpuNanos();
        try (DuckDbEngine engine = new DuckDbEngine(options.settings());
                MemorySampler sampler = new MemorySampler(engine::memoryUsageBytes)) {
            t0 = System.nanoTime();
            cpu0 = Bench.cpuNanos();
            last[0] = t0;
            lastCpu[0] = cpu0;
            result = PipelineRun.run(
                    engine,
                    cleaned,
                    new PipelineRun.Options(definitions(), BuiltInCatalogue.load(), referenceTables, WINDOW, periods),
                    (definition, rows) -> {
                        observations.addAndGet(rows.size());
                        totals.accept(definition.metricId(), rows);
                    },
                    progress -> {
                        long now = System.nanoTime();
                        long cpuNow = Bench.cpuNanos();
                        if (!current[0].isEmpty()) {
                            nanos.put(current[0], now - last[0]);
                            System.out.printf(
                                    Locale.UK,
                                    "  %-32s %8s s (CPU %s s)%n",
                                    current[0],
                                    Bench.seconds(now - last[0]),
                                    Bench.seconds(cpuNow - lastCpu[0]));
                        }
                        current[0] = progress.current();
                        last[0] = now;
                        lastCpu[0] = cpuNow;
                    });
            peaks = sampler.stop();
        }
        long elapsed = System.nanoTime() - t0;
        long cpu = Bench.cpuNanos() - cpu0;
        Map<String, Long> inputRows = result.provenance().inputRows();
        long events = EVENT_TABLES.stream()
                .mapToLong(t -> inputRows.getOrDefault(t, 0L))
                .sum();
        long all = inputRows.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(Locale.UK, "  input rows %s%n", inputRows);
        result.notes().forEach(n -> System.out.println("  note: " + n));
        long setup =
                elapsed - nanos.values().stream().mapToLong(Long::longValue).sum();
        row(
                "(a) full run, DuckDB: " + nanos.size() + " definitions, "
                        + String.format(Locale.UK, "%,d", observations.get()) + " observations",
                Bench.seconds(elapsed),
                String.format(
                        Locale.UK,
                        "%,.0f events/s (%,d events; %,d rows); CPU %s s",
                        events / (elapsed / 1e9),
                        events,
                        all,
                        Bench.seconds(cpu)),
                memory(peaks));
        row("  of which registering, counting and fingerprinting the input", Bench.seconds(setup), "", "");
        return nanos;
    }

    private void handWritten(Path cleaned, Map<String, Long> definitionNanos, PracticeTotals totals) throws Exception {
        System.out.println("(b) hand-written DuckDB SQL over the same Parquet");
        long pipelineSum = 0;
        long handSum = 0;
        for (HandWrittenSql.Query q : HandWrittenSql.queries(WINDOW)) {
            Map<String, double[]> rows;
            long nanos;
            MemorySampler.Peaks peaks;
            long cpu;
            try (Connection db = HandWrittenSql.open(cleaned, options.settings());
                    MemorySampler sampler = new MemorySampler(() -> 0)) {
                long t0 = System.nanoTime();
                long cpu0 = Bench.cpuNanos();
                rows = HandWrittenSql.run(db, q);
                nanos = System.nanoTime() - t0;
                cpu = Bench.cpuNanos() - cpu0;
                peaks = sampler.stop();
            }
            if (!definitionNanos.containsKey(q.metricId())) {
                // not among --definitions: nothing to compare with
                row(
                        "(b) hand-written: " + q.title(),
                        Bench.seconds(nanos),
                        "CPU " + Bench.seconds(cpu) + " s; the pipeline did not run it",
                        memory(peaks));
                continue;
            }
            StringBuilder diff = new StringBuilder();
            int differ = totals.differences(q.metricId(), rows, diff);
            long pipeline = definitionNanos.get(q.metricId());
            pipelineSum += pipeline;
            handSum += nanos;
            String agreement = differ == 0
                    ? String.format(Locale.UK, "%,d practice rows, equal to the pipeline's", rows.size())
                    : String.format(Locale.UK, "%,d practice rows, %,d DIFFER:%s", rows.size(), differ, diff);
            System.out.println("  " + q.title() + ": " + agreement);
            row(
                    "(b) hand-written: " + q.title(),
                    Bench.seconds(nanos),
                    String.format(
                            Locale.ROOT,
                            "CPU %s s; pipeline %s s, ratio %.2fx; %s",
                            Bench.seconds(cpu),
                            Bench.seconds(pipeline),
                            pipeline / (double) nanos,
                            differ == 0 ? "same totals" : differ + " rows differ"),
                    memory(peaks));
        }
        if (handSum > 0) {
            row(
                    "(b) pipeline / hand-written, the metrics run by both",
                    Bench.seconds(handSum),
                    String.format(
                            Locale.ROOT,
                            "pipeline %s s, ratio %.2fx (goal 1.25x)",
                            Bench.seconds(pipelineSum),
                            pipelineSum / (double) handSum),
                    "");
        }
    }

    private void spark(Path cleaned, Path reference, Path periods) throws Exception {
        System.out.println("(c) on Spark local[" + options.threads() + "]");
        SparkRun.Result r = SparkRun.time(
                repository(),
                cleaned,
                reference,
                periods,
                WINDOW,
                options.threads(),
                options.sparkHeap(),
                options.sparkDefinitions());
        row(
                "(c) "
                        + (options.sparkDefinitions().isEmpty()
                                ? "full run"
                                : String.join(", ", options.sparkDefinitions()))
                        + ", Spark local[" + options.threads() + "]: "
                        + String.format(Locale.UK, "%,d", r.observations()) + " observations",
                String.format(Locale.ROOT, "%.2f", r.runSeconds()),
                String.format(Locale.ROOT, "session start %.1f s, heap -Xmx%s", r.startSeconds(), options.sparkHeap()),
                "RSS " + Bench.megabytes(r.peakRss()));
    }

    private static Path repository() throws URISyntaxException {
        // bench/target/joinedup-bench.jar
        Path jar = Path.of(PipelineBenchmark.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        return jar.toAbsolutePath().getParent().getParent().getParent();
    }

    private static InputStream openShipped(String relativePath) throws IOException {
        InputStream in = PipelineBenchmark.class.getClassLoader().getResourceAsStream("opendata/" + relativePath);
        if (in == null) {
            throw new IOException("the benchmark jar has no opendata/" + relativePath);
        }
        return in;
    }

    private static String memory(MemorySampler.Peaks p) {
        return "heap " + Bench.megabytes(p.heap()) + (p.engine() > 0 ? ", DuckDB " + Bench.megabytes(p.engine()) : "")
                + ", RSS " + Bench.megabytes(p.rss()) + (p.rssReset() ? "" : " (sampled)");
    }

    /** A line of the table, printed at once too, so a run stopped part way still shows what it measured. */
    private void row(String what, String seconds, String rate, String memory) {
        table.add(new String[] {what, seconds, rate, memory});
        System.out.println("| " + what + " | " + seconds + " | " + rate + " | " + memory + " |");
    }

    private void printTable(ValidationReport validation) {
        System.out.println();
        System.out.println("| step | seconds | rate, comparison | peak memory |");
        System.out.println("|---|---:|---|---|");
        for (String[] r : table) {
            System.out.println("| " + String.join(" | ", r) + " |");
        }
        System.out.printf(
                Locale.UK,
                "%nValidated %,d rows; goals for 10M persons on 2 cores: full run <= 120 s, within 1.25x of"
                        + " hand-written, within a 4 GB memory limit.%n",
                validation.rowsRead());
        if (Files.exists(Path.of("/proc/loadavg"))) {
            try {
                System.out.println("load average: "
                        + Files.readString(Path.of("/proc/loadavg")).strip());
            } catch (IOException e) {
                // not on Linux
            }
        }
    }
}
