package org.joinedup.core.observation;

/** Whether a published value may still be revised. */
public enum Status {
    PROVISIONAL,
    FINAL
}
