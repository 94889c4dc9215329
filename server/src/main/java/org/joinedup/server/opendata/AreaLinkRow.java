package org.joinedup.server.opendata;

import java.time.LocalDate;

/**
 * One row of the canonical {@code area_links.csv}. {@code weight} is null except for the {@code crosswalk}
 * hierarchy, where it is the share of the child's population in the parent.
 */
public record AreaLinkRow(
        String child, String parent, String hierarchy, LocalDate validFrom, LocalDate validTo, Double weight) {

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
