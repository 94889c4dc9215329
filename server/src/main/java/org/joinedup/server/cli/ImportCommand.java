package org.joinedup.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.joinedup.server.submission.SubmissionService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Validate and store submission files (canonical CSV or XLSX). A file with any problem is"
                + " refused whole and every problem is listed.")
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "CSV or XLSX files in the submission format.")
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
            SubmissionService submissions = context.getBean(SubmissionService.class);
            return FileSubmissions.run(
                    files,
                    out,
                    err,
                    (name, content, progress) ->
                            submissions.submit(name, content, "cli", System.getProperty("user.name"), progress));
        }
    }
}
