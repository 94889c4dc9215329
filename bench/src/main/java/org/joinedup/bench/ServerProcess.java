package org.joinedup.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real JoinedUp server (its packaged jar, {@code serve}) as a child process on a free port, against the
 * benchmark's PostgreSQL, with the workload's metrics as a local catalogue extension. Its log goes to
 * {@code server.log} and its garbage collector's to {@code server-gc.log} in the work folder.
 */
final class ServerProcess implements AutoCloseable {
    private static final Pattern STARTED = Pattern.compile("Started JoinedUp");
    private static final Pattern ASSESSED =
            Pattern.compile("Assessed ([0-9]+) series, ([0-9]+) points from ([0-9]+) observations in ([0-9]+) ms(.*)");
    private static final Pattern FAILED = Pattern.compile("Could not build the assessments|APPLICATION FAILED");
    private static final Pattern GC_LINE = Pattern.compile("([0-9]+)M->([0-9]+)M\\(([0-9]+)M\\)");
    private static final Pattern HEAP_USED = Pattern.compile("used ([0-9]+)K");

    /** What the first build of the assessments logged. */
    record Build(long series, long points, long observations, long millis, String detail) {}

    private final Process process;
    private final int port;
    private final Path gcLog;
    private final long startNanos = System.nanoTime();
    private final CompletableFuture<Double> started = new CompletableFuture<>();
    private final CompletableFuture<Build> assessed = new CompletableFuture<>();

    private ServerProcess(Process process, int port, Path gcLog, Path log) {
        this.process = process;
        this.port = port;
        this.gcLog = gcLog;
        Thread reader = new Thread(() -> follow(log), "server-log");
        reader.setDaemon(true);
        reader.start();
        process.onExit().thenRun(() -> {
            started.completeExceptionally(new IllegalStateException("the server exited; see " + log));
            assessed.completeExceptionally(new IllegalStateException("the server exited; see " + log));
        });
    }

    static ServerProcess start(Path jar, String heap, String dbUrl, Path catalogueDir, Path work) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(
                    "no server jar at " + jar + ": run ./mvnw -pl bench -am package -DskipTests first");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path gcLog = work.resolve("server-gc.log");
        Path log = work.resolve("server.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-Xlog:gc:file=" + gcLog,
                "-jar",
                jar.toString(),
                "serve",
                "--port",
                Integer.toString(port),
                "--db-url",
                dbUrl,
                "--data-dir",
                work.resolve("server-data").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JOINEDUP_CATALOGUE_DIR", catalogueDir.toString());
        Process process = builder.start();
        ServerProcess server = new ServerProcess(process, port, gcLog, log);
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        return server;
    }

    private void follow(Path log) {
        try (BufferedReader in =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(Files.newBufferedWriter(log), true)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(line);
                if (STARTED.matcher(line).find()) {
                    started.complete(ImportBenchmark.seconds(startNanos));
                }
                Matcher m = ASSESSED.matcher(line);
                if (m.find()) {
                    assessed.complete(new Build(
                            Long.parseLong(m.group(1)),
                            Long.parseLong(m.group(2)),
                            Long.parseLong(m.group(3)),
                            Long.parseLong(m.group(4)),
                            m.group(5).trim()));
                }
                if (FAILED.matcher(line).find()) {
                    assessed.completeExceptionally(new IllegalStateException(line + "; see " + log));
                }
            }
        } catch (IOException e) {
            assessed.completeExceptionally(e);
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** Seconds from the process start until Spring Boot reported the application started. */
    double awaitStarted(long timeoutSeconds) throws Exception {
        return started.get(timeoutSeconds, TimeUnit.SECONDS);
    }

    /** The first build of the assessments, once logged. */
    Build awaitAssessed(long timeoutSeconds) throws Exception {
        return assessed.get(timeoutSeconds, TimeUnit.SECONDS);
    }

    /** Seconds since the process started. */
    double uptime() {
        return ImportBenchmark.seconds(startNanos);
    }

    /** The most heap in use before any collection so far (MB), from the GC log: the peak, to a collection. */
    long peakHeapMb() throws IOException {
        long peak = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC_LINE.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)));
            }
        }
        return peak;
    }

    /** Heap in use after a full collection (MB): what the server holds live. */
    long liveHeapMb() throws IOException, InterruptedException {
        jcmd("GC.run");
        Matcher m = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!m.find()) {
            throw new IllegalStateException("no heap figure from jcmd");
        }
        return Long.parseLong(m.group(1)) >> 10;
    }

    /** Runs a jcmd command against the server and returns its output. */
    String jcmd(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        command.add(Long.toString(process.pid()));
        command.addAll(List.of(arguments));
        Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        return output;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
