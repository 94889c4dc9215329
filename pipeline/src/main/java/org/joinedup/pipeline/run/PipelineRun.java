package org.joinedup.pipeline.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.joinedup.core.catalogue.Catalogue;
import org.joinedup.core.catalogue.Metric;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.observation.Observation;
import org.joinedup.core.observation.Status;
import org.joinedup.core.period.Frequency;
import org.joinedup.core.period.Period;
import org.joinedup.pipeline.Engine;
import org.joinedup.pipeline.EngineException;
import org.joinedup.pipeline.InputTable;
import org.joinedup.pipeline.MetricQuery;
import org.joinedup.pipeline.MetricRow;

/**
 * Runs every definition on an engine over a folder of linked data and hands the observations of each,
 * one definition at a time, to a {@link Sink}. The engine's memory is bounded by its
 * {@link org.joinedup.pipeline.EngineSettings} (DuckDB spills to disk above it); the run itself holds
 * one definition's rows at a time.
 *
 * <p>For each definition: the catalogue gives the metric's frequency, the run window the periods of that
 * frequency ({@link RunWindow}), registered as the table {@code periods}; each row becomes an observation
 * under the catalogue version valid for its period. Rows in a period for which the catalogue has no valid
 * version of the metric are counted as left out, not sent: the catalogue says the metric was not defined
 * then. A definition whose metric is not in the catalogue, or that reads a table the folder does not
 * have, is skipped and named in the result.
 */
public final class PipelineRun {
    /** The linked data tables, in a folder as {@code <name>.csv}, {@code .csv.gz}, {@code .parquet} or a folder. */
    public static final List<String> INPUT_TABLES = List.of(
            "persons",
            "person_residence",
            "person_registration",
            "hospital_spells",
            "ae_attendances",
            "social_care_events");

    /**
     * What to run and against what. {@code window} null means the months of the hospital spells.
     *
     * @param icd10Diagnoses whether the input's diagnoses are ICD-10 codes. When not (Synthea's SNOMED CT
     *     codes without a mapping), definitions that select on diagnoses are skipped and the frailty
     *     breakdown (Hospital Frailty Risk Score, from ICD-10 codes) is left out, each with a note: every
     *     person would otherwise count as low frailty and every count of a diagnosis would be zero.
     */
    public record Options(
            List<Definition> definitions,
            Catalogue catalogue,
            Map<String, Path> referenceTables,
            RunWindow window,
            Path workFolder,
            boolean icd10Diagnoses) {
        /** Canonical input, whose diagnoses are ICD-10 codes. */
        public Options(
                List<Definition> definitions,
                Catalogue catalogue,
                Map<String, Path> referenceTables,
                RunWindow window,
                Path workFolder) {
            this(definitions, catalogue, referenceTables, window, workFolder, true);
        }
    }

    /** The breakdown key computed from ICD-10 diagnoses (docs/pipeline-metrics.md, frailty). */
    static final String FRAILTY_KEY = "frailty";

    /** Receives the observations of one definition; may throw to stop the run. */
    @FunctionalInterface
    public interface Sink {
        void accept(Definition definition, List<Observation> observations);
    }

    /** Progress after each step. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = progress -> {};

        void update(Progress progress);
    }

    /**
     * Where a run is: definitions done of all, the one running now (empty at the end), rows of input the
     * definitions have read so far (each definition reads the input tables it uses), observations made,
     * time spent and an estimate of the time left (empty before the first definition ends).
     */
    public record Progress(
            int definitionsDone,
            int definitionsTotal,
            String current,
            long rowsRead,
            long observations,
            Duration elapsed,
            Optional<Duration> left) {
        public String line() {
            return "definitions " + definitionsDone + "/" + definitionsTotal
                    + (current.isEmpty() ? "" : " (" + current + ")")
                    + ", rows read " + rowsRead + ", observations " + observations
                    + ", elapsed " + seconds(elapsed)
                    + left.map(d -> ", about " + seconds(d) + " left").orElse("");
        }

        private static String seconds(Duration d) {
            return d.toSeconds() + " s";
        }
    }

    /**
     * Where a run's observations came from: a run id, a fingerprint of the input files (SHA-256 over
     * table names and file contents, so the same files give the same fingerprint), the version of each
     * definition run, the engine, the window and the rows of each input table.
     */
    public record Provenance(
            String runId,
            String inputFingerprint,
            Map<String, Integer> definitionVersions,
            String engine,
            RunWindow window,
            Map<String, Long> inputRows) {
        /** One line for a submission's source or a log. */
        public String summary() {
            StringBuilder versions = new StringBuilder();
            definitionVersions.forEach((id, v) -> versions.append(versions.isEmpty() ? "" : ",")
                    .append(id)
                    .append("=v")
                    .append(v));
            return "pipeline run " + runId + " on " + engine + ", input " + inputFingerprint.substring(0, 16) + ", "
                    + window + ", definitions " + versions;
        }
    }

    /** The run's provenance, observations by metric, and what was skipped or left out, with why. */
    public record Result(Provenance provenance, Map<String, Integer> observations, List<String> notes) {
        public int total() {
            return observations.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private PipelineRun() {}

    /**
     * Runs the definitions.
     *
     * @throws IllegalArgumentException when the folder lacks a table every definition needs
     *     ({@code persons}) or holds one twice
     * @throws EngineException when a definition fails on the engine (the run stops there)
     */
    public static Result run(Engine engine, Path input, Options options, Sink sink, Listener listener) {
        long started = System.nanoTime();
        Map<String, Path> tables = findInputs(input);
        if (!tables.containsKey("persons")) {
            throw new IllegalArgumentException(
                    input + " has no persons table (persons.csv, .csv.gz, .parquet or a folder)");
        }
        tables.forEach(engine::register);
        options.referenceTables().forEach(engine::register);
        Map<String, Long> inputRows = countRows(engine, tables.keySet());
        RunWindow window = options.window() != null ? options.window() : windowOfSpells(engine, tables);
        String runId = UUID.randomUUID().toString();
        Map<String, Integer> versions = new LinkedHashMap<>();
        for (Definition d : options.definitions()) {
            versions.put(d.metricId(), d.version());
        }
        Provenance provenance = new Provenance(runId, fingerprint(tables), versions, engine.name(), window, inputRows);

        Map<String, Integer> made = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        int total = options.definitions().size();
        long rowsRead = 0;
        long observations = 0;
        int done = 0;
        for (Definition definition : options.definitions()) {
            listener.update(progress(done, total, definition.metricId(), rowsRead, observations, started));
            List<Observation> out = runOne(engine, definition, options, window, tables.keySet(), notes);
            if (out != null) {
                rowsRead += inputRows.entrySet().stream()
                        .filter(e -> definition.reads(e.getKey()))
                        .mapToLong(Map.Entry::getValue)
                        .sum();
                sink.accept(definition, out);
                made.put(definition.metricId(), out.size());
                observations += out.size();
            }
            done++;
        }
        listener.update(progress(done, total, "", rowsRead, observations, started));
        if (!options.icd10Diagnoses()) {
            notes.add("frailty breakdown left out: the input's diagnoses are not ICD-10 codes, so no"
                    + " Hospital Frailty Risk Score can be computed");
        }
        return new Result(provenance, made, List.copyOf(notes));
    }

    private static List<Observation> runOne(
            Engine engine,
            Definition definition,
            Options options,
            RunWindow window,
            java.util.Set<String> present,
            List<String> notes) {
        String id = definition.metricId();
        Optional<Metric> metric = options.catalogue().metric(id);
        if (metric.isEmpty()) {
            notes.add(id + ": skipped, the metric is not in the catalogue");
            return null;
        }
        List<String> missing = INPUT_TABLES.stream()
                .filter(t -> !present.contains(t) && definition.reads(t))
                .toList();
        if (!missing.isEmpty()) {
            notes.add(id + ": skipped, the input has no " + String.join(", ", missing));
            return null;
        }
        if (!options.icd10Diagnoses() && definition.selectsOnDiagnoses()) {
            notes.add(id + ": skipped, it selects on ICD-10 diagnoses and the input's diagnoses are not ICD-10"
                    + " codes");
            return null;
        }
        Frequency frequency = metric.get().latest().frequency();
        if (window.periods(frequency).isEmpty()) {
            notes.add(id + ": skipped, no whole " + frequency.name().toLowerCase() + " period in " + window);
            return null;
        }
        Path periods = window.writePeriods(
                frequency,
                options.workFolder().resolve("periods_" + frequency.name().toLowerCase() + ".csv"));
        engine.register("periods", periods);
        MetricQuery query = definition.query();
        List<MetricRow> rows = engine.run(query);
        List<Observation> out = new ArrayList<>(rows.size());
        Map<String, Integer> outside = new LinkedHashMap<>();
        for (MetricRow row : rows) {
            if (!options.icd10Diagnoses() && hasKey(row.breakdown(), FRAILTY_KEY)) {
                continue;
            }
            Period period = Period.parse(row.period(), frequency);
            Optional<MetricDefinition> version = metric.get().versionFor(period);
            if (version.isEmpty() || !version.get().frequency().allows(period.type())) {
                outside.merge(period.label(), 1, Integer::sum);
                continue;
            }
            out.add(row.toObservation(version.get().version(), frequency, Status.FINAL));
        }
        if (!outside.isEmpty()) {
            notes.add(id + ": left out "
                    + outside.values().stream().mapToInt(Integer::intValue).sum()
                    + " rows in periods the catalogue has no version for (" + String.join(", ", outside.keySet())
                    + ")");
        }
        return out;
    }

    /** True when a breakdown label ({@code key=value;key=value}) has the key. */
    static boolean hasKey(String breakdown, String key) {
        if (breakdown == null) {
            return false;
        }
        for (String part : breakdown.split(";")) {
            if (part.startsWith(key + "=")) {
                return true;
            }
        }
        return false;
    }

    private static Progress progress(
            int done, int total, String current, long rowsRead, long observations, long started) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        Optional<Duration> left = done == 0
                ? Optional.empty()
                : Optional.of(elapsed.dividedBy(done).multipliedBy(total - done));
        return new Progress(done, total, current, rowsRead, observations, elapsed, left);
    }

    /** The input tables present in the folder, by the same file rules as {@link InputTable#findIn}. */
    public static Map<String, Path> findInputs(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is not a folder");
        }
        Map<String, Path> found = new LinkedHashMap<>();
        for (String table : INPUT_TABLES) {
            List<Path> candidates = new ArrayList<>();
            for (String suffix : List.of(".csv", ".csv.gz", ".parquet", "")) {
                Path candidate = folder.resolve(table + suffix);
                if (suffix.isEmpty() ? Files.isDirectory(candidate) : Files.isRegularFile(candidate)) {
                    candidates.add(candidate);
                }
            }
            if (candidates.size() > 1) {
                throw new IllegalArgumentException(folder + " holds " + table + " more than once: " + candidates);
            }
            candidates.forEach(path -> found.put(table, path));
        }
        return found;
    }

    private static Map<String, Long> countRows(Engine engine, java.util.Set<String> tables) {
        StringBuilder sql = new StringBuilder();
        for (String table : tables) {
            sql.append(sql.isEmpty() ? "" : " UNION ALL ")
                    .append("SELECT 'input_rows' AS metric, '")
                    .append(table)
                    .append("' AS area_code, 'all' AS period, '' AS breakdown, COUNT(*) AS numerator,"
                            + " CAST(NULL AS DOUBLE) AS denominator FROM ")
                    .append(table);
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        for (MetricRow row : engine.run(new MetricQuery("input_rows", sql.toString()))) {
            rows.put(row.areaCode(), row.numerator().longValue());
        }
        return rows;
    }

    /** From the first month a spell starts to the last month one starts or ends. */
    private static RunWindow windowOfSpells(Engine engine, Map<String, Path> tables) {
        if (!tables.containsKey("hospital_spells")) {
            throw new IllegalArgumentException("without hospital_spells a run needs its months (--from and --to)");
        }
        MetricQuery query = new MetricQuery(
                "input_window",
                "SELECT 'input_window' AS metric, 'spells' AS area_code,"
                        + " COALESCE(SUBSTR(CAST(MIN(CAST(admission_date AS DATE)) AS STRING), 1, 7), 'none') AS period,"
                        + " COALESCE(SUBSTR(CAST(GREATEST(MAX(CAST(admission_date AS DATE)),"
                        + " COALESCE(MAX(CAST(discharge_date AS DATE)), MAX(CAST(admission_date AS DATE)))) AS STRING), 1, 7), '')"
                        + " AS breakdown, COUNT(*) AS numerator, CAST(NULL AS DOUBLE) AS denominator FROM hospital_spells");
        MetricRow row = engine.run(query).get(0);
        if (row.period().equals("none")) {
            throw new IllegalArgumentException("hospital_spells is empty: give the run's months (--from and --to)");
        }
        return new RunWindow(YearMonth.parse(row.period()), YearMonth.parse(row.breakdown()));
    }

    /** SHA-256 over each table's name and the bytes of its files in name order. */
    static String fingerprint(Map<String, Path> tables) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[1 << 16];
        for (Map.Entry<String, Path> table : tables.entrySet()) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(table.getValue())) {
                files = walk.filter(Files::isRegularFile)
                        .sorted(Comparator.naturalOrder())
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + table.getValue(), e);
            }
            digest.update(table.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (Path file : files) {
                digest.update(
                        table.getValue().relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(file)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        digest.update(buffer, 0, n);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
