package org.joinedup.server.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Finds a PostgreSQL already serving a data directory, from the postmaster.pid file it writes. */
final class RunningDatabase {
    private RunningDatabase() {}

    /** The JDBC URL of the postmaster serving this data directory, if one is up and answers. */
    static Optional<String> find(Path dataDir) {
        Path pidFile = EmbeddedDatabase.pgDirectory(dataDir).resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            // Line 4 of postmaster.pid is the port the server listens on.
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            String url = EmbeddedDatabase.jdbcUrl(Integer.parseInt(lines.get(3).trim()));
            try (var ignored = DriverManager.getConnection(url)) {
                return Optional.of(url);
            }
        } catch (IOException | NumberFormatException | SQLException e) {
            return Optional.empty();
        }
    }
}
