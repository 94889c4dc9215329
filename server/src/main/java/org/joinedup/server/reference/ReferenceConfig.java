package org.joinedup.server.reference;

import java.time.LocalDate;
import java.util.List;
import org.joinedup.core.catalogue.BuiltInCatalogue;
import org.joinedup.core.catalogue.Catalogue;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.AreaLink;
import org.joinedup.core.geography.AreaType;
import org.joinedup.core.geography.Geography;
import org.joinedup.core.geography.Hierarchy;
import org.joinedup.server.opendata.AreaLinkRow;
import org.joinedup.server.opendata.AreaRow;
import org.joinedup.server.opendata.OpenData;
import org.joinedup.server.opendata.OpenDataLoader;
import org.joinedup.server.opendata.OpenDataSource;
import org.joinedup.server.store.AreaStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

@Configuration(proxyBeanMethods = false)
class ReferenceConfig {
    @Bean
    ShippedOpenData shippedOpenData() {
        return new ShippedOpenData(OpenDataLoader.load(OpenDataSource.classpath()));
    }

    /** Loads the shipped geography into the store (once the schema exists), then reads it back. */
    @Bean
    @DependsOn("flywayInitializer")
    ReferenceData referenceData(ShippedOpenData shipped, AreaStore store) {
        Catalogue catalogue = BuiltInCatalogue.load();
        OpenData data = shipped.data();
        List<Area> areas =
                data.geography().areas().stream().map(ReferenceConfig::area).toList();
        List<AreaLink> links =
                data.geography().links().stream().map(ReferenceConfig::link).toList();
        Geography.of(areas, links); // refuse a broken geography before writing it
        store.upsert(areas, links);
        return new ReferenceData(catalogue, Geography.of(store.areas(), store.links()));
    }

    private static Area area(AreaRow row) {
        return new Area(
                row.code(),
                row.odsCode(),
                row.onsCode(),
                row.name(),
                AreaType.fromCsv(row.type())
                        .orElseThrow(() -> new IllegalStateException("unknown area type " + row.type())),
                row.validFrom(),
                row.validTo());
    }

    private static AreaLink link(AreaLinkRow row) {
        return new AreaLink(
                row.child(),
                row.parent(),
                Hierarchy.fromCsv(row.hierarchy())
                        .orElseThrow(() -> new IllegalStateException("unknown hierarchy " + row.hierarchy())),
                row.validFrom(),
                row.validTo(),
                row.weight() == null ? 1.0 : row.weight());
    }

    static LocalDate today() {
        return LocalDate.now();
    }
}
