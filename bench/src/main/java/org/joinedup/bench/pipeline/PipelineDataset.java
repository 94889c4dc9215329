package org.joinedup.bench.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.joinedup.pipeline.input.ReferenceCodes;
import org.joinedup.server.cli.PipelineGenerateCommand;
import org.joinedup.server.opendata.AreaRow;
import org.joinedup.server.opendata.OpenData;
import org.joinedup.server.opendata.OpenDataLoader;
import org.joinedup.server.opendata.OpenDataSource;
import picocli.CommandLine;

/**
 * The benchmark's canonical input: the CSV tables {@code joinedup pipeline generate} writes for a number of
 * persons and a seed, kept under the work folder ({@code pipeline-data/persons-N-seed-S/csv}) and reused
 * by later runs with the same persons and seed. A folder is reused only when its generation finished (a
 * marker file is written last).
 */
final class PipelineDataset {
    private static final String DONE = ".complete";
    static final String LSOAS = "geography/lsoa11_to_la2019_imd2019_score_decile.csv";

    private final Path folder;

    private PipelineDataset(Path folder) {
        this.folder = folder;
    }

    /** The generated CSV tables, generating them first when this work folder has none for the persons and seed. */
    static PipelineDataset generateOrReuse(Path work, long persons, long seed) throws IOException {
        Path base = work.resolve("pipeline-data").resolve("persons-" + persons + "-seed-" + seed);
        Path csv = base.resolve("csv");
        if (Files.exists(csv.resolve(DONE))) {
            System.out.printf("dataset: reusing %s%n", csv);
            return new PipelineDataset(csv);
        }
        Files.createDirectories(base);
        Bench.deleteTree(csv);
        long t0 = System.nanoTime();
        int exit = new CommandLine(new PipelineGenerateCommand())
                .execute(
                        "--persons",
                        Long.toString(persons),
                        "--seed",
                        Long.toString(seed),
                        "--format",
                        "csv",
                        "--out",
                        csv.toString());
        if (exit != 0) {
            throw new IllegalStateException("pipeline generate failed with exit code " + exit);
        }
        Files.writeString(csv.resolve(DONE), "generated in " + Bench.seconds(System.nanoTime() - t0) + " s\n");
        return new PipelineDataset(csv);
    }

    Path folder() {
        return folder;
    }

    /**
     * The codes validation checks against, as {@code pipeline generate --check} uses them: every practice,
     * local authority and trust of the shipped geography and every LSOA of the shipped lookup.
     */
    static ReferenceCodes shippedCodes() throws IOException {
        OpenDataSource source = OpenDataSource.classpath();
        OpenData data = OpenDataLoader.load(source);
        Set<String> practices = new HashSet<>();
        Set<String> las = new HashSet<>();
        Set<String> trusts = new HashSet<>();
        for (AreaRow a : data.geography().areas()) {
            switch (a.type()) {
                case "ltla", "utla" -> las.add(a.code());
                case "trust" -> trusts.add(a.code());
                case "gp_practice" -> practices.add(a.code());
                default -> {}
            }
        }
        Set<String> lsoas = new HashSet<>();
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(source.open(LSOAS), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            int column = java.util.Arrays.asList(header.split(",")).indexOf("lsoa_code");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lsoas.add(line.split(",", -1)[column]);
            }
        }
        return new ReferenceCodes(practices, lsoas, las, trusts);
    }
}
