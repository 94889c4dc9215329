package org.joinedup.server.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.joinedup.pipeline.synthea.SyntheaOptions;

/**
 * The pipeline's hand-written Synthea export (pipeline test resources, described in its SyntheaFixture),
 * placed in Darlington so that its rows do not meet those of the canonical fixture (City of London,
 * Hartlepool) in the shared test store: patients outside England in Darlington 012A registered with
 * Whinfield Medical Practice, p03 in Darlington 012B.
 */
public final class SyntheaTestExport {
    public static final String DEFAULT_LSOA = "E01012304";
    public static final String DEFAULT_PRACTICE = "A83005";
    public static final String COUNCIL = "E06000005";

    public static final SyntheaOptions OPTIONS =
            SyntheaOptions.defaults().withDefaultArea(DEFAULT_LSOA, DEFAULT_PRACTICE);

    private static final Path EXPORT =
            Path.of("..", "pipeline", "src", "test", "resources", "org", "joinedup", "pipeline", "synthea", "export");

    private SyntheaTestExport() {}

    /** A copy in {@code dir/export}. */
    public static Path copyTo(Path dir) {
        Path to = dir.resolve("export");
        try (Stream<Path> files = Files.list(EXPORT)) {
            Files.createDirectories(to);
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
            Path patients = to.resolve("patients.csv");
            Files.writeString(patients, Files.readString(patients).replace(",E01000001,", ",E01012305,"));
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
