package org.joinedup.core.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.joinedup.core.text.CsvSource;

/**
 * The catalogue shipped with JoinedUp, read from the classpath. The only class in core that reads
 * resources: everything else takes its text from the caller.
 */
public final class BuiltInCatalogue {
    public static final String LOCATION = "/org/joinedup/catalogue/";

    private BuiltInCatalogue() {}

    /**
     * @throws IllegalStateException when the shipped files are missing
     * @throws CatalogueException when they have problems
     */
    public static Catalogue load() {
        return load(LOCATION);
    }

    /** Reads framework.csv, framework_links.csv and metrics.csv from a classpath folder ending in "/". */
    public static Catalogue load(String location) {
        try (InputStream framework = open(location + "framework.csv");
                InputStream links = open(location + "framework_links.csv");
                InputStream metrics = open(location + "metrics.csv")) {
            return CatalogueCsv.read(
                    source("framework.csv", framework),
                    source("framework_links.csv", links),
                    source("metrics.csv", metrics));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in catalogue", e);
        }
    }

    private static InputStream open(String path) {
        InputStream in = BuiltInCatalogue.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("the built-in catalogue file " + path + " is not on the classpath");
        }
        return in;
    }

    private static CsvSource source(String name, InputStream in) {
        return new CsvSource(name, new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
