package org.joinedup.pipeline;

/** An engine could not read an input or run a metric definition; the message names which. */
public class EngineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
