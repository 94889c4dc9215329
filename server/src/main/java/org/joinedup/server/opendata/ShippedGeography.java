package org.joinedup.server.opendata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The canonical geography: areas and links, with simple look-ups by code, ODS code and date. */
public final class ShippedGeography {

    public static final String ENGLAND = "E92000001";

    private final Map<String, AreaRow> byCode = new LinkedHashMap<>();
    private final Map<String, List<AreaRow>> byAnyCode = new HashMap<>();
    private final List<AreaLinkRow> links = new ArrayList<>();
    private final Map<String, List<AreaLinkRow>> linksByChild = new HashMap<>();

    ShippedGeography() {}

    void add(AreaRow a) {
        if (byCode.putIfAbsent(a.code(), a) != null) {
            throw new IllegalStateException("duplicate area code " + a.code());
        }
        index(a.code(), a);
        if (a.odsCode() != null && !a.odsCode().isEmpty() && !a.odsCode().equals(a.code())) {
            index(a.odsCode(), a);
        }
        if (a.onsCode() != null && !a.onsCode().isEmpty() && !a.onsCode().equals(a.code())) {
            index(a.onsCode(), a);
        }
    }

    private void index(String key, AreaRow a) {
        byAnyCode.computeIfAbsent(key, k -> new ArrayList<>(1)).add(a);
    }

    void replace(AreaRow a) {
        AreaRow old = byCode.put(a.code(), a);
        if (old == null) {
            throw new IllegalStateException("no area " + a.code());
        }
        byAnyCode.values().forEach(l -> l.replaceAll(x -> x == old ? a : x));
    }

    void link(AreaLinkRow l) {
        if (!byCode.containsKey(l.child()) || !byCode.containsKey(l.parent())) {
            throw new IllegalStateException("link to unknown area " + l);
        }
        links.add(l);
        linksByChild.computeIfAbsent(l.child(), k -> new ArrayList<>()).add(l);
    }

    public List<AreaRow> areas() {
        return Collections.unmodifiableList(new ArrayList<>(byCode.values()));
    }

    public List<AreaLinkRow> links() {
        return Collections.unmodifiableList(links);
    }

    public Optional<AreaRow> area(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    /** The area that {@code code} (primary, ODS or ONS) denotes on {@code date}, if any. */
    public Optional<AreaRow> resolve(String code, LocalDate date) {
        List<AreaRow> list = byAnyCode.getOrDefault(code, List.of());
        for (AreaRow a : list) {
            if (a.validOn(date)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** All areas that {@code code} denotes at any time. */
    public List<AreaRow> resolveAll(String code) {
        return byAnyCode.getOrDefault(code, List.of());
    }

    /** The parents of {@code child} in {@code hierarchy} valid on {@code date}. */
    public List<AreaLinkRow> parents(String child, String hierarchy, LocalDate date) {
        List<AreaLinkRow> out = new ArrayList<>(1);
        for (AreaLinkRow l : linksByChild.getOrDefault(child, List.of())) {
            if (l.hierarchy().equals(hierarchy) && l.validOn(date)) {
                out.add(l);
            }
        }
        return out;
    }

    /** The first parent in {@code hierarchy} on {@code date}, if any. */
    public Optional<String> parent(String child, String hierarchy, LocalDate date) {
        List<AreaLinkRow> p = parents(child, hierarchy, date);
        return p.isEmpty() ? Optional.empty() : Optional.of(p.get(0).parent());
    }

    /** The chain of first parents from {@code code} upwards (excluding {@code code}). */
    public List<String> ancestors(String code, String hierarchy, LocalDate date) {
        List<String> out = new ArrayList<>();
        String cur = code;
        for (int guard = 0; guard < 20; guard++) {
            Optional<String> p = parent(cur, hierarchy, date);
            if (p.isEmpty()) {
                break;
            }
            cur = p.get();
            out.add(cur);
        }
        return out;
    }

    /** Areas of {@code type} valid on {@code date}. */
    public List<AreaRow> areasOfType(String type, LocalDate date) {
        List<AreaRow> out = new ArrayList<>();
        for (AreaRow a : byCode.values()) {
            if (a.type().equals(type) && a.validOn(date)) {
                out.add(a);
            }
        }
        return out;
    }
}
