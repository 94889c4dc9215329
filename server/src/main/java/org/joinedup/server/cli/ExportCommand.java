package org.joinedup.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.joinedup.server.submission.ObservationExport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Write observations in the canonical submission CSV (re-importable unchanged).")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--metric", paramLabel = "M", description = "Only this metric (repeatable).")
    List<String> metrics = List.of();

    @Option(names = "--area", paramLabel = "A", description = "Only this area, by ODS or ONS code (repeatable).")
    List<String> areas = List.of();

    @Option(names = "--period", paramLabel = "P", description = "Only this period label, e.g. 2024-04 (repeatable).")
    List<String> periods = List.of();

    @Option(
            names = "--as-at",
            paramLabel = "TIME",
            description = "As held at this ISO instant, e.g. 2026-01-31T18:00:00Z.")
    Instant asAt;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (ConfigurableApplicationContext context = Contexts.offline(store.arguments())) {
            ObservationExport export = context.getBean(ObservationExport.class);
            ObservationExport.Request request = new ObservationExport.Request(metrics, areas, periods, asAt);
            if (out == null) {
                PrintWriter writer = spec.commandLine().getOut();
                long rows = export.write(request, writer);
                writer.flush();
                spec.commandLine().getErr().println(rows + " observations exported");
            } else {
                try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    long rows = export.write(request, writer);
                    spec.commandLine().getErr().println(rows + " observations written to " + out);
                }
            }
            return 0;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
    }
}
