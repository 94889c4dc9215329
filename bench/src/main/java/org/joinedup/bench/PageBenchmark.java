package org.joinedup.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Page latency of the real server over a national store: a prefix of the national workload bulk-loaded into
 * the server's schema ({@link BulkLoader}), the server's packaged jar started on it ({@link ServerProcess}),
 * then closed-loop clients ({@link PageLoad}) asking for pages of varying areas, per path and client count,
 * after a warm-up.
 */
final class PageBenchmark {
    /** What the whole-system page is to achieve, reported against. */
    static final double GOAL_P95_MILLIS = 50;

    static final double GOAL_PAGES_PER_SECOND = 1_000;

    record Options(
            long rows,
            List<Integer> clients,
            Duration duration,
            Duration warmup,
            List<String> paths,
            Path serverJar,
            String serverHeap,
            boolean gzip,
            Duration hold) {}

    /** One measured line, with the CPU the server and PostgreSQL spent on it and the machine's load. */
    private record Line(PageLoad.Result result, double serverCpuMillis, double databaseCpuMillis, double load) {
        double serverMillisPerPage() {
            return serverCpuMillis / Math.max(1, result.requests());
        }

        double databaseMillisPerPage() {
            return databaseCpuMillis / Math.max(1, result.requests());
        }
    }

    private final NationalWorkload workload;
    private final Options options;
    private final Path work;

    PageBenchmark(NationalWorkload workload, Options options, Path work) {
        this.workload = workload;
        this.options = options;
        this.work = work;
    }

    void run() throws Exception {
        Files.createDirectories(work);
        BulkLoader loader = new BulkLoader(workload);
        try (BenchDatabase db = BenchDatabase.start(work)) {
            long t = System.nanoTime();
            loader.schemaAndAreas(db.url());
            double[] load;
            try (Connection connection = db.connect()) {
                load = loader.load(connection, options.rows());
            }
            Main.out(
                    "bulk load: %,d rows in %.1f s (COPY %.1f s = %,.0f rows/s, index %.1f s, vacuum analyze %.1f s);"
                            + " observation %.1f GB with its index",
                    options.rows(),
                    ImportBenchmark.seconds(t),
                    load[0],
                    options.rows() / load[0],
                    load[1],
                    load[2],
                    db.scalar("select pg_total_relation_size('observation')") / 1e9);

            Path catalogue = work.resolve("catalogue");
            Files.createDirectories(catalogue);
            Files.writeString(catalogue.resolve("metrics.csv"), BenchStore.metricsCsv(workload));
            try (ServerProcess server =
                    ServerProcess.start(options.serverJar(), options.serverHeap(), db.url(), catalogue, work)) {
                double startedAt = server.awaitStarted(600);
                ServerProcess.Build build = server.awaitAssessed(3_600);
                double readyAt = server.uptime();
                long peak = server.peakHeapMb();
                long live = server.liveHeapMb();
                Main.out(
                        "server (pid %d, -Xmx%s) started in %.1f s; first assessment build %.1f s"
                                + " %s (%,d series, %,d points from %,d observations), ready %.1f s after start",
                        server.pid(),
                        options.serverHeap(),
                        startedAt,
                        build.millis() / 1e3,
                        build.detail(),
                        build.series(),
                        build.points(),
                        build.observations(),
                        readyAt);
                Main.out("server heap: peak %,d MB before a collection; %,d MB live after a full GC", peak, live);
                // The server wrote its shipped geography at start-up: no workload area may have been overwritten.
                long kept = db.scalar("select count(*) from area where name like 'Bench %'");
                if (kept != workload.areaCount() - 1) {
                    throw new IllegalStateException("the server's geography overwrote workload areas");
                }

                PageLoad pages = new PageLoad(server.port(), PageLoad.mixedAreas(workload, loader), options.gzip());
                CpuMeter serverCpu = CpuMeter.of(server.pid());
                CpuMeter databaseCpu = CpuMeter.tree(db.postmasterPid());
                List<Line> results = new ArrayList<>();
                for (String path : options.paths()) {
                    for (int clients : options.clients()) {
                        pages.run(path, clients, options.warmup());
                        double s0 = serverCpu.millis();
                        double d0 = databaseCpu.millis();
                        PageLoad.Result result = pages.run(path, clients, options.duration());
                        Line line = new Line(
                                result, serverCpu.millis() - s0, databaseCpu.millis() - d0, CpuMeter.loadAverage());
                        print(line);
                        results.add(line);
                    }
                }
                Main.out("");
                Main.out(
                        "pages, %,d rows, %ss warm-up + %ss measured per line, areas: ICBs, practices and councils"
                                + " in equal thirds%s",
                        options.rows(),
                        options.warmup().toSeconds(),
                        options.duration().toSeconds(),
                        options.gzip() ? ", gzip" : "");
                Main.out(
                        "  %-22s %7s %9s %6s %8s %7s %7s %7s %8s %7s %9s %9s %5s",
                        "path",
                        "clients",
                        "requests",
                        "errors",
                        "pages/s",
                        "p50 ms",
                        "p95 ms",
                        "p99 ms",
                        "max ms",
                        "KB/page",
                        "server ms",
                        "postgres",
                        "load");
                for (Line line : results) {
                    PageLoad.Result r = line.result();
                    Main.out(
                            "  %-22s %7d %,9d %,6d %,8.0f %7.1f %7.1f %7.1f %8.1f %7.1f %9.2f %9.2f %5.1f",
                            r.path(),
                            r.clients(),
                            r.requests(),
                            r.errors(),
                            r.pagesPerSecond(),
                            r.percentileMillis(50),
                            r.percentileMillis(95),
                            r.percentileMillis(99),
                            r.maxMillis(),
                            r.kilobytesPerPage(),
                            line.serverMillisPerPage(),
                            line.databaseMillisPerPage(),
                            line.load());
                }
                Main.out(
                        "  (server ms, postgres: CPU milliseconds per page; load: one-minute load average at the end)");
                for (Line line : results) {
                    PageLoad.Result r = line.result();
                    if (r.path().equals("/")) {
                        Main.out(
                                "  goal for / at %d clients (p95 <= %.0f ms, >= %,.0f pages/s): %s",
                                r.clients(),
                                GOAL_P95_MILLIS,
                                GOAL_PAGES_PER_SECOND,
                                r.percentileMillis(95) <= GOAL_P95_MILLIS
                                                && r.pagesPerSecond() >= GOAL_PAGES_PER_SECOND
                                                && r.errors() == 0
                                        ? "met"
                                        : "NOT met");
                    }
                }
                if (!options.hold().isZero()) {
                    Main.out(
                            "holding the server on http://127.0.0.1:%d/ (pid %d) for %d s",
                            server.port(), server.pid(), options.hold().toSeconds());
                    Thread.sleep(options.hold().toMillis());
                }
            }
        }
    }

    private static void print(Line line) {
        PageLoad.Result r = line.result();
        Main.out(
                "%s, %d clients: %,d requests, %,d errors, %,.0f pages/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms,"
                        + " max %.1f ms; CPU per page: server %.2f ms, PostgreSQL %.2f ms; load %.1f%s",
                r.path(),
                r.clients(),
                r.requests(),
                r.errors(),
                r.pagesPerSecond(),
                r.percentileMillis(50),
                r.percentileMillis(95),
                r.percentileMillis(99),
                r.maxMillis(),
                line.serverMillisPerPage(),
                line.databaseMillisPerPage(),
                line.load(),
                r.firstError() == null ? "" : "; first error: " + r.firstError());
    }
}
