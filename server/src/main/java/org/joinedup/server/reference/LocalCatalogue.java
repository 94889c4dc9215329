package org.joinedup.server.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.joinedup.core.catalogue.BuiltInCatalogue;
import org.joinedup.core.catalogue.Catalogue;
import org.joinedup.core.catalogue.CatalogueCsv;
import org.joinedup.core.text.CsvSource;

/** The built-in catalogue, extended by a local folder of the same CSV files when one is given. */
public final class LocalCatalogue {
    public static final String FRAMEWORK = "framework.csv";
    public static final String LINKS = "framework_links.csv";
    public static final String METRICS = "metrics.csv";

    private LocalCatalogue() {}

    /**
     * @param dir the extension folder, or null for the built-in catalogue alone
     * @throws org.joinedup.core.catalogue.CatalogueException listing every problem in the extension
     */
    public static Catalogue load(Path dir) {
        Catalogue base = BuiltInCatalogue.load();
        if (dir == null) {
            return base;
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("catalogue extension " + dir + " is not a folder");
        }
        return CatalogueCsv.readExtension(
                base, source(dir.resolve(FRAMEWORK)), source(dir.resolve(LINKS)), source(dir.resolve(METRICS)));
    }

    /** True when the folder holds at least one catalogue file. */
    public static boolean hasFiles(Path dir) {
        return Files.isRegularFile(dir.resolve(FRAMEWORK))
                || Files.isRegularFile(dir.resolve(LINKS))
                || Files.isRegularFile(dir.resolve(METRICS));
    }

    private static CsvSource source(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return CsvSource.of(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
