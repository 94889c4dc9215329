package org.joinedup.core.geography;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds a cycle in child -> parent links by depth-first search without recursion (trees can be deep). */
final class CycleFinder {
    private CycleFinder() {}

    /** One cycle as a list of codes starting and ending with the same code, or empty. */
    static Optional<List<String>> find(Map<String, List<AreaLink>> parentsByChild) {
        Map<String, Integer> state = new HashMap<>(); // absent = unseen, 1 = on the path, 2 = done
        for (String root : parentsByChild.keySet()) {
            if (state.containsKey(root)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            Deque<Iterator<AreaLink>> pending = new ArrayDeque<>();
            path.push(root);
            pending.push(parentsByChild.getOrDefault(root, List.of()).iterator());
            state.put(root, 1);
            while (!pending.isEmpty()) {
                Iterator<AreaLink> it = pending.peek();
                if (!it.hasNext()) {
                    state.put(path.pop(), 2);
                    pending.pop();
                    continue;
                }
                String parent = it.next().parent();
                Integer seen = state.get(parent);
                if (seen == null) {
                    state.put(parent, 1);
                    path.push(parent);
                    pending.push(parentsByChild.getOrDefault(parent, List.of()).iterator());
                } else if (seen == 1) {
                    return Optional.of(cycle(path, parent));
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> cycle(Deque<String> path, String repeated) {
        List<String> cycle = new ArrayList<>();
        cycle.add(repeated);
        for (String code : path) { // the path iterates from the newest element
            cycle.add(code);
            if (code.equals(repeated)) {
                break;
            }
        }
        Collections.reverse(cycle);
        return cycle;
    }
}
