package org.joinedup.core.observation;

import java.util.List;

/** Observations a roll-up added (never ones supplied natively) and what it could not use. */
public record RollUpResult(List<Observation> observations, List<RollUpIssue> issues) {
    public RollUpResult {
        observations = List.copyOf(observations);
        issues = List.copyOf(issues);
    }
}
