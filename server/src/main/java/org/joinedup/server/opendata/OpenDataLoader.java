package org.joinedup.server.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Loads geography, canonical observation rows and population denominators from the shipped files. */
public final class OpenDataLoader {

    private OpenDataLoader() {}

    public static OpenData load(OpenDataSource source) {
        long t0 = System.nanoTime();
        LoadReport report = new LoadReport();
        try {
            GeographyBuilder gb = new GeographyBuilder(source, report);
            ShippedGeography geography = gb.build();
            List<CanonicalRow> rows = new ObservationBuilder(source, geography, gb, report).build();
            List<PopulationRow> population = new PopulationBuilder(source, geography, report).build();
            report.elapsedMillis((System.nanoTime() - t0) / 1_000_000);
            return new OpenData(geography, List.copyOf(rows), List.copyOf(population), report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load open data from " + source.describe(), e);
        }
    }
}
