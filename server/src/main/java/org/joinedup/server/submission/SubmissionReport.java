package org.joinedup.server.submission;

import java.util.List;

/**
 * The answer to a submission: accepted with what it changed, or refused with every problem found.
 * A refused submission stored nothing.
 */
public record SubmissionReport(
        String file,
        boolean accepted,
        int rows,
        int added,
        int revised,
        int unchanged,
        Long submissionId,
        List<SubmissionProblem> problems,
        SubmissionTimings timings)
        implements SubmissionOutcome {
    public SubmissionReport {
        problems = List.copyOf(problems);
    }

    static SubmissionReport refused(
            String file, int rows, List<SubmissionProblem> problems, SubmissionTimings timings) {
        return new SubmissionReport(file, false, rows, 0, 0, 0, null, problems, timings);
    }

    /** One sentence for a person: what happened to their file. */
    @Override
    public String summary() {
        if (!accepted) {
            return file + " was refused: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + "; nothing was stored.";
        }
        if (added == 0 && revised == 0) {
            return file + ": all " + rows + " rows are identical to what is already held; nothing new was stored.";
        }
        return file + ": " + rows + " rows; " + added + " new, " + revised + " revised, " + unchanged + " unchanged"
                + " (submission " + submissionId + ").";
    }
}
