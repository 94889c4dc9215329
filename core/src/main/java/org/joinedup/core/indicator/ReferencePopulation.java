package org.joinedup.core.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The age bands of a reference population for indirect standardisation, each band once. */
public record ReferencePopulation(List<ReferenceBand> bands) {
    public ReferencePopulation {
        bands = List.copyOf(bands);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("a reference population needs at least one age band");
        }
        AgeBands.unique(bands.stream().map(ReferenceBand::ageBand).toList());
    }

    public static ReferencePopulation of(List<ReferenceBand> bands) {
        return new ReferencePopulation(bands);
    }

    /** Σ counts / Σ populations × multiplier, with missing counts read as 0. */
    public double crudeRate(double multiplier) {
        double events = 0;
        double population = 0;
        for (ReferenceBand band : bands) {
            events += band.countOrZero();
            population += band.population();
        }
        return events / population * multiplier;
    }

    Set<String> ageBands() {
        return byBand().keySet();
    }

    Map<String, ReferenceBand> byBand() {
        Map<String, ReferenceBand> map = new LinkedHashMap<>();
        bands.forEach(b -> map.put(b.ageBand(), b));
        return map;
    }
}
