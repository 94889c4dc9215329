package org.joinedup.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark command line (docs/benchmarks.md):
 *
 * <pre>
 *   java -jar bench/target/joinedup-bench.jar workload
 *   java -jar bench/target/joinedup-bench.jar generate --rows N --out FILE|-
 *   java -jar bench/target/joinedup-bench.jar import   [--rows 1000000]
 *   java -jar bench/target/joinedup-bench.jar rollup   [--rows 1000000]
 *   java -Xmx12g -jar bench/target/joinedup-bench.jar assess [--threads 2] [--repeats 3] [--duckdb true]
 *   java -jar bench/target/joinedup-bench.jar pages [--rows N|all] [--clients 16,64] [--duration 30s]
 *       [--warmup 10s] [--paths /,/metrics/ae_4hr_n01,/about/data] [--server-heap 8g] [--server-jar PATH] [--gzip true] [--hold 0s]
 *   java -jar bench/target/joinedup-bench.jar pipeline --persons N [--threads 2] [--memory-limit 4GB] [--spark]
 * </pre>
 *
 * Common options: --seed S (default 1), --work DIR (default $TMPDIR/joinedup-bench; the embedded PostgreSQL data
 * directory and generated files go there and are wiped at the start of each run). The store's schema is the
 * server's own Flyway migrations.
 */
public final class Main {
    private static final String USAGE = "usage: joinedup-bench (workload | generate | import | rollup | assess | pages)"
            + " [--rows N] [--seed S] [--work DIR] [--out FILE|-]";

    private Main() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println(USAGE);
            System.exit(2);
        }
        String command = args[0];
        if (command.equals("pipeline")) {
            // its own options, with flags (--spark): docs/benchmarks.md, "Pipeline benchmark"
            org.joinedup.bench.pipeline.PipelineBenchmark.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("bad option " + args[i] + "\n" + USAGE);
                System.exit(2);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        long seed = Long.parseLong(options.getOrDefault("seed", "1"));
        NationalWorkload workload = new NationalWorkload(seed);
        long rows = parseRows(options.getOrDefault("rows", "1000000"), workload);
        Path work = Path.of(options.getOrDefault("work", System.getProperty("java.io.tmpdir") + "/joinedup-bench"));
        switch (command) {
            case "workload" -> describe(workload);
            case "generate" -> generate(workload, rows, options.getOrDefault("out", "-"));
            case "import" -> {
                header(command, workload);
                new ImportBenchmark(workload, rows, work).run();
            }
            case "rollup" -> {
                header(command, workload);
                new RollupBenchmark(workload, rows, work).run();
            }
            case "assess" -> {
                header(command, workload);
                new AssessBenchmark(
                                workload,
                                Integer.parseInt(options.getOrDefault("threads", "2")),
                                Integer.parseInt(options.getOrDefault("repeats", "3")),
                                Boolean.parseBoolean(options.getOrDefault("duckdb", "true")))
                        .run();
            }
            case "pages" -> {
                header(command, workload);
                new PageBenchmark(
                                workload,
                                new PageBenchmark.Options(
                                        rows,
                                        Arrays.stream(options.getOrDefault("clients", "16,64")
                                                        .split(","))
                                                .map(String::trim)
                                                .map(Integer::parseInt)
                                                .toList(),
                                        duration(options.getOrDefault("duration", "30s")),
                                        duration(options.getOrDefault("warmup", "10s")),
                                        Arrays.stream(options.getOrDefault("paths", "/,/metrics/ae_4hr_n01,/about/data")
                                                        .split(","))
                                                .map(String::trim)
                                                .toList(),
                                        Path.of(options.getOrDefault(
                                                "server-jar", "server/target/joinedup-server-exec.jar")),
                                        options.getOrDefault("server-heap", "8g"),
                                        Boolean.parseBoolean(options.getOrDefault("gzip", "true")),
                                        duration(options.getOrDefault("hold", "0s"))),
                                work)
                        .run();
            }
            default -> {
                System.err.println("unknown command " + command + "\n" + USAGE);
                System.exit(2);
            }
        }
    }

    /** A duration such as 30s, 2m or 500ms. */
    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        if (t.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
        }
        return Duration.ofSeconds(Long.parseLong(t.endsWith("s") ? t.substring(0, t.length() - 1) : t));
    }

    /** A row count: a number (underscores and commas allowed) or "all" for the full national workload. */
    private static long parseRows(String text, NationalWorkload workload) {
        if (text.equals("all")) {
            return workload.totalRows();
        }
        long rows = Long.parseLong(text.replace("_", "").replace(",", ""));
        if (rows < 1 || rows > workload.totalRows()) {
            throw new IllegalArgumentException("--rows must be 1 .. " + workload.totalRows());
        }
        return rows;
    }

    static void out(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    private static void header(String command, NationalWorkload workload) {
        out(
                "joinedup-bench %s, %s, Java %s, %d cores, max heap %,d MB",
                command,
                LocalDate.now(),
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        out(
                "national workload: %,d areas x %d metrics x %d months = %,d rows",
                workload.areaCount(), NationalWorkload.METRICS, NationalWorkload.MONTHS, workload.totalRows());
    }

    private static void describe(NationalWorkload workload) {
        out("national workload, seed %d", workload.seed());
        for (NationalWorkload.Type type : NationalWorkload.Type.values()) {
            int n = workload.count(type);
            int first = -1;
            for (int a = 0; a < workload.areaCount() && first < 0; a++) {
                if (workload.type(a) == type) {
                    first = a;
                }
            }
            out("  %-12s %,6d  e.g. %s", type.csvName, n, workload.code(first));
        }
        out("  %-12s %,6d", "areas", workload.areaCount());
        out("  metrics      %6d  e.g. %s", NationalWorkload.METRICS, workload.metricId(0));
        out(
                "  months       %6d  %s .. %s",
                NationalWorkload.MONTHS,
                NationalWorkload.periodLabel(0),
                NationalWorkload.periodLabel(NationalWorkload.MONTHS - 1));
        out("  rows a month %,d; all rows %,d", workload.rowsPerMonth(), workload.totalRows());
        long practiceRows = (long) workload.count(NationalWorkload.Type.GP_PRACTICE)
                * NationalWorkload.METRICS
                * NationalWorkload.MONTHS;
        out(
                "  GP practice rows %,d (rolled up); roll-up output rows %,d",
                practiceRows,
                (long) (1
                                + NationalWorkload.REGIONS
                                + NationalWorkload.ICBS
                                + NationalWorkload.SUB_ICBS
                                + NationalWorkload.PCNS)
                        * NationalWorkload.METRICS
                        * NationalWorkload.MONTHS);
    }

    private static void generate(NationalWorkload workload, long rows, String out) throws Exception {
        boolean stdout = out.equals("-");
        try (OutputStream stream = stdout
                ? new BufferedOutputStream(System.out, 1 << 20)
                : new BufferedOutputStream(Files.newOutputStream(Path.of(out)), 1 << 20)) {
            workload.writeCsv(stream, rows, new Progress("generate CSV", rows));
        }
    }
}
