package org.joinedup.server.store;

import java.time.Instant;
import org.joinedup.core.plan.Plan;

/**
 * A plan as the store holds it: one revision, with when it was recorded and, if a later revision replaced
 * it, when it was superseded (null while current).
 */
public record StoredPlan(
        Plan plan, int definitionVersion, int revision, long submissionId, Instant recordedAt, Instant supersededAt) {
    public boolean isCurrent() {
        return supersededAt == null;
    }
}
