package org.joinedup.core.observation;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The patient group an observation describes, such as {@code sex=F;age=65-74}; {@link #TOTAL} (no
 * dimensions) is everyone. Printed with keys in alphabetical order, so equal breakdowns print alike.
 */
public record Breakdown(SortedMap<String, String> dimensions) {
    public static final Breakdown TOTAL = new Breakdown(new TreeMap<>());

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9+<>_.-]+");

    public Breakdown {
        TreeMap<String, String> copy = new TreeMap<>(dimensions);
        copy.forEach((key, value) -> {
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("breakdown key '" + key + "' must be lower case letters, digits"
                        + " or _, starting with a letter");
            }
            if (!VALUE.matcher(value).matches()) {
                throw new IllegalArgumentException(
                        "breakdown value '" + value + "' of " + key + " must be letters," + " digits or + < > _ . -");
            }
        });
        dimensions = Collections.unmodifiableSortedMap(copy);
    }

    /** Parses {@code key=value} pairs joined by {@code ;}; an empty text is the total. */
    public static Breakdown parse(String text) {
        if (text == null || text.isBlank()) {
            return TOTAL;
        }
        TreeMap<String, String> dimensions = new TreeMap<>();
        for (String pair : text.split(";", -1)) {
            int equals = pair.indexOf('=');
            if (equals <= 0 || equals == pair.length() - 1) {
                throw new IllegalArgumentException(
                        "breakdown '" + text + "' is not key=value pairs joined by ';' (e.g. sex=F;age=65-74)");
            }
            String key = pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1).strip();
            if (dimensions.put(key, value) != null) {
                throw new IllegalArgumentException("breakdown '" + text + "' gives " + key + " twice");
            }
        }
        return new Breakdown(dimensions);
    }

    public boolean isTotal() {
        return dimensions.isEmpty();
    }

    public Map<String, String> asMap() {
        return dimensions;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        dimensions.forEach((key, value) -> {
            if (text.length() > 0) {
                text.append(';');
            }
            text.append(key).append('=').append(value);
        });
        return text.toString();
    }
}
