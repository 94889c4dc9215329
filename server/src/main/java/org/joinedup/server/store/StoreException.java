package org.joinedup.server.store;

/** The store could not complete an operation; nothing of it was kept. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
