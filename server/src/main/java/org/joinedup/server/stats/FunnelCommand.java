package org.joinedup.server.stats;

import picocli.CommandLine.Command;

/** Funnel plots: waits for {@code org.joinedup.core.benchmark}. */
@Command(
        name = "funnel",
        mixinStandardHelpOptions = true,
        description = "Funnel plot limits and significance, as PHEindicatormethods. Not available yet: the benchmarking"
                + " methods are not in this build.")
final class FunnelCommand extends StatsMethod {
    @Override
    OutputTable compute(InputTable input) {
        throw new StatsInputException(
                "stats funnel is not available yet: the funnel plot methods are not in this build");
    }
}
