package org.joinedup.core.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.AreaType;
import org.joinedup.core.geography.Geography;
import org.joinedup.core.geography.Hierarchy;

/**
 * The areas of a set of assessments by index, each with the parent it is compared with and its ancestors,
 * and England, the national benchmark. The parent is the first found along the provider tree, then NHS,
 * then local government: the order {@link org.joinedup.core.observation.Aggregation} rolls up in, so a
 * trust is compared with its ICB.
 */
public final class AreaIndex {
    private static final List<Hierarchy> TREES = List.of(Hierarchy.PROVIDER, Hierarchy.NHS, Hierarchy.LOCAL_GOVERNMENT);

    private final String[] codes;
    private final int[] parents;
    private final int[][] ancestors;
    private final int england;
    private final Map<String, Integer> byCode = new HashMap<>();

    /**
     * @param codes area codes by index
     * @param parents index of each area's parent, -1 for none
     * @param ancestors each area's ancestors along every tree, nearest first
     * @param england index of the national area, -1 when there is none
     */
    public AreaIndex(String[] codes, int[] parents, int[][] ancestors, int england) {
        if (parents.length != codes.length || ancestors.length != codes.length) {
            throw new IllegalArgumentException("codes, parents and ancestors must have one element per area");
        }
        this.codes = codes.clone();
        this.parents = parents.clone();
        this.ancestors = ancestors.clone();
        this.england = england;
        for (int i = 0; i < codes.length; i++) {
            if (byCode.put(Objects.requireNonNull(codes[i], "area code"), i) != null) {
                throw new IllegalArgumentException("area " + codes[i] + " is given twice");
            }
        }
    }

    /** Every area of the geography, with parents and ancestors as linked on the date. */
    public static AreaIndex of(Geography geography, LocalDate date) {
        List<Area> areas = new ArrayList<>(geography.areas());
        areas.sort((a, b) -> a.code().compareTo(b.code()));
        String[] codes = areas.stream().map(Area::code).toArray(String[]::new);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < codes.length; i++) {
            index.put(codes[i], i);
        }
        int[] parents = new int[codes.length];
        int[][] ancestors = new int[codes.length][];
        int england = -1;
        for (int i = 0; i < codes.length; i++) {
            Area area = areas.get(i);
            if (area.type() == AreaType.COUNTRY && (england < 0 || area.isValidAt(date))) {
                england = i;
            }
            parents[i] = -1;
            for (Hierarchy tree : TREES) {
                List<Area> up = geography.parents(area.code(), tree, date);
                if (!up.isEmpty()) {
                    parents[i] = index.get(up.get(0).code());
                    break;
                }
            }
            Set<Integer> above = new LinkedHashSet<>();
            for (Area a : geography.ancestors(area.code(), date)) {
                above.add(index.get(a.code()));
            }
            ancestors[i] = above.stream().mapToInt(Integer::intValue).toArray();
        }
        return new AreaIndex(codes, parents, ancestors, england);
    }

    public int size() {
        return codes.length;
    }

    public String code(int area) {
        return codes[area];
    }

    /** The index of an area, or -1. */
    public int indexOf(String code) {
        Integer i = byCode.get(code);
        return i == null ? -1 : i;
    }

    /** The parent compared with, -1 for none. */
    public int parent(int area) {
        return parents[area];
    }

    /** Every ancestor, nearest first (a copy). */
    public int[] ancestors(int area) {
        return ancestors[area].clone();
    }

    /** England, -1 when the geography has no country. */
    public int england() {
        return england;
    }

    @Override
    public String toString() {
        return codes.length + " areas, England " + (england < 0 ? "none" : codes[england]) + " "
                + Arrays.hashCode(parents);
    }
}
