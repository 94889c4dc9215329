package org.joinedup.server.opendata;

import java.util.List;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.AreaLink;
import org.joinedup.core.geography.AreaType;
import org.joinedup.core.geography.Geography;
import org.joinedup.core.geography.Hierarchy;
import org.joinedup.server.store.AreaStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

@Configuration(proxyBeanMethods = false)
class OpenDataConfig {
    @Bean
    ShippedOpenData shippedOpenData() {
        return new ShippedOpenData(OpenDataLoader.load(OpenDataSource.classpath()));
    }

    /** Writes the shipped geography into the store once the schema exists; the reference data read it back. */
    @Bean(name = GEOGRAPHY_LOADED)
    @DependsOn("flywayInitializer")
    GeographyLoaded shippedGeography(ShippedOpenData shipped, AreaStore store) {
        OpenData data = shipped.data();
        List<Area> areas =
                data.geography().areas().stream().map(OpenDataConfig::area).toList();
        List<AreaLink> links =
                data.geography().links().stream().map(OpenDataConfig::link).toList();
        Geography.of(areas, links); // refuse a broken geography before writing any of it
        store.upsert(areas, links);
        return new GeographyLoaded(areas.size(), links.size());
    }

    /** The bean name other configuration waits for, so the store holds the geography before it is read. */
    static final String GEOGRAPHY_LOADED = "shippedGeographyLoaded";

    /** A marker that the shipped geography is in the store. */
    record GeographyLoaded(int areas, int links) {}

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
}
