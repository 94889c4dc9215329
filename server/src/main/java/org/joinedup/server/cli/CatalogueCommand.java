package org.joinedup.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.joinedup.core.catalogue.BuiltInCatalogue;
import org.joinedup.core.catalogue.Catalogue;
import org.joinedup.core.catalogue.CatalogueException;
import org.joinedup.core.catalogue.CatalogueProblem;
import org.joinedup.server.reference.LocalCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "catalogue",
        mixinStandardHelpOptions = true,
        description = "Work with the metric catalogue.",
        subcommands = CatalogueCommand.Validate.class)
public final class CatalogueCommand {
    @Command(
            name = "validate",
            mixinStandardHelpOptions = true,
            description = "Check a local catalogue extension: a folder with any of framework.csv,"
                    + " framework_links.csv and metrics.csv, checked against the built-in catalogue.")
    static final class Validate implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "The folder holding the extension's CSV files.")
        Path dir;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!java.nio.file.Files.isDirectory(dir)) {
                err.println(dir + ": not a folder");
                return 2;
            }
            if (!LocalCatalogue.hasFiles(dir)) {
                err.println(dir + ": no framework.csv, framework_links.csv or metrics.csv found");
                return 2;
            }
            Catalogue base = BuiltInCatalogue.load();
            try {
                Catalogue merged = LocalCatalogue.load(dir);
                out.printf(
                        "%s is valid: %d boxes and %d metrics with the built-in catalogue (%d and %d before).%n",
                        dir,
                        merged.framework().boxes().size(),
                        merged.metrics().size(),
                        base.framework().boxes().size(),
                        base.metrics().size());
                out.flush();
                return 0;
            } catch (CatalogueException e) {
                err.println(dir + " has " + e.problems().size() + " problem(s):");
                for (CatalogueProblem problem : e.problems()) {
                    err.println("  " + problem);
                }
                err.flush();
                return 1;
            }
        }
    }
}
