package org.joinedup.core.geography;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joinedup.core.period.Period;

/**
 * Areas and the links between them, indexed for look-up by any code and for walking up and down the
 * NHS, local government and provider trees. Built once and then read only, so safe to share between
 * threads.
 */
public final class Geography {
    private static final Comparator<Area> LATEST_FIRST = Comparator.comparing(
                    Area::validTo, Comparator.nullsFirst(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(Area::code);

    private final Map<String, Area> byCode = new HashMap<>();
    private final Map<String, List<Area>> byOtherCode = new HashMap<>();
    private final Map<AreaType, List<Area>> byType = new EnumMap<>(AreaType.class);
    private final Map<Hierarchy, Map<String, List<AreaLink>>> up = new EnumMap<>(Hierarchy.class);
    private final Map<Hierarchy, Map<String, List<AreaLink>>> down = new EnumMap<>(Hierarchy.class);
    private final List<AreaLink> links = new ArrayList<>();

    /**
     * @throws GeographyException listing duplicate codes, links to unknown codes and any cycle
     */
    public static Geography of(Collection<Area> areas, Collection<AreaLink> links) {
        return new Geography(areas, links);
    }

    private Geography(Collection<Area> areas, Collection<AreaLink> allLinks) {
        List<String> problems = new ArrayList<>();
        for (Area area : areas) {
            if (byCode.putIfAbsent(key(area.code()), area) != null) {
                problems.add("area code " + area.code() + " appears more than once");
                continue;
            }
            byType.computeIfAbsent(area.type(), t -> new ArrayList<>()).add(area);
        }
        for (Area area : byCode.values()) {
            for (String other : new String[] {area.odsCode(), area.onsCode()}) {
                if (other != null && !key(other).equals(key(area.code()))) {
                    byOtherCode
                            .computeIfAbsent(key(other), k -> new ArrayList<>())
                            .add(area);
                }
            }
        }
        byOtherCode.values().forEach(list -> list.sort(LATEST_FIRST));
        for (Hierarchy h : Hierarchy.values()) {
            up.put(h, new HashMap<>());
            down.put(h, new HashMap<>());
        }
        for (AreaLink link : allLinks) {
            Optional<Area> child = resolve(link.child());
            Optional<Area> parent = resolve(link.parent());
            if (child.isEmpty() || parent.isEmpty()) {
                problems.add("link " + link.child() + " -> " + link.parent() + " ("
                        + link.hierarchy().csvName() + ") names unknown area "
                        + (child.isEmpty() ? link.child() : link.parent()));
                continue;
            }
            AreaLink canonical = link.withCodes(child.get().code(), parent.get().code());
            links.add(canonical);
            up.get(link.hierarchy())
                    .computeIfAbsent(canonical.child(), k -> new ArrayList<>())
                    .add(canonical);
            down.get(link.hierarchy())
                    .computeIfAbsent(canonical.parent(), k -> new ArrayList<>())
                    .add(canonical);
        }
        findCycle().ifPresent(cycle -> problems.add("the links make a cycle: " + String.join(" -> ", cycle)));
        if (!problems.isEmpty()) {
            throw new GeographyException(problems);
        }
    }

    private Optional<List<String>> findCycle() {
        Map<String, List<AreaLink>> trees = new HashMap<>();
        for (Hierarchy h : Hierarchy.values()) {
            if (h.isTree()) {
                up.get(h)
                        .forEach((child, parents) -> trees.computeIfAbsent(child, k -> new ArrayList<>())
                                .addAll(parents));
            }
        }
        return CycleFinder.find(trees).or(() -> CycleFinder.find(up.get(Hierarchy.CROSSWALK)));
    }

    private static String key(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * Finds an area by its primary, ODS or ONS code, ignoring case and surrounding space. Where an ODS
     * or ONS code was reused, the open (or most recently closed) area wins; see {@link #resolve(String,
     * LocalDate)}.
     */
    public Optional<Area> resolve(String anyCode) {
        if (anyCode == null || anyCode.isBlank()) {
            return Optional.empty();
        }
        String key = key(anyCode);
        Area area = byCode.get(key);
        if (area != null) {
            return Optional.of(area);
        }
        List<Area> candidates = byOtherCode.get(key);
        return candidates == null ? Optional.empty() : Optional.of(candidates.get(0));
    }

    /** Like {@link #resolve(String)} but preferring the area that was valid on the date. */
    public Optional<Area> resolve(String anyCode, LocalDate date) {
        if (anyCode == null || anyCode.isBlank()) {
            return Optional.empty();
        }
        Area area = byCode.get(key(anyCode));
        if (area != null) {
            return Optional.of(area);
        }
        List<Area> candidates = byOtherCode.getOrDefault(key(anyCode), List.of());
        return candidates.stream()
                .filter(a -> a.isValidAt(date))
                .findFirst()
                .or(() -> candidates.stream().findFirst());
    }

    public boolean isValidAt(Area area, LocalDate date) {
        return area.isValidAt(date);
    }

    public boolean isValidDuring(Area area, Period period) {
        return area.isValidDuring(period);
    }

    /** Parents of the area in the hierarchy on the date (normally one; several in a crosswalk). */
    public List<Area> parents(String code, Hierarchy hierarchy, LocalDate date) {
        return neighbours(up, code, hierarchy, date, true);
    }

    public List<Area> children(String code, Hierarchy hierarchy, LocalDate date) {
        return neighbours(down, code, hierarchy, date, false);
    }

    private List<Area> neighbours(
            Map<Hierarchy, Map<String, List<AreaLink>>> index,
            String code,
            Hierarchy hierarchy,
            LocalDate date,
            boolean upwards) {
        Optional<Area> area = resolve(code, date);
        if (area.isEmpty()) {
            return List.of();
        }
        List<Area> result = new ArrayList<>();
        for (AreaLink link : index.get(hierarchy).getOrDefault(area.get().code(), List.of())) {
            Area other = byCode.get(key(upwards ? link.parent() : link.child()));
            if (link.isValidAt(date) && other.isValidAt(date)) {
                result.add(other);
            }
        }
        return result;
    }

    /** Every area above this one on the date along the NHS, local government and provider trees, nearest first. */
    public List<Area> ancestors(String code, LocalDate date) {
        return walk(code, date, true);
    }

    /** Every area below this one on the date along the NHS, local government and provider trees, nearest first. */
    public List<Area> descendants(String code, LocalDate date) {
        return walk(code, date, false);
    }

    private List<Area> walk(String code, LocalDate date, boolean upwards) {
        Optional<Area> start = resolve(code, date);
        if (start.isEmpty()) {
            return List.of();
        }
        Set<Area> seen = new LinkedHashSet<>();
        Deque<Area> queue = new ArrayDeque<>(List.of(start.get()));
        while (!queue.isEmpty()) {
            Area area = queue.poll();
            for (Hierarchy h : Hierarchy.values()) {
                if (!h.isTree()) {
                    continue;
                }
                List<Area> next = upwards ? parents(area.code(), h, date) : children(area.code(), h, date);
                for (Area a : next) {
                    if (seen.add(a)) {
                        queue.add(a);
                    }
                }
            }
        }
        return List.copyOf(seen);
    }

    public List<Area> areasOfType(AreaType type) {
        return List.copyOf(byType.getOrDefault(type, List.of()));
    }

    public Collection<Area> areas() {
        return java.util.Collections.unmodifiableCollection(byCode.values());
    }

    /** Every link, with both ends given by primary code. */
    public List<AreaLink> links() {
        return List.copyOf(links);
    }

    /** Crosswalk links from the area (any date), e.g. an upper-tier authority's shares in ICBs. */
    public List<AreaLink> crosswalk(String code) {
        return resolve(code)
                .map(a -> List.copyOf(up.get(Hierarchy.CROSSWALK).getOrDefault(a.code(), List.of())))
                .orElse(List.of());
    }

    /** The areas the given one is shared among on the date, with each share. */
    public Map<Area, Double> crosswalk(String code, LocalDate date) {
        Map<Area, Double> shares = new LinkedHashMap<>();
        for (AreaLink link : crosswalk(code)) {
            if (link.isValidAt(date)) {
                shares.put(byCode.get(key(link.parent())), link.weight());
            }
        }
        return shares;
    }
}
