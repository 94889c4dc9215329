package org.joinedup.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A throw-away embedded PostgreSQL (zonky) with the store schema applied and the workload's areas loaded.
 * Server settings follow the server's EmbeddedDatabase (shared_buffers 256MB, fsync on), so commit costs are real.
 */
final class BenchDatabase implements AutoCloseable {
    private final EmbeddedPostgres postgres;
    private final String url;
    private final Path dataDir;

    private BenchDatabase(EmbeddedPostgres postgres, int port, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    static BenchDatabase start(Path work) throws IOException {
        Path dataDir = work.toAbsolutePath().resolve("postgres");
        Files.createDirectories(dataDir);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(true)
                .setPort(port)
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("fsync", "on")
                .start();
        return new BenchDatabase(postgres, port, dataDir);
    }

    /** The postmaster's process id, from its pid file. */
    long postmasterPid() throws IOException {
        return Long.parseLong(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
    }

    String url() {
        return url;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    long scalar(String sql) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    String text(String sql) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
