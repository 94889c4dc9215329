package org.joinedup.core.disclosure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link CountTable} as it may be published: each cell's {@link Disclosed} figure, in table order. */
public record DisclosedTable(Map<String, Disclosed> cells) {
    public DisclosedTable {
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    /**
     * The published figure of a cell.
     *
     * @throws IllegalArgumentException for an id not in the table
     */
    public Disclosed get(String id) {
        Disclosed d = cells.get(id);
        if (d == null) {
            throw new IllegalArgumentException("no cell " + id + " in the table");
        }
        return d;
    }
}
