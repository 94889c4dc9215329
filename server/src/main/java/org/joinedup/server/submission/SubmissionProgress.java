package org.joinedup.server.submission;

/** Told how a long submission is getting on, so a person sees it move. */
@FunctionalInterface
public interface SubmissionProgress {
    SubmissionProgress NONE = (step, done, total) -> {};

    /**
     * @param step "read", "check" or "store"
     * @param done rows done in this step
     * @param total rows in this step, or -1 when not yet known
     */
    void update(String step, long done, long total);
}
