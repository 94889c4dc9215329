package org.joinedup.core.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/** A catalogue (or a local extension) with problems; lists every one, not just the first. */
public final class CatalogueException extends RuntimeException {
    private final List<CatalogueProblem> problems;

    public CatalogueException(List<CatalogueProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the catalogue:\n  "
                + problems.stream().map(CatalogueProblem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<CatalogueProblem> problems() {
        return problems;
    }
}
