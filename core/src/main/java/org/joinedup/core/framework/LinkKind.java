package org.joinedup.core.framework;

import java.util.Optional;
import org.joinedup.core.text.CsvNames;

/** What a link from a framework box leads to. */
public enum LinkKind {
    EVIDENCE,
    CASE_STUDY,
    CHECKLIST,
    NEXT_STEP,
    GUIDANCE;

    public String csvName() {
        return CsvNames.of(this);
    }

    public static Optional<LinkKind> fromCsv(String name) {
        return CsvNames.parse(LinkKind.class, name);
    }
}
