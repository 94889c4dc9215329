package org.joinedup.server.commentary;

/**
 * Why a commentary or its key was refused.
 *
 * @param field the field or parameter at fault: {@code metric}, {@code area}, {@code period}, {@code
 *     whatHappened}, {@code why}, {@code action} or {@code author}
 * @param message what is wrong, in words the analyst can act on
 */
public record CommentaryProblem(String field, String message) {}
