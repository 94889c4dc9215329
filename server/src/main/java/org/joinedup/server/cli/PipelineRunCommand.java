package org.joinedup.server.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.joinedup.pipeline.EngineSettings;
import org.joinedup.pipeline.run.PipelineRun;
import org.joinedup.pipeline.run.RunWindow;
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
                + " and store the observations as one submission: validated like any file, all or nothing."
                + " Running the same input again changes nothing. See docs/pipeline-metrics.md.")
public final class PipelineRunCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "Folder of input tables.")
    Path input;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "canonical",
            description = "Input format: canonical (docs/pipeline-input.md). synthea is not supported yet.")
    String format;

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
        if (format.equals("synthea")) {
            err.println("--format synthea is not supported yet: map the Synthea CSV export to the canonical"
                    + " tables first (docs/pipeline-input.md)");
            return 2;
        }
        if (!format.equals("canonical")) {
            err.println("--format must be canonical or synthea, not '" + format + "'");
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
        RunWindow window;
        EngineSettings settings;
        try {
            window = from == null ? null : RunWindow.parse(from, to);
            settings = new EngineSettings(memory, threads);
        } catch (RuntimeException e) {
            err.println(e.getMessage());
            return 2;
        }
        try (ConfigurableApplicationContext context = Contexts.offline(store.arguments())) {
            PipelineService pipeline = context.getBean(PipelineService.class);
            PipelineService.Report report =
                    pipeline.run(input, window, settings, System.getProperty("user.name"), progress -> {
                        err.println(progress.line());
                        err.flush();
                    });
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
