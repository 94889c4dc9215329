package org.joinedup.server.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.joinedup.core.catalogue.Catalogue;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.ValueType;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.Geography;
import org.joinedup.core.observation.Observation;
import org.joinedup.core.observation.ObservationKey;
import org.joinedup.core.observation.ValueCalculator;
import org.joinedup.pipeline.EngineSettings;
import org.joinedup.pipeline.duckdb.DuckDbEngine;
import org.joinedup.pipeline.run.Definition;
import org.joinedup.pipeline.run.PipelineRun;
import org.joinedup.pipeline.run.ReferenceTables;
import org.joinedup.pipeline.run.RunWindow;
import org.joinedup.server.reference.ReferenceData;
import org.joinedup.server.submission.SubmissionReport;
import org.joinedup.server.submission.SubmissionService;
import org.springframework.stereotype.Service;

/**
 * Runs the pipeline's definitions on DuckDB over a folder of linked data and stores the observations as
 * one submission through {@link SubmissionService}, so they are validated like any other file and
 * written in one transaction: a run that fails, is refused or is killed leaves no observations behind,
 * and a run over the same input changes nothing (the writer finds every row identical and rolls back).
 *
 * <p>The observations are written to a canonical submission CSV in a temporary folder as each
 * definition finishes, then submitted whole. Rows for an area the geography does not know, or that did
 * not exist throughout the period (an LSOA lookup's local authority abolished since), are left out and
 * counted in the report rather than refusing the whole run.
 */
@Service
public class PipelineService {
    private final SubmissionService submissions;
    private final ReferenceData reference;

    public PipelineService(SubmissionService submissions, ReferenceData reference) {
        this.submissions = submissions;
        this.reference = reference;
    }

    /** What a run did: its provenance and notes, the rows left out by area, and the submission's report. */
    public record Report(PipelineRun.Result run, Map<String, Integer> leftOutAreas, SubmissionReport submission) {
        public boolean accepted() {
            return submission.accepted();
        }
    }

    /**
     * Runs every built-in definition.
     *
     * @param window the months to report on, or null for the months of the hospital spells
     */
    public Report run(
            Path input, RunWindow window, EngineSettings settings, String receivedBy, PipelineRun.Listener listener) {
        Path work = temporaryFolder();
        try {
            Map<String, Path> tables = ReferenceTables.prepare(PipelineService::openShipped, work.resolve("reference"));
            Path csv = work.resolve("observations.csv");
            Map<String, Integer> leftOut = new LinkedHashMap<>();
            PipelineRun.Result result;
            try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                    DuckDbEngine engine = new DuckDbEngine(settings)) {
                out.write("metric,area_code,period,breakdown,numerator,denominator,value,status\n");
                Geography geography = reference.geography();
                Catalogue catalogue = reference.catalogue();
                PipelineRun.Sink sink =
                        (definition, observations) -> write(out, geography, catalogue, observations, leftOut);
                result = PipelineRun.run(
                        engine,
                        input,
                        new PipelineRun.Options(
                                Definition.builtIns(), reference.catalogue(), tables, window, work.resolve("periods")),
                        sink,
                        listener);
            }
            String name = "pipeline-" + result.provenance().inputFingerprint().substring(0, 16) + ".csv";
            SubmissionReport report = submissions.submit(
                    name, Files.readAllBytes(csv), result.provenance().summary(), receivedBy);
            return new Report(result, leftOut, report);
        } catch (IOException e) {
            throw new UncheckedIOException("pipeline run over " + input + ": " + e.getMessage(), e);
        } finally {
            delete(work);
        }
    }

    /**
     * Writes the observations as canonical CSV rows. A directly standardised metric's rows are age bands
     * (core standardises them into totals); the validator wants a value on each, which for one band is
     * its crude rate ({@link ValueCalculator#value}).
     */
    private static void write(
            BufferedWriter out,
            Geography geography,
            Catalogue catalogue,
            List<Observation> observations,
            Map<String, Integer> leftOut) {
        try {
            for (Observation o : observations) {
                ObservationKey key = o.key();
                Optional<Area> area = geography.resolve(key.areaCode());
                if (area.isEmpty() || !geography.isValidDuring(area.get(), key.period())) {
                    leftOut.merge(key.areaCode(), 1, Integer::sum);
                    continue;
                }
                out.write(key.metricId());
                out.write(',');
                out.write(key.areaCode());
                out.write(',');
                out.write(key.period().label());
                out.write(',');
                out.write(key.breakdown().label());
                out.write(',');
                out.write(number(o.numerator()));
                out.write(',');
                out.write(number(o.denominator()));
                out.write(',');
                Optional<MetricDefinition> definition = catalogue.definition(key.metricId(), o.definitionVersion());
                if (definition.isPresent() && definition.get().valueType() == ValueType.DSR) {
                    OptionalDouble crude = ValueCalculator.value(definition.get(), o.numerator(), o.denominator());
                    out.write(crude.isPresent() ? number(crude.getAsDouble()) : "");
                }
                out.write(',');
                out.write(o.status().name().toLowerCase(java.util.Locale.ROOT));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String number(Double value) {
        return value == null
                ? ""
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static InputStream openShipped(String relativePath) throws IOException {
        InputStream in = PipelineService.class.getClassLoader().getResourceAsStream("opendata/" + relativePath);
        if (in == null) {
            throw new IOException("the server jar has no opendata/" + relativePath);
        }
        return in;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("joinedup-pipeline-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the pipeline", e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            List<Path> all =
                    new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing a run for
        }
    }
}
