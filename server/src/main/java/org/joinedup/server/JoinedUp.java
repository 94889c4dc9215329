package org.joinedup.server;

import org.joinedup.server.cli.CatalogueCommand;
import org.joinedup.server.cli.ExportCommand;
import org.joinedup.server.cli.ImportCommand;
import org.joinedup.server.cli.PipelineCommand;
import org.joinedup.server.cli.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code joinedup} command line: every way into JoinedUp starts here. */
@Command(
        name = "joinedup",
        mixinStandardHelpOptions = true,
        version = "JoinedUp 0.1.0",
        description = "An integration scorecard for health and social care in England.",
        subcommands = {
            ServeCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            CatalogueCommand.class,
            PipelineCommand.class,
            org.joinedup.server.stats.StatsCommand.class
        })
public final class JoinedUp {
    public static void main(String[] args) {
        int exit = new CommandLine(new JoinedUp()).execute(args);
        if (exit != ServeCommand.KEEP_RUNNING) {
            System.exit(exit);
        }
    }
}
