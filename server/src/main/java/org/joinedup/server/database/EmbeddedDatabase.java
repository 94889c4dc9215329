package org.joinedup.server.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL server started in-process on a data directory that survives restarts.
 *
 * <p>Only one postmaster may own a data directory, so a second JoinedUp process (a command run while
 * the server is up) finds the running one through {@link RunningDatabase} instead of starting its own.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    static final String DATABASE = "postgres";
    static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    public static EmbeddedDatabase start(Path dataDir) {
        Path pgDir = pgDirectory(dataDir);
        try {
            Files.createDirectories(pgDir.getParent());
            int port = freePort();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("checkpoint_timeout", "15min")
                    .start();
            return new EmbeddedDatabase(postgres, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + pgDir, e);
        }
    }

    static Path pgDirectory(Path dataDir) {
        return dataDir.toAbsolutePath().resolve("postgres");
    }

    public String jdbcUrl() {
        return jdbcUrl(port);
    }

    static String jdbcUrl(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE + "?user=" + USER;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
