package org.joinedup.bench.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.joinedup.core.catalogue.BuiltInCatalogue;
import org.joinedup.pipeline.Engine;
import org.joinedup.pipeline.EngineSettings;
import org.joinedup.pipeline.run.Definition;
import org.joinedup.pipeline.run.PipelineRun;
import org.joinedup.pipeline.run.ReferenceTables;
import org.joinedup.pipeline.run.RunWindow;

/**
 * The same full run on Spark in local mode, in a JVM of its own: Spark needs its own class path (the
 * {@code spark} module's, written by Maven to {@code spark/target/classpath.txt}), which does not mix
 * with the server's in the benchmark jar. {@link #time} starts that JVM; {@link #main} runs in it and
 * prints one result line that {@link #time} reads. {@code SparkEngine} is loaded by name, so the
 * benchmark compiles without Spark.
 */
public final class SparkRun {
    private static final String RESULT = "spark-result ";

    /** Spark's own JVM options on Java 17 (as the spark module's tests run it). */
    private static final List<String> JAVA_OPTIONS = List.of(
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "-Djdk.reflect.useDirectMethodHandle=false",
            "-Dio.netty.tryReflectionSetAccessible=true");

    /** What the Spark JVM reported: the run's seconds (session start excluded), observations, peak RSS. */
    record Result(double startSeconds, double runSeconds, long observations, long peakRss) {}

    private SparkRun() {}

    /**
     * Runs the definitions on Spark {@code local[threads]} in a new JVM with a heap of {@code heap}.
     *
     * @param repository the checkout, for {@code spark/target/classpath.txt} and the module jars
     */
    static Result time(
            Path repository,
            Path cleaned,
            Path reference,
            Path work,
            RunWindow window,
            int threads,
            String heap,
            List<String> definitions)
            throws IOException, InterruptedException {
        Path classpathFile = repository.resolve("spark/target/classpath.txt");
        if (!Files.exists(classpathFile)) {
            throw new IllegalStateException(classpathFile + " is missing: run ./mvnw -o -q -pl spark -am package"
                    + " -DskipTests dependency:build-classpath -Dmdep.outputFile=target/classpath.txt"
                    + " -Dmdep.includeScope=compile (docs/benchmarks.md)");
        }
        String classpath = String.join(
                java.io.File.pathSeparator,
                repository
                        .resolve("bench/target/joinedup-bench-0.1.0-SNAPSHOT.jar")
                        .toString(),
                repository
                        .resolve("spark/target/joinedup-spark-0.1.0-SNAPSHOT.jar")
                        .toString(),
                Files.readString(classpathFile).strip());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.addAll(JAVA_OPTIONS);
        command.addAll(List.of("-cp", classpath, SparkRun.class.getName()));
        command.addAll(List.of(
                cleaned.toString(),
                reference.toString(),
                work.toString(),
                window.from().toString(),
                window.to().toString(),
                Integer.toString(threads),
                definitions.isEmpty() ? "all" : String.join(",", definitions)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process process = builder.start();
        Result result = null;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(RESULT)) {
                    String[] f = line.substring(RESULT.length()).split(" ");
                    result = new Result(
                            Double.parseDouble(f[0]),
                            Double.parseDouble(f[1]),
                            Long.parseLong(f[2]),
                            Long.parseLong(f[3]));
                } else {
                    System.out.println("  spark: " + line);
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || result == null) {
            throw new IllegalStateException("the Spark run failed (exit code " + exit + ")");
        }
        return result;
    }

    /** In the Spark JVM: {@code cleaned reference work from to threads definitions|all}. */
    public static void main(String[] args) throws Exception {
        Path cleaned = Path.of(args[0]);
        Path reference = Path.of(args[1]);
        Path work = Path.of(args[2]);
        RunWindow window = RunWindow.parse(args[3], args[4]);
        EngineSettings settings = EngineSettings.DEFAULT.withThreads(Integer.parseInt(args[5]));
        List<Definition> definitions = args[6].equals("all")
                ? Definition.builtIns()
                : java.util.Arrays.stream(args[6].split(","))
                        .map(Definition::builtIn)
                        .toList();
        Map<String, Path> tables = new LinkedHashMap<>();
        tables.put(ReferenceTables.LSOA_LOOKUP, reference.resolve(ReferenceTables.LSOA_LOOKUP + ".csv.gz"));
        tables.put(ReferenceTables.HFRS_POINTS, reference.resolve(ReferenceTables.HFRS_POINTS + ".csv"));
        long t0 = System.nanoTime();
        try (Engine engine = (Engine) Class.forName("org.joinedup.spark.SparkEngine")
                .getMethod("local", EngineSettings.class)
                .invoke(null, settings)) {
            long t1 = System.nanoTime();
            AtomicLong observations = new AtomicLong();
            PipelineRun.run(
                    engine,
                    cleaned,
                    new PipelineRun.Options(definitions, BuiltInCatalogue.load(), tables, window, work),
                    (definition, rows) -> observations.addAndGet(rows.size()),
                    progress -> System.err.println("  spark: " + progress.line()));
            long t2 = System.nanoTime();
            System.out.println(String.format(
                    Locale.ROOT,
                    RESULT + "%.3f %.3f %d %d",
                    (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9,
                    observations.get(),
                    MemorySampler.status("VmHWM:")));
        }
    }
}
