package org.joinedup.core.geography;

import java.util.Optional;
import org.joinedup.core.text.CsvNames;

/** Kinds of area in the NHS, local government and provider geographies. */
public enum AreaType {
    COUNTRY,
    NHS_REGION,
    ICB,
    SUB_ICB,
    PCN,
    GP_PRACTICE,
    /** An ONS statistical region (E12). */
    REGION,
    /** Upper-tier local authority: county, unitary, metropolitan district or London borough. */
    UTLA,
    /** Lower-tier local authority: district, unitary, metropolitan district or London borough. */
    LTLA,
    TRUST,
    COMBINED_AUTHORITY;

    /** The name used in the {@code type} column of areas.csv, e.g. {@code gp_practice}. */
    public String csvName() {
        return CsvNames.of(this);
    }

    public static Optional<AreaType> fromCsv(String name) {
        return CsvNames.parse(AreaType.class, name);
    }
}
