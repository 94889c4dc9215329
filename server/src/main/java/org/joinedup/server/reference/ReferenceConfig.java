package org.joinedup.server.reference;

import java.nio.file.Path;
import org.joinedup.core.catalogue.Catalogue;
import org.joinedup.core.geography.Geography;
import org.joinedup.server.Settings;
import org.joinedup.server.store.AreaStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

@Configuration(proxyBeanMethods = false)
class ReferenceConfig {
    /** The catalogue (built-in plus any local extension) and the geography the store holds. */
    @Bean
    @DependsOn({"flywayInitializer", "shippedGeographyLoaded"})
    ReferenceData referenceData(AreaStore store, Settings settings) {
        Catalogue catalogue =
                LocalCatalogue.load(settings.catalogueDir().isBlank() ? null : Path.of(settings.catalogueDir()));
        return new ReferenceData(catalogue, Geography.of(store.areas(), store.links()));
    }
}
