package org.joinedup.server.store;

import java.util.Objects;
import org.joinedup.core.plan.Plan;

/** A validated plan and the version of its metric's definition valid in its year, ready to store. */
public record StagedPlan(Plan plan, int definitionVersion) {
    public StagedPlan {
        Objects.requireNonNull(plan, "plan");
        if (definitionVersion < 1) {
            throw new IllegalArgumentException("definition version must be 1 or more");
        }
    }
}
