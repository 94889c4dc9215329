package org.joinedup.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.joinedup.server.plan.PlanService;
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
            if (!FileSubmissions.allExist(files, err)) {
                return 2;
            }
            try (ConfigurableApplicationContext context = Contexts.offline(store.arguments())) {
                PlanService plans = context.getBean(PlanService.class);
                return FileSubmissions.run(
                        files,
                        out,
                        err,
                        (name, content, progress) ->
                                plans.submit(name, content, "cli", System.getProperty("user.name")));
            }
        }
    }
}
