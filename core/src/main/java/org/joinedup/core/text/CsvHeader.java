package org.joinedup.core.text;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The column names of a CSV file and where each one is. Names are trimmed; matching is exact. */
public final class CsvHeader {
    private final List<String> names;
    private final Map<String, Integer> index;

    CsvHeader(List<String> names, String source) {
        this.names = List.copyOf(names);
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (map.putIfAbsent(names.get(i), i) != null) {
                throw new CsvFormatException(source, 1, "column '" + names.get(i) + "' appears twice in the header");
            }
        }
        this.index = Collections.unmodifiableMap(map);
    }

    public List<String> names() {
        return names;
    }

    public Map<String, Integer> index() {
        return index;
    }

    public boolean contains(String column) {
        return index.containsKey(column);
    }

    public Optional<Integer> indexOf(String column) {
        return Optional.ofNullable(index.get(column));
    }

    public int size() {
        return names.size();
    }
}
