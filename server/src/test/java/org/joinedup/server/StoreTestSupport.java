package org.joinedup.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for tests against the real store: one embedded PostgreSQL in a fresh directory, shared by every
 * test class of a run (Spring caches the context, so every subclass keeps the same annotations), loaded with the shipped open data as at start-up.
 */
// A real server on a random port: MockMvc tests and browser tests then share one application context.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class StoreTestSupport {
    protected static final Path DATA_DIR = freshDirectory();

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("joinedup.data-dir", DATA_DIR::toString);
    }

    private static Path freshDirectory() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target").toAbsolutePath(), "store-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Row counts of the tables a submission writes, to prove a refused one changed nothing. */
    protected record StoreCounts(long observations, long submissions) {}

    protected static StoreCounts counts(JdbcTemplate jdbc) {
        return new StoreCounts(
                jdbc.queryForObject("select count(*) from observation", Long.class),
                jdbc.queryForObject("select count(*) from submission", Long.class));
    }
}
