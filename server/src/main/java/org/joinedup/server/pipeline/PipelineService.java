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
import org.joinedup.core.geography.AreaType;
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
import org.joinedup.pipeline.synthea.SyntheaMapper;
import org.joinedup.pipeline.synthea.SyntheaMapping;
import org.joinedup.pipeline.synthea.SyntheaOptions;
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

    /**
     * What a run did: its provenance and notes, the rows left out by area, the submission's report, and
     * what mapping the input did (empty for canonical input).
     */
    public record Report(
            PipelineRun.Result run,
            Map<String, Integer> leftOutAreas,
            SubmissionReport submission,
            List<String> inputNotes) {
        public boolean accepted() {
            return submission.accepted();
        }
    }

    /** A Synthea export that could not be mapped: nothing was run or stored. */
    public static final class SyntheaInputRefused extends RuntimeException {
        private final transient SyntheaMapping mapping;

        SyntheaInputRefused(SyntheaMapping mapping) {
            super(mapping.summary());
            this.mapping = mapping;
        }

        public SyntheaMapping mapping() {
            return mapping;
        }
    }

    /**
     * Runs every built-in definition over a folder of canonical input (docs/pipeline-input.md).
     *
     * @param window the months to report on, or null for the months of the hospital spells
     */
    public Report run(
            Path input, RunWindow window, EngineSettings settings, String receivedBy, PipelineRun.Listener listener) {
        Path work = temporaryFolder();
        try {
            Map<String, Path> tables = ReferenceTables.prepare(PipelineService::openShipped, work.resolve("reference"));
            return runOn(
                    new Prepared(input, Definition.builtIns(), true, List.of()),
                    tables,
                    work,
                    window,
                    settings,
                    receivedBy,
                    listener);
        } finally {
            delete(work);
        }
    }

    /**
     * Maps a Synthea CSV export to the canonical tables (docs/pipeline-input.md, "Synthea input") and runs
     * every built-in definition over them, as {@link #run}.
     *
     * @throws SyntheaInputRefused when the export has a problem (nothing is run or stored)
     * @throws IllegalArgumentException when the default area or practice is not in the shipped geography
     */
    public Report runSynthea(
            Path input,
            SyntheaOptions options,
            RunWindow window,
            EngineSettings settings,
            String receivedBy,
            PipelineRun.Listener listener) {
        Optional<Area> practice = reference.geography().resolve(options.defaultPractice());
        if (practice.isEmpty() || practice.get().type() != AreaType.GP_PRACTICE) {
            throw new IllegalArgumentException(
                    "default practice " + options.defaultPractice() + " is not a GP practice of the geography");
        }
        Path work = temporaryFolder();
        try {
            Map<String, Path> tables = ReferenceTables.prepare(PipelineService::openShipped, work.resolve("reference"));
            SyntheaMapping mapping = new SyntheaMapper(settings, tables.get(ReferenceTables.LSOA_LOOKUP))
                    .map(input, work.resolve("canonical"), options);
            if (!mapping.accepted()) {
                throw new SyntheaInputRefused(mapping);
            }
            List<String> notes = new ArrayList<>();
            notes.add(mapping.summary());
            notes.addAll(mapping.notes());
            List<Definition> definitions = new ArrayList<>();
            for (Definition d : Definition.builtIns()) {
                String why = SyntheaMapper.NOT_MEASURED.get(d.metricId());
                if (why == null) {
                    definitions.add(d);
                } else {
                    notes.add(d.metricId() + ": not run: " + why);
                }
            }
            return runOn(
                    new Prepared(work.resolve("canonical"), definitions, mapping.icd10Diagnoses(), notes),
                    tables,
                    work,
                    window,
                    settings,
                    receivedBy,
                    listener);
        } finally {
            delete(work);
        }
    }

    /** Canonical tables ready to run: the folder, what to run, and what preparing them noted. */
    private record Prepared(Path folder, List<Definition> definitions, boolean icd10Diagnoses, List<String> notes) {}

    private Report runOn(
            Prepared input,
            Map<String, Path> tables,
            Path work,
            RunWindow window,
            EngineSettings settings,
            String receivedBy,
            PipelineRun.Listener listener) {
        try {
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
                        input.folder(),
                        new PipelineRun.Options(
                                input.definitions(),
                                reference.catalogue(),
                                tables,
                                window,
                                work.resolve("periods"),
                                input.icd10Diagnoses()),
                        sink,
                        listener);
            }
            String name = "pipeline-" + result.provenance().inputFingerprint().substring(0, 16) + ".csv";
            SubmissionReport report = submissions.submit(
                    name, Files.readAllBytes(csv), result.provenance().summary(), receivedBy);
            return new Report(result, leftOut, report, List.copyOf(input.notes()));
        } catch (IOException e) {
            throw new UncheckedIOException("pipeline run over " + input.folder() + ": " + e.getMessage(), e);
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
