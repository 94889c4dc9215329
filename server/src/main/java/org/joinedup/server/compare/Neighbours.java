package org.joinedup.server.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joinedup.core.assessment.AreaIndex;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.AreaType;
import org.joinedup.core.geography.Geography;

/**
 * Whom each area of the assessments is compared with: its region (the NHS region for NHS areas, the region for
 * councils) and its peers (the areas of the same type that share its parent, itself included). England has no
 * peers; it is set beside the areas below it, nearest level first. Built once per {@link AreaIndex}.
 */
final class Neighbours {
    private static final Set<AreaType> NHS =
            Set.of(AreaType.ICB, AreaType.SUB_ICB, AreaType.PCN, AreaType.GP_PRACTICE, AreaType.TRUST);
    private static final Set<AreaType> COUNCILS = Set.of(AreaType.UTLA, AreaType.LTLA, AreaType.COMBINED_AUTHORITY);

    private final AreaIndex areas;
    private final AreaType[] types;
    private final int[] region;
    /** Each area's peer group, as an index into {@link #groups}; -1 for none. */
    private final int[] groupOf;

    private final List<int[]> groups;
    /** England's groups by level, nearest first, one group per type within a level. */
    private final List<List<Integer>> englandLevels;

    /** How far below England its comparators are looked for: regions, then ICBs and councils, then below. */
    private static final int ENGLAND_LEVELS = 3;

    private Neighbours(
            AreaIndex areas,
            AreaType[] types,
            int[] region,
            int[] groupOf,
            List<int[]> groups,
            List<List<Integer>> englandLevels) {
        this.areas = areas;
        this.types = types;
        this.region = region;
        this.groupOf = groupOf;
        this.groups = groups;
        this.englandLevels = englandLevels;
    }

    static Neighbours of(AreaIndex areas, Geography geography) {
        int n = areas.size();
        AreaType[] types = new AreaType[n];
        for (int i = 0; i < n; i++) {
            types[i] = geography.resolve(areas.code(i)).map(Area::type).orElse(null);
        }
        int[] region = new int[n];
        Map<Long, List<Integer>> byParentAndType = new HashMap<>();
        for (int i = 0; i < n; i++) {
            region[i] = regionOf(areas, types, i);
            int parent = areas.parent(i);
            if (parent >= 0 && types[i] != null) {
                byParentAndType
                        .computeIfAbsent((long) parent * 64 + types[i].ordinal(), k -> new ArrayList<>())
                        .add(i);
            }
        }
        List<int[]> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        java.util.Arrays.fill(groupOf, -1);
        for (List<Integer> members : byParentAndType.values()) {
            int g = groups.size();
            groups.add(members.stream().mapToInt(Integer::intValue).toArray());
            members.forEach(m -> groupOf[m] = g);
        }
        // England's comparators, level by level (the areas one level below it, those below them, ...), each
        // level split by type so that a range never mixes, say, ICBs with councils.
        List<List<Integer>> englandLevels = new ArrayList<>();
        if (areas.england() >= 0) {
            Set<Integer> level = Set.of(areas.england());
            for (int depth = 0; depth < ENGLAND_LEVELS; depth++) {
                Set<Integer> above = level;
                Map<AreaType, List<Integer>> below = new java.util.EnumMap<>(AreaType.class);
                for (int i = 0; i < n; i++) {
                    if (types[i] != null && above.contains(areas.parent(i))) {
                        below.computeIfAbsent(types[i], t -> new ArrayList<>()).add(i);
                    }
                }
                if (below.isEmpty()) {
                    break;
                }
                List<Integer> ids = new ArrayList<>();
                for (List<Integer> members : below.values()) {
                    ids.add(groups.size());
                    groups.add(members.stream().mapToInt(Integer::intValue).toArray());
                }
                englandLevels.add(List.copyOf(ids));
                Set<Integer> next = new java.util.HashSet<>();
                below.values().forEach(next::addAll);
                level = next;
            }
            groupOf[areas.england()] =
                    englandLevels.isEmpty() ? -1 : englandLevels.get(0).get(0);
        }
        return new Neighbours(areas, types, region, groupOf, List.copyOf(groups), List.copyOf(englandLevels));
    }

    private static int regionOf(AreaIndex areas, AreaType[] types, int area) {
        AreaType type = types[area];
        AreaType wanted = NHS.contains(type) ? AreaType.NHS_REGION : COUNCILS.contains(type) ? AreaType.REGION : null;
        if (wanted == null) {
            return -1;
        }
        for (int a : areas.ancestors(area)) {
            if (types[a] == wanted) {
                return a;
            }
        }
        return -1;
    }

    AreaIndex areas() {
        return areas;
    }

    /** The type of the area at an index; null when the geography no longer knows it. */
    AreaType type(int area) {
        return types[area];
    }

    /** The index of the area's region, -1 for none (England, regions themselves, areas of no tree). */
    int region(int area) {
        return region[area];
    }

    /** The area's peer group as an id for caching, -1 when it has none; England's nearest level. */
    int group(int area) {
        return groupOf[area];
    }

    /**
     * The groups an area is compared with, by level in order of preference, the groups of a level being
     * alternatives (one per type): its peers alone; for England, the areas one level below it, then those below
     * them (a metric held only by councils has no figure for the regions).
     */
    List<List<Integer>> levels(int area) {
        if (isEngland(area)) {
            return englandLevels;
        }
        return groupOf[area] < 0 ? List.of() : List.of(List.of(groupOf[area]));
    }

    /** Every area in the groups of the first level, for the links that set one beside the area. */
    int[] nearest(int area) {
        return levels(area).stream()
                .findFirst()
                .map(ids -> ids.stream()
                        .flatMapToInt(id -> java.util.Arrays.stream(groups.get(id)))
                        .toArray())
                .orElse(new int[0]);
    }

    /** The members of a peer group. */
    int[] members(int group) {
        return groups.get(group).clone();
    }

    boolean isEngland(int area) {
        return area == areas.england();
    }
}
