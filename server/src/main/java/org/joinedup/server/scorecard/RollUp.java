package org.joinedup.server.scorecard;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.Geography;
import org.joinedup.core.geography.Hierarchy;
import org.joinedup.server.store.StoredObservation;

/**
 * The figure for an area in one period: its own observation when it has one, otherwise the sum of its
 * children's numerators and denominators, recursively (rates are never averaged). Observations given
 * as values without counts cannot be summed, and say so.
 */
final class RollUp {
    private static final List<Hierarchy> TREES = List.of(Hierarchy.NHS, Hierarchy.PROVIDER, Hierarchy.LOCAL_GOVERNMENT);

    private final Geography geography;
    private final Map<String, StoredObservation> byArea;
    private final LocalDate structureDate;

    /**
     * @param byArea the period's total observations of one metric, by area code
     * @param structureDate the date whose geography links are followed
     */
    RollUp(Geography geography, Map<String, StoredObservation> byArea, LocalDate structureDate) {
        this.geography = geography;
        this.byArea = byArea;
        this.structureDate = structureDate;
    }

    /** Sums for an area, with the areas that contributed and those that had only a value. */
    record Sum(double numerator, double denominator, Set<Area> contributors, int valueOnly, boolean hasDenominator) {
        boolean isEmpty() {
            return contributors.isEmpty();
        }
    }

    Sum of(Area area) {
        Accumulator accumulator = new Accumulator();
        accumulate(area, accumulator, new HashSet<>());
        return new Sum(
                accumulator.numerator,
                accumulator.denominator,
                accumulator.contributors,
                accumulator.valueOnly,
                accumulator.hasDenominator);
    }

    private void accumulate(Area area, Accumulator into, Set<String> visited) {
        if (!visited.add(area.code())) {
            return; // an area reachable through two trees is counted once
        }
        StoredObservation own = byArea.get(area.code());
        if (own != null) {
            if (own.numerator() == null) {
                into.valueOnly++;
            } else {
                into.numerator += own.numerator();
                if (own.denominator() != null) {
                    into.denominator += own.denominator();
                    into.hasDenominator = true;
                }
                into.contributors.add(area);
            }
            return;
        }
        for (Hierarchy tree : TREES) {
            for (Area child : geography.children(area.code(), tree, structureDate)) {
                accumulate(child, into, visited);
            }
        }
    }

    private static final class Accumulator {
        double numerator;
        double denominator;
        boolean hasDenominator;
        int valueOnly;
        final Set<Area> contributors = new HashSet<>();
    }
}
