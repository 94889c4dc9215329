package org.joinedup.server.store;

/** Who sent a submission, how, and a fingerprint of its content. */
public record SubmissionMeta(String fileName, String fingerprint, String source, String receivedBy) {}
