package org.joinedup.server.submission;

import java.util.List;
import org.joinedup.server.store.StagedObservation;

/** Told after a submission is committed, with the observations it added or revised. */
public interface SubmissionListener {
    void committed(List<StagedObservation> changed);
}
