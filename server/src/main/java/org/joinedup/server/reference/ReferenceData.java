package org.joinedup.server.reference;

import java.util.Objects;
import org.joinedup.core.catalogue.Catalogue;
import org.joinedup.core.geography.Geography;

/**
 * The catalogue and the geography in memory, as every request needs them. The geography is swapped
 * whole when it is reloaded, so readers never see half of one.
 */
public final class ReferenceData {
    private final Catalogue catalogue;
    private volatile Geography geography;

    public ReferenceData(Catalogue catalogue, Geography geography) {
        this.catalogue = Objects.requireNonNull(catalogue);
        this.geography = Objects.requireNonNull(geography);
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public Geography geography() {
        return geography;
    }

    void replaceGeography(Geography geography) {
        this.geography = Objects.requireNonNull(geography);
    }
}
