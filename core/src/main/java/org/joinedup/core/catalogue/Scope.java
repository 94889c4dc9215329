package org.joinedup.core.catalogue;

/** Whether a metric is defined nationally or by a local area. */
public enum Scope {
    NATIONAL,
    LOCAL
}
