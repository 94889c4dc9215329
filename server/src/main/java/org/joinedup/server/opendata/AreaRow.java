package org.joinedup.server.opendata;

import java.time.LocalDate;

/** One row of the canonical {@code areas.csv} (docs/formats.md section 3). Dates are null when open. */
public record AreaRow(
        String code, String odsCode, String onsCode, String name, String type, LocalDate validFrom, LocalDate validTo) {

    /** True when the area exists on {@code date}. */
    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
