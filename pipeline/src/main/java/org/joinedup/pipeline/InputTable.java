package org.joinedup.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The person-level linked tables a metric definition may read, by the name it uses for them. In a
 * folder each is {@code <name>.csv}, {@code <name>.csv.gz}, {@code <name>.parquet} or a folder
 * {@code <name>/} of Parquet files. Their columns are described in docs/pipeline.md.
 */
public enum InputTable {
    PERSONS("persons"),
    HOSPITAL_SPELLS("hospital_spells"),
    AE_ATTENDANCES("ae_attendances"),
    SOCIAL_CARE_EVENTS("social_care_events");

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final String tableName;

    InputTable(String tableName) {
        this.tableName = tableName;
    }

    public String tableName() {
        return tableName;
    }

    /**
     * Checks a table name: lower case letters, digits and _, so it needs no quoting in either dialect.
     *
     * @return the name
     */
    public static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("table name '" + name + "' must be lower case letters, digits and _");
        }
        return name;
    }

    /**
     * The input tables present in a folder, by table name, in the order of this enum.
     *
     * @throws IllegalArgumentException when the folder does not exist or holds one table twice
     */
    public static Map<String, Path> findIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is not a folder");
        }
        Map<String, Path> found = new LinkedHashMap<>();
        for (InputTable table : values()) {
            List<Path> candidates = new ArrayList<>();
            for (String name : List.of(".csv", ".csv.gz", ".parquet", "")) {
                Path candidate = folder.resolve(table.tableName + name);
                if (name.isEmpty() ? Files.isDirectory(candidate) : Files.isRegularFile(candidate)) {
                    candidates.add(candidate);
                }
            }
            if (candidates.size() > 1) {
                throw new IllegalArgumentException(
                        folder + " holds " + table.tableName + " more than once: " + candidates);
            }
            candidates.forEach(path -> found.put(table.tableName, path));
        }
        return found;
    }
}
