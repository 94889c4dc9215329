package org.joinedup.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.joinedup.core.catalogue.BuiltInCatalogue;
import org.joinedup.core.catalogue.Catalogue;
import org.joinedup.core.catalogue.CatalogueCsv;
import org.joinedup.core.catalogue.CatalogueException;
import org.joinedup.core.catalogue.CatalogueProblem;
import org.joinedup.core.text.CsvSource;
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
            if (!Files.isDirectory(dir)) {
                err.println(dir + ": not a folder");
                return 2;
            }
            CsvSource framework = source(dir.resolve("framework.csv"));
            CsvSource links = source(dir.resolve("framework_links.csv"));
            CsvSource metrics = source(dir.resolve("metrics.csv"));
            if (framework == null && links == null && metrics == null) {
                err.println(dir + ": no framework.csv, framework_links.csv or metrics.csv found");
                return 2;
            }
            Catalogue base = BuiltInCatalogue.load();
            try {
                Catalogue merged = CatalogueCsv.readExtension(base, framework, links, metrics);
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

        private static CsvSource source(Path file) throws IOException {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            return CsvSource.of(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
    }
}
