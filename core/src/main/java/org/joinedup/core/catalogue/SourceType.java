package org.joinedup.core.catalogue;

/** The standing of a metric's data source. */
public enum SourceType {
    OFFICIAL_STATISTICS,
    MANAGEMENT_INFORMATION,
    LOCAL
}
