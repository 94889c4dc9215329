package org.joinedup.core.catalogue;

/** Whether a metric is for performance management, for improvement, or both. */
public enum Purpose {
    PERFORMANCE,
    IMPROVEMENT,
    BOTH
}
