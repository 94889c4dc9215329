package org.joinedup.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.joinedup.server.plan.PlanReport;
import org.joinedup.server.plan.PlanService;
import org.joinedup.server.submission.SubmissionProblem;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code joinedup plans import FILE...}: plans and targets in, as {@code joinedup import} takes observations. */
@Command(
        name = "plans",
        mixinStandardHelpOptions = true,
        description = "Work with plans and targets (docs/plans.md).",
        subcommands = PlansCommand.Import.class)
public final class PlansCommand {
    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Validate and store plan files (CSV or XLSX with columns metric, area_code,"
                    + " financial_year, period, value, kind). A file with any problem is refused whole and every"
                    + " problem is listed.")
    static final class Import implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "CSV or XLSX files in the plan format.")
        List<Path> files;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    err.println(file + ": no such file");
                    err.flush();
                    return 2;
                }
            }
            int exit = 0;
            try (ConfigurableApplicationContext context = Contexts.offline(store.arguments())) {
                PlanService plans = context.getBean(PlanService.class);
                for (Path file : files) {
                    PlanReport report = plans.submit(
                            file.getFileName().toString(),
                            Files.readAllBytes(file),
                            "cli",
                            System.getProperty("user.name"));
                    if (report.accepted()) {
                        out.println(report.summary());
                    } else {
                        exit = 1;
                        err.println(report.summary());
                        for (SubmissionProblem problem : report.problems()) {
                            err.println("  " + problem);
                        }
                    }
                }
            }
            out.flush();
            err.flush();
            return exit;
        }
    }
}
