package org.joinedup.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * A throw-away embedded PostgreSQL (zonky) with the store schema applied and the workload's areas loaded.
 * Server settings follow the server's EmbeddedDatabase (shared_buffers 256MB, fsync on), so commit costs are real.
 */
final class BenchDatabase implements AutoCloseable {
    static final String DEFAULT_SCHEMA = "server/src/main/resources/db/migration/V1__store.sql";

    private final EmbeddedPostgres postgres;
    private final String url;

    private BenchDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
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
        return new BenchDatabase(postgres, port);
    }

    String url() {
        return url;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** Finds the schema file from the repository root or from bench/, unless a path was given. */
    static Path schemaFile(String given) {
        if (given != null) {
            return Path.of(given);
        }
        for (String candidate : new String[] {DEFAULT_SCHEMA, "../" + DEFAULT_SCHEMA}) {
            Path path = Path.of(candidate);
            if (Files.isRegularFile(path)) {
                return path;
            }
        }
        throw new IllegalArgumentException(
                "cannot find " + DEFAULT_SCHEMA + ": run from the repository root or pass --schema PATH");
    }

    void applySchema(Path schema) throws IOException, SQLException {
        String sql = Files.readString(schema, StandardCharsets.UTF_8);
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** COPYs the workload's areas and area links into area and area_link. */
    void loadAreas(NationalWorkload workload) throws SQLException, IOException {
        StringBuilder areas = new StringBuilder();
        StringBuilder links = new StringBuilder();
        for (int a = 0; a < workload.areaCount(); a++) {
            String code = workload.code(a);
            boolean ons = code.startsWith("E");
            areas.append(code)
                    .append('\t')
                    .append(ons ? "\\N" : code)
                    .append('\t')
                    .append(ons ? code : "\\N")
                    .append('\t')
                    .append(workload.type(a).csvName)
                    .append(' ')
                    .append(code)
                    .append('\t')
                    .append(workload.type(a).csvName)
                    .append("\t\\N\t\\N\n");
            int parent = workload.parent(a);
            if (parent >= 0) {
                links.append(code)
                        .append('\t')
                        .append(workload.code(parent))
                        .append('\t')
                        .append(workload.hierarchy(a))
                        .append("\t\\N\t\\N\t1\n");
            }
        }
        try (Connection connection = connect()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn(
                    "copy area (code, ods_code, ons_code, name, type, valid_from, valid_to) from stdin",
                    new ByteArrayInputStream(areas.toString().getBytes(StandardCharsets.UTF_8)));
            copy.copyIn(
                    "copy area_link (child, parent, hierarchy, valid_from, valid_to, weight) from stdin",
                    new ByteArrayInputStream(links.toString().getBytes(StandardCharsets.UTF_8)));
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze area; analyze area_link");
            }
        }
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
