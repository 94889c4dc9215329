package org.joinedup.server.database;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Decides which PostgreSQL this process uses: an external server given by URL, the embedded one
 * already running on the data directory, or a new embedded one started here.
 */
public final class DatabaseLocator {
    private DatabaseLocator() {}

    public static Connection locate(String externalUrl, Path dataDir) {
        if (externalUrl != null && !externalUrl.isBlank()) {
            return new Connection(externalUrl, Optional.empty());
        }
        Optional<String> running = RunningDatabase.find(dataDir);
        if (running.isPresent()) {
            return new Connection(running.get(), Optional.empty());
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.start(dataDir);
        return new Connection(embedded.jdbcUrl(), Optional.of(embedded));
    }

    /** Where to connect, and the embedded server this process owns (to stop on exit), if any. */
    public record Connection(String jdbcUrl, Optional<EmbeddedDatabase> owned) implements AutoCloseable {
        @Override
        public void close() {
            owned.ifPresent(EmbeddedDatabase::close);
        }
    }
}
