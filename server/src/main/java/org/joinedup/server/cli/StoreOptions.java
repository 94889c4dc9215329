package org.joinedup.server.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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

    Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (dataDir != null) {
            properties.put("joinedup.data-dir", dataDir.toString());
        }
        if (dbUrl != null) {
            properties.put("joinedup.db-url", dbUrl);
        }
        return properties;
    }
}
