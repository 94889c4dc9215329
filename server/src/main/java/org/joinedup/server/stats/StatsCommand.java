package org.joinedup.server.stats;

import picocli.CommandLine.Command;

/**
 * {@code joinedup stats METHOD --in FILE.csv [--out FILE.csv] [options]}: the statistics of the core library
 * applied to CSV files, one output row per input row or per group. Documented in {@code docs/stats-command.md}.
 */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description = "Compute indicator statistics, control charts, forecasts and disclosure control on CSV files.",
        synopsisSubcommandLabel = "METHOD",
        subcommands = {
            IndicatorCommands.Proportion.class,
            IndicatorCommands.Rate.class,
            StandardisedCommands.Dsr.class,
            StandardisedCommands.Isr.class,
            StandardisedCommands.IsRatio.class,
            IndicatorCommands.Mean.class,
            SpcCommand.class,
            CompareCommand.class,
            FunnelCommand.class,
            ForecastCommand.class,
            SuppressCommand.class
        })
public final class StatsCommand {}
