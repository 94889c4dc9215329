package org.joinedup.server.submission;

import java.util.List;

/** What became of a submitted file: observations and plans answer alike. */
public interface SubmissionOutcome {
    boolean accepted();

    /** One sentence for a person. */
    String summary();

    /** Every problem, when refused. */
    List<SubmissionProblem> problems();
}
