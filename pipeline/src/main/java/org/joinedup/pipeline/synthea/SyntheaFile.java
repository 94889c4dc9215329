package org.joinedup.pipeline.synthea;

import java.util.List;
import java.util.Locale;

/**
 * The files of a Synthea CSV export that the mapping reads, with the columns it needs (names as the
 * Synthea CSV exporter writes them; matched without regard to case) and those it reads when present.
 */
enum SyntheaFile {
    PATIENTS("patients.csv", List.of("Id", "BIRTHDATE", "DEATHDATE", "GENDER"), List.of("FIPS", "COUNTY", "ZIP")),
    ENCOUNTERS(
            "encounters.csv",
            List.of("Id", "START", "STOP", "PATIENT", "ORGANIZATION", "ENCOUNTERCLASS", "REASONCODE"),
            List.of()),
    CONDITIONS("conditions.csv", List.of("START", "STOP", "PATIENT", "ENCOUNTER", "CODE"), List.of());

    private final String fileName;
    private final List<String> required;
    private final List<String> optional;

    SyntheaFile(String fileName, List<String> required, List<String> optional) {
        this.fileName = fileName;
        this.required = required;
        this.optional = optional;
    }

    String fileName() {
        return fileName;
    }

    List<String> required() {
        return required;
    }

    List<String> optional() {
        return optional;
    }

    /** The staging table of the file as read, every column text. */
    String rawTable() {
        return "raw_" + name().toLowerCase(Locale.ROOT);
    }

    /** The view over the raw table with a row number and trimmed, lower case columns (empty is null). */
    String view() {
        return "v_" + name().toLowerCase(Locale.ROOT);
    }
}
