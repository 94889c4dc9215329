package org.joinedup.server.opendata;

import java.util.List;

/** Everything loaded from the shipped open data. */
public record OpenData(
        Geography geography, List<CanonicalRow> rows, List<PopulationRow> population, LoadReport report) {}
