package org.joinedup.server.stats;

import picocli.CommandLine.Command;

/** Benchmark comparison (Fingertips methods): waits for {@code org.joinedup.core.benchmark}. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = "Compare values with a benchmark, as Fingertips does. Not available yet: the benchmarking"
                + " methods are not in this build.")
final class CompareCommand extends StatsMethod {
    @Override
    OutputTable compute(InputTable input) {
        throw new StatsInputException(
                "stats compare is not available yet: the benchmark comparison methods are not in this build");
    }
}
