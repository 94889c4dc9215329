package org.joinedup.core.geography;

import java.util.Optional;
import org.joinedup.core.text.CsvNames;

/** The trees areas belong to. A crosswalk is not a tree: it shares one area among several others. */
public enum Hierarchy {
    /** Practice, PCN, sub-ICB, ICB, NHS region, England. */
    NHS,
    /** Lower tier, upper tier, region, England. */
    LOCAL_GOVERNMENT,
    /** Trust to ICB. */
    PROVIDER,
    /** Upper-tier local authority to ICB, weighted by population share. */
    CROSSWALK;

    public String csvName() {
        return CsvNames.of(this);
    }

    public static Optional<Hierarchy> fromCsv(String name) {
        return CsvNames.parse(Hierarchy.class, name);
    }

    /** True for the hierarchies ancestors and descendants are followed along. */
    public boolean isTree() {
        return this != CROSSWALK;
    }
}
