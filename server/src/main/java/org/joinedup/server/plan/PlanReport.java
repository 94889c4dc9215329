package org.joinedup.server.plan;

import java.util.List;
import org.joinedup.server.submission.SubmissionOutcome;
import org.joinedup.server.submission.SubmissionProblem;

/**
 * The answer to a plan submission: accepted with what it changed, or refused with every problem found. A
 * refused submission stored nothing.
 *
 * @param rows data rows in the file
 * @param plans plans (metric, area, year and kind) the rows make
 * @param added plans not held before
 * @param revised plans held before whose values changed: written as a new revision
 * @param unchanged plans identical to what is held
 */
public record PlanReport(
        String file,
        boolean accepted,
        int rows,
        int plans,
        int added,
        int revised,
        int unchanged,
        Long submissionId,
        List<SubmissionProblem> problems)
        implements SubmissionOutcome {
    public PlanReport {
        problems = List.copyOf(problems);
    }

    static PlanReport refused(String file, int rows, List<SubmissionProblem> problems) {
        return new PlanReport(file, false, rows, 0, 0, 0, 0, null, problems);
    }

    /** True when the submission was accepted and stored something new. */
    public boolean changedSomething() {
        return accepted && added + revised > 0;
    }

    /** One sentence for a person: what happened to their file. */
    @Override
    public String summary() {
        if (!accepted) {
            return file + " was refused: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + "; nothing was stored.";
        }
        if (!changedSomething()) {
            return file + ": all " + plans + " plans are identical to what is already held; nothing new was stored.";
        }
        return file + ": " + rows + " rows, " + plans + " plans; " + added + " new, " + revised + " revised, "
                + unchanged + " unchanged (plan submission " + submissionId + ").";
    }
}
