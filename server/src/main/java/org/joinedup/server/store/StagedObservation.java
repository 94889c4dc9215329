package org.joinedup.server.store;

import java.time.LocalDate;

/** One validated observation ready to be written, in the store's own terms. */
public record StagedObservation(
        String metricId,
        int definitionVersion,
        String areaCode,
        String period,
        String periodType,
        LocalDate periodStart,
        LocalDate periodEnd,
        String breakdown,
        Double numerator,
        Double denominator,
        Double value,
        String status) {}
