package org.joinedup.core.observation;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The sub-group an observation is for, as key=value pairs ({@code age=65-74;sex=F}); empty for the
 * total. Keys are kept sorted so each breakdown has one label however it was written.
 */
public record Breakdown(SortedMap<String, String> values) {
    public static final Breakdown TOTAL = new Breakdown(new TreeMap<>());

    public Breakdown {
        TreeMap<String, String> copy = new TreeMap<>();
        values.forEach((k, v) -> {
            checkKey(k);
            checkValue(k, v);
            copy.put(k, v);
        });
        values = Collections.unmodifiableSortedMap(copy);
    }

    public static Breakdown of(Map<String, String> values) {
        return values.isEmpty() ? TOTAL : new Breakdown(new TreeMap<>(values));
    }

    /**
     * Reads {@code key=value} pairs joined by {@code ;}, trimming spaces; empty or blank is the total.
     *
     * @throws IllegalArgumentException for a pair without one {@code =}, an empty key or value, or a repeated key
     */
    public static Breakdown parse(String label) {
        if (label == null || label.isBlank()) {
            return TOTAL;
        }
        TreeMap<String, String> values = new TreeMap<>();
        for (String pair : label.split(";", -1)) {
            int eq = pair.indexOf('=');
            if (eq < 0 || pair.indexOf('=', eq + 1) >= 0) {
                throw new IllegalArgumentException(
                        "breakdown '" + label + "': '" + pair.strip() + "' is not one key=value pair");
            }
            String key = pair.substring(0, eq).strip();
            String value = pair.substring(eq + 1).strip();
            if (values.put(key, value) != null) {
                throw new IllegalArgumentException("breakdown '" + label + "' gives " + key + " twice");
            }
        }
        return new Breakdown(values);
    }

    private static void checkKey(String key) {
        if (key == null
                || key.isEmpty()
                || !key.chars().allMatch(c -> (c >= 'a' && c <= 'z') || c == '_' || (c >= '0' && c <= '9'))
                || !Character.isLetter(key.charAt(0))) {
            throw new IllegalArgumentException("breakdown key '" + key + "' must be lower case letters, digits and _");
        }
    }

    private static void checkValue(String key, String value) {
        if (value == null || value.isBlank() || value.contains(";") || value.contains("=")) {
            throw new IllegalArgumentException("breakdown " + key + " needs a value without ; or =");
        }
    }

    public boolean isTotal() {
        return values.isEmpty();
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public Breakdown with(String key, String value) {
        TreeMap<String, String> copy = new TreeMap<>(values);
        copy.put(key, value);
        return new Breakdown(copy);
    }

    public Breakdown without(String key) {
        if (!values.containsKey(key)) {
            return this;
        }
        TreeMap<String, String> copy = new TreeMap<>(values);
        copy.remove(key);
        return copy.isEmpty() ? TOTAL : new Breakdown(copy);
    }

    /** The canonical label: pairs in key order, "" for the total. */
    public String label() {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) ->
                sb.append(sb.length() == 0 ? "" : ";").append(k).append('=').append(v));
        return sb.toString();
    }

    @Override
    public String toString() {
        return label();
    }
}
