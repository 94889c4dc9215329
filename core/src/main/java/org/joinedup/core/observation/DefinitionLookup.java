package org.joinedup.core.observation;

import java.util.Optional;
import org.joinedup.core.catalogue.MetricDefinition;

/** Finds the definition an observation was computed under; {@code catalogue::definition} is one. */
@FunctionalInterface
public interface DefinitionLookup {
    Optional<MetricDefinition> find(String metricId, int version);
}
