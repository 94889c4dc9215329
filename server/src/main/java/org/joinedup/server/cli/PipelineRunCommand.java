package org.joinedup.server.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.joinedup.pipeline.EngineSettings;
import org.joinedup.pipeline.input.InputProblem;
import org.joinedup.pipeline.run.PipelineRun;
import org.joinedup.pipeline.run.RunWindow;
import org.joinedup.pipeline.synthea.SyntheaMapping;
import org.joinedup.pipeline.synthea.SyntheaOptions;
import org.joinedup.server.pipeline.PipelineService;
import org.joinedup.server.submission.SubmissionProblem;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run every pipeline metric definition on DuckDB over a folder of person-level linked data"
                + " (canonical tables, or Synthea CSV output mapped to them) and store the observations as one"
                + " submission: validated like any file, all or nothing. Running the same input again changes"
                + " nothing. See docs/pipeline-metrics.md and docs/pipeline-input.md.")
public final class PipelineRunCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "Folder of input tables.")
    Path input;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "canonical",
            description = "Input format: canonical (the tables of docs/pipeline-input.md) or synthea (a folder of"
                    + " Synthea CSV output: patients.csv, encounters.csv, conditions.csv).")
    String format;

    @Option(
            names = "--default-area",
            paramLabel = "LSOA",
            description = "With --format synthea: the LSOA (2011 code) of patients without an English LSOA."
                    + " Default " + SyntheaOptions.DEFAULT_LSOA + " (Hartlepool 009A).")
    String defaultArea;

    @Option(
            names = "--default-practice",
            paramLabel = "CODE",
            description = "With --format synthea: the GP practice those patients are registered with. Default "
                    + SyntheaOptions.DEFAULT_PRACTICE + " (Bankhouse Surgery, Hartlepool).")
    String defaultPractice;

    @Option(
            names = "--snomed-icd10",
            paramLabel = "FILE",
            description = "With --format synthea: a CSV file with the columns snomed,icd10 mapping Synthea's"
                    + " SNOMED CT diagnoses to ICD-10. Without it the metrics that need ICD-10 codes are not computed.")
    Path snomedIcd10;

    @Option(names = "--from", paramLabel = "YYYY-MM", description = "First month to report (with --to).")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM", description = "Last month to report (with --from).")
    String to;

    @Option(
            names = "--memory",
            paramLabel = "SIZE",
            defaultValue = "1GB",
            description = "DuckDB's memory limit (spills to disk above it), e.g. 512MB, 4GB.")
    String memory;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "DuckDB worker threads.")
    int threads;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean synthea = format.equals("synthea");
        if (!synthea && !format.equals("canonical")) {
            err.println("--format must be canonical or synthea, not '" + format + "'");
            return 2;
        }
        if (!synthea && (defaultArea != null || defaultPractice != null || snomedIcd10 != null)) {
            err.println("--default-area, --default-practice and --snomed-icd10 go with --format synthea");
            return 2;
        }
        if (!Files.isDirectory(input)) {
            err.println(input + ": no such folder");
            return 2;
        }
        if ((from == null) != (to == null)) {
            err.println("give both --from and --to, or neither (the months of the hospital spells)");
            return 2;
        }
        if (snomedIcd10 != null && !Files.isRegularFile(snomedIcd10)) {
            err.println(snomedIcd10 + ": no such file");
            return 2;
        }
        RunWindow window;
        EngineSettings settings;
        SyntheaOptions options;
        try {
            window = from == null ? null : RunWindow.parse(from, to);
            settings = new EngineSettings(memory, threads);
            options = new SyntheaOptions(
                    defaultArea == null ? SyntheaOptions.DEFAULT_LSOA : defaultArea,
                    defaultPractice == null ? SyntheaOptions.DEFAULT_PRACTICE : defaultPractice,
                    snomedIcd10);
        } catch (RuntimeException e) {
            err.println(e.getMessage());
            return 2;
        }
        try (ConfigurableApplicationContext context = Contexts.offline(store.arguments())) {
            PipelineService pipeline = context.getBean(PipelineService.class);
            PipelineRun.Listener listener = progress -> {
                err.println(progress.line());
                err.flush();
            };
            String user = System.getProperty("user.name");
            PipelineService.Report report;
            try {
                report = synthea
                        ? pipeline.runSynthea(input, options, window, settings, user, listener)
                        : pipeline.run(input, window, settings, user, listener);
            } catch (PipelineService.SyntheaInputRefused refused) {
                SyntheaMapping mapping = refused.mapping();
                err.println(mapping.summary());
                for (InputProblem problem : mapping.problems()) {
                    err.println("  " + problem);
                }
                if (mapping.problemCount() > mapping.problems().size()) {
                    err.println("  ... and "
                            + (mapping.problemCount() - mapping.problems().size()) + " more");
                }
                err.flush();
                return 1;
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return 2;
            }
            report.inputNotes().forEach(out::println);
            PipelineRun.Provenance provenance = report.run().provenance();
            out.println(provenance.summary());
            out.println(
                    "input fingerprint " + provenance.inputFingerprint() + ", input rows " + provenance.inputRows());
            report.run().notes().forEach(note -> out.println("  " + note));
            if (!report.leftOutAreas().isEmpty()) {
                out.println("  left out rows for areas unknown or not valid in their period: " + report.leftOutAreas());
            }
            if (report.accepted()) {
                out.println(report.submission().summary());
                out.flush();
                return 0;
            }
            err.println(report.submission().summary());
            for (SubmissionProblem problem : report.submission().problems()) {
                err.println("  " + problem);
            }
            err.flush();
            return 1;
        }
    }
}
