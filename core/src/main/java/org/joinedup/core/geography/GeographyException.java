package org.joinedup.core.geography;

import java.util.List;

/** Areas and links that do not make a usable geography; lists every problem found. */
public final class GeographyException extends IllegalArgumentException {
    private final List<String> problems;

    public GeographyException(List<String> problems) {
        super(
                problems.size() == 1
                        ? problems.get(0)
                        : problems.size() + " problems in the geography:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
