package org.joinedup.core.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.joinedup.core.period.Period;

/** A metric: its id and its definition versions in version order, never valid in the same year. */
public record Metric(String id, List<MetricDefinition> versions) {
    public Metric {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("metric " + id + " has no definition");
        }
        List<MetricDefinition> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparingInt(MetricDefinition::version));
        for (int i = 0; i < sorted.size(); i++) {
            MetricDefinition d = sorted.get(i);
            if (!d.id().equals(id)) {
                throw new IllegalArgumentException("definition of " + d.id() + " given for metric " + id);
            }
            for (int j = 0; j < i; j++) {
                MetricDefinition earlier = sorted.get(j);
                if (earlier.version() == d.version()) {
                    throw new IllegalArgumentException("metric " + id + " version " + d.version() + " appears twice");
                }
                if (earlier.overlaps(d)) {
                    throw new IllegalArgumentException("metric " + id + " versions " + earlier.version() + " ("
                            + earlier.validityLabel() + ") and " + d.version() + " (" + d.validityLabel()
                            + ") overlap");
                }
            }
        }
        versions = List.copyOf(sorted);
    }

    public static Metric of(Collection<MetricDefinition> versions) {
        return new Metric(versions.iterator().next().id(), List.copyOf(versions));
    }

    /** The version that applies to the period's financial year, if any. */
    public Optional<MetricDefinition> versionFor(Period period) {
        return versions.stream().filter(d -> d.appliesTo(period)).findFirst();
    }

    public Optional<MetricDefinition> version(int version) {
        return versions.stream().filter(d -> d.version() == version).findFirst();
    }

    /** The highest-numbered version. */
    public MetricDefinition latest() {
        return versions.get(versions.size() - 1);
    }
}
