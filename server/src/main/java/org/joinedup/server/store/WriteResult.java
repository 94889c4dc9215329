package org.joinedup.server.store;

import java.util.OptionalLong;

/** What a write did: new observations, revisions of existing ones, and rows identical to what was held. */
public record WriteResult(OptionalLong submissionId, int total, int added, int revised, int unchanged) {
    public boolean changedNothing() {
        return added == 0 && revised == 0;
    }
}
