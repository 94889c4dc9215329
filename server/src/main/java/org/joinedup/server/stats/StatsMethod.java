package org.joinedup.server.stats;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * One METHOD of {@code joinedup stats}: reads {@code --in}, computes the whole output in memory and only
 * then writes it to {@code --out} (or standard output). Bad input writes nothing: the reason, naming file,
 * row and column, goes to standard error and the exit code is 1. Bad options exit with 2, as picocli does.
 * Pure computation on files: no Spring context and no database.
 */
abstract class StatsMethod implements Callable<Integer> {
    static final int BAD_INPUT = 1;

    @Option(
            names = "--in",
            required = true,
            paramLabel = "FILE.csv",
            description = "The input CSV file, with a header.")
    Path in;

    @Option(
            names = "--out",
            paramLabel = "FILE.csv",
            description = "Where to write the result; standard output when not given.")
    Path out;

    @Spec
    CommandSpec spec;

    /** Checks the options before any file is read. */
    void checkOptions() {}

    abstract OutputTable compute(InputTable input);

    @Override
    public final Integer call() {
        checkOptions();
        PrintWriter err = spec.commandLine().getErr();
        OutputTable table;
        try {
            table = compute(InputTable.read(in));
        } catch (StatsInputException e) {
            err.println(e.getMessage());
            err.println("Nothing was written.");
            err.flush();
            return BAD_INPUT;
        }
        try {
            table.write(out, spec.commandLine().getOut());
        } catch (UncheckedIOException e) {
            err.println(e.getMessage() + ": " + e.getCause().getMessage());
            err.flush();
            return BAD_INPUT;
        }
        return 0;
    }

    ParameterException badOption(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
