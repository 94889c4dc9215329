package org.joinedup.core.geography;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A child area belonging to a parent in a hierarchy for a time. {@code weight} is the share of the
 * child in the parent (1 in the trees; the population share in a crosswalk), in (0, 1].
 */
public record AreaLink(
        String child, String parent, Hierarchy hierarchy, LocalDate validFrom, LocalDate validTo, double weight) {
    public AreaLink {
        child = Area.requireCode(child, "child");
        parent = Area.requireCode(parent, "parent");
        Objects.requireNonNull(hierarchy, "hierarchy");
        Validity.check(validFrom, validTo, "link " + child + " -> " + parent);
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("link " + child + " -> " + parent + " has weight " + weight
                    + "; a weight is a share above 0 and at most 1");
        }
        if (child.equalsIgnoreCase(parent)) {
            throw new IllegalArgumentException("area " + child + " cannot be its own parent");
        }
    }

    public static AreaLink of(String child, String parent, Hierarchy hierarchy) {
        return new AreaLink(child, parent, hierarchy, null, null, 1.0);
    }

    public boolean isValidAt(LocalDate date) {
        return Validity.at(validFrom, validTo, date);
    }

    AreaLink withCodes(String newChild, String newParent) {
        return new AreaLink(newChild, newParent, hierarchy, validFrom, validTo, weight);
    }
}
