package org.joinedup.server.store;

import java.time.Instant;
import java.time.LocalDate;

/** An observation as the store holds it, with its revision history fields. */
public record StoredObservation(
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
        String status,
        int revision,
        long submissionId,
        Instant recordedAt) {}
