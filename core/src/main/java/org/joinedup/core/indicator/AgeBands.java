package org.joinedup.core.indicator;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Checks that the age bands of the data and of a standard or reference population are the same set. */
final class AgeBands {
    private AgeBands() {}

    /** @param data the data's bands, each once */
    static void requireSame(Collection<String> data, Set<String> standard, String standardName) {
        if (data.isEmpty()) {
            throw new IllegalArgumentException("at least one age band is needed");
        }
        Set<String> unknown = new LinkedHashSet<>(data);
        unknown.removeAll(standard);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(
                    "age bands " + unknown + " of the data are not in the " + standardName + " " + standard);
        }
        Set<String> missing = new LinkedHashSet<>(standard);
        missing.removeAll(data);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(
                    "age bands " + missing + " of the " + standardName + " have no row in the data");
        }
    }

    static Set<String> unique(Collection<String> bands) {
        Set<String> seen = new LinkedHashSet<>();
        for (String band : bands) {
            if (!seen.add(band)) {
                throw new IllegalArgumentException("age band " + band + " is given more than once");
            }
        }
        return seen;
    }
}
