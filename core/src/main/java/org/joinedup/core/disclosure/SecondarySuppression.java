package org.joinedup.core.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joinedup.core.disclosure.CountTable.Cell;
import org.joinedup.core.disclosure.CountTable.Sum;

/**
 * Secondary suppression: hides more cells until no hidden cell can be worked out from the table's
 * sums and its published cells.
 *
 * <p>A hidden cell can be worked out when the sums, read as linear equations in the hidden cells
 * with the published cells as known numbers, fix its value, by one subtraction (a total less its
 * other members) or by combining several sums (in a two-way table, adding and taking away rows and
 * columns). {@link #recoverable} finds those cells by row-reducing the equations. Published values
 * are taken as exact although they are rounded, so the check errs on the safe side.
 *
 * <p>The algorithm: while some hidden cell is recoverable, look first at the sums with exactly one
 * hidden cell (the ones a reader can subtract in); when there are none, because the cell can only be
 * worked out by combining sums, at every sum holding a recoverable cell. Among the published cells of
 * those sums hide the one that gives away least: a member before a total, a non-zero count before a
 * zero, then the smallest count, then the first in table order. For a parent and its children this is
 * the familiar rule: when one child is hidden, hide the next smallest child too. If those sums have
 * no published cell left, the smallest published cell of the table is hidden. The loop ends because
 * a cell is hidden each time, and with every cell hidden nothing is recoverable (each total is a sum
 * of cells that are free to vary). The result is safe but not always the smallest possible
 * suppression; finding that is an optimisation problem this class does not attempt.
 */
public final class SecondarySuppression {
    private static final double EPS = 1e-9;

    private SecondarySuppression() {}

    /**
     * The hidden cells whose value follows from the sums and the published cells, in table order.
     * Empty when the hidden cells are safe.
     */
    public static Set<String> recoverable(CountTable table, Set<String> hidden) {
        List<String> unknowns = new ArrayList<>();
        for (Cell c : table.cells()) {
            if (hidden.contains(c.id())) {
                unknowns.add(c.id());
            }
        }
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < unknowns.size(); i++) {
            column.put(unknowns.get(i), i);
        }
        List<double[]> rows = new ArrayList<>();
        for (Sum s : table.sums()) {
            double[] row = new double[unknowns.size()];
            boolean any = false;
            if (column.containsKey(s.total())) {
                row[column.get(s.total())] = 1;
                any = true;
            }
            for (String m : s.members()) {
                if (column.containsKey(m)) {
                    row[column.get(m)] -= 1;
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        return determined(rows, unknowns);
    }

    /**
     * Row-reduces the equations; an unknown is fixed when its column has a pivot whose row has no
     * other non-zero entry (in reduced row echelon form the other entries can only sit in free columns).
     */
    private static Set<String> determined(List<double[]> rows, List<String> unknowns) {
        int n = unknowns.size();
        double[][] a = rows.toArray(new double[0][]);
        int[] pivotOfRow = new int[a.length];
        int r = 0;
        for (int col = 0; col < n && r < a.length; col++) {
            int best = r;
            for (int i = r + 1; i < a.length; i++) {
                if (Math.abs(a[i][col]) > Math.abs(a[best][col])) {
                    best = i;
                }
            }
            if (Math.abs(a[best][col]) < EPS) {
                continue;
            }
            double[] t = a[r];
            a[r] = a[best];
            a[best] = t;
            double p = a[r][col];
            for (int j = 0; j < n; j++) {
                a[r][j] /= p;
            }
            for (int i = 0; i < a.length; i++) {
                if (i != r && Math.abs(a[i][col]) > EPS) {
                    double f = a[i][col];
                    for (int j = 0; j < n; j++) {
                        a[i][j] -= f * a[r][j];
                    }
                }
            }
            pivotOfRow[r] = col;
            r++;
        }
        Set<String> fixed = new LinkedHashSet<>();
        for (int i = 0; i < r; i++) {
            int nonZero = 0;
            for (int j = 0; j < n; j++) {
                if (Math.abs(a[i][j]) > EPS) {
                    nonZero++;
                }
            }
            if (nonZero == 1) {
                fixed.add(unknowns.get(pivotOfRow[i]));
            }
        }
        List<String> ordered = new ArrayList<>(unknowns);
        ordered.retainAll(fixed);
        return new LinkedHashSet<>(ordered);
    }

    /**
     * The hidden cells after secondary suppression: the primary ones plus those hidden to protect them.
     */
    static Set<String> extend(CountTable table, Set<String> primary) {
        Map<String, Cell> cells = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        for (Cell c : table.cells()) {
            cells.put(c.id(), c);
            order.put(c.id(), order.size());
        }
        Set<String> hidden = new LinkedHashSet<>(primary);
        while (true) {
            Set<String> exposed = recoverable(table, hidden);
            if (exposed.isEmpty()) {
                return hidden;
            }
            List<Sum> leaking = new ArrayList<>();
            for (Sum s : table.sums()) {
                if (hiddenIn(s, hidden) == 1) {
                    leaking.add(s);
                }
            }
            if (leaking.isEmpty()) {
                for (Sum s : table.sums()) {
                    if (exposed.contains(s.total()) || s.members().stream().anyMatch(exposed::contains)) {
                        leaking.add(s);
                    }
                }
            }
            String pick = leastRevealing(leaking, hidden, cells, order);
            if (pick == null) {
                pick = table.cells().stream()
                        .filter(c -> !hidden.contains(c.id()))
                        .map(c -> new Candidate(c, false, order.get(c.id())))
                        .min(Candidate.LEAST_REVEALING)
                        .map(k -> k.cell().id())
                        .orElseThrow(() -> new IllegalStateException("every cell is hidden yet " + exposed
                                + " can be worked out: the sums are inconsistent"));
            }
            hidden.add(pick);
        }
    }

    private record Candidate(Cell cell, boolean isTotal, int order) {
        static final Comparator<Candidate> LEAST_REVEALING = Comparator.comparing(Candidate::isTotal)
                .thenComparing(k -> k.cell().count() == 0)
                .thenComparingLong(k -> k.cell().count())
                .thenComparingInt(Candidate::order);
    }

    private static int hiddenIn(Sum s, Set<String> hidden) {
        int n = hidden.contains(s.total()) ? 1 : 0;
        for (String m : s.members()) {
            n += hidden.contains(m) ? 1 : 0;
        }
        return n;
    }

    private static String leastRevealing(
            List<Sum> sums, Set<String> hidden, Map<String, Cell> cells, Map<String, Integer> order) {
        List<Candidate> candidates = new ArrayList<>();
        for (Sum s : sums) {
            if (!hidden.contains(s.total())) {
                candidates.add(new Candidate(cells.get(s.total()), true, order.get(s.total())));
            }
            for (String m : s.members()) {
                if (!hidden.contains(m)) {
                    candidates.add(new Candidate(cells.get(m), false, order.get(m)));
                }
            }
        }
        return candidates.stream()
                .min(Candidate.LEAST_REVEALING)
                .map(k -> k.cell().id())
                .orElse(null);
    }
}
