package org.joinedup.server.plan;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.joinedup.server.JoinedUpApplication;
import org.joinedup.server.submission.SubmissionProblem;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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
        @Option(
                names = "--data-dir",
                paramLabel = "DIR",
                description = "Directory of the embedded database (default: $JOINEDUP_DATA_DIR or ./data).")
        Path dataDir;

        @Option(
                names = "--db-url",
                paramLabel = "URL",
                description = "JDBC URL of an external PostgreSQL instead of the embedded one.")
        String dbUrl;

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
            try (ConfigurableApplicationContext context = offline()) {
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

        /** The application without its web server, on the store the options name. */
        private ConfigurableApplicationContext offline() {
            List<String> arguments = new ArrayList<>();
            if (dataDir != null) {
                arguments.add("--joinedup.data-dir=" + dataDir);
            }
            if (dbUrl != null) {
                arguments.add("--joinedup.db-url=" + dbUrl);
            }
            return new SpringApplicationBuilder(JoinedUpApplication.class)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .properties(Map.of("logging.level.root", "WARN"))
                    .run(arguments.toArray(String[]::new));
        }
    }
}
