package org.joinedup.server.submission;

/** How long each step of a submission took, in milliseconds. */
public record SubmissionTimings(long decodeMillis, long validateMillis, long storeMillis) {
    static final SubmissionTimings NONE = new SubmissionTimings(0, 0, 0);

    public long totalMillis() {
        return decodeMillis + validateMillis + storeMillis;
    }
}
