package org.joinedup.server.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the store lives: options shared by every command that touches it. */
public final class StoreOptions {
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

    /** Spring command-line arguments, which take precedence over every configuration file. */
    List<String> arguments() {
        List<String> arguments = new ArrayList<>();
        if (dataDir != null) {
            arguments.add("--joinedup.data-dir=" + dataDir);
        }
        if (dbUrl != null) {
            arguments.add("--joinedup.db-url=" + dbUrl);
        }
        return arguments;
    }
}
