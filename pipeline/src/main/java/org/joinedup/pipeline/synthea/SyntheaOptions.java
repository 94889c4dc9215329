package org.joinedup.pipeline.synthea;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * How a Synthea export is placed in England and how its diagnoses are read.
 *
 * @param defaultLsoa the LSOA (2011 code) where patients without an English LSOA in their record live
 * @param defaultPractice the GP practice (ODS code) those patients are registered with
 * @param snomedIcd10 a CSV file {@code snomed,icd10} mapping SNOMED CT codes to ICD-10, or null: without
 *     it the spells carry no diagnoses and the metrics that need ICD-10 codes are not computed
 */
public record SyntheaOptions(String defaultLsoa, String defaultPractice, Path snomedIcd10) {
    /** Hartlepool 009A, in Hartlepool (E06000001), a unitary authority, so also its council. */
    public static final String DEFAULT_LSOA = "E01011949";

    /** Bankhouse Surgery, Hartlepool (One Life Hartlepool PCN, North East and North Cumbria ICB). */
    public static final String DEFAULT_PRACTICE = "A81007";

    private static final Pattern LSOA = Pattern.compile("E01[0-9]{6}");
    private static final Pattern PRACTICE = Pattern.compile("[A-Z][0-9]{5}");

    /**
     * @throws IllegalArgumentException for a default area that is not an English LSOA code or a practice
     *     code that is not a letter and five digits
     */
    public SyntheaOptions {
        if (defaultLsoa == null || !LSOA.matcher(defaultLsoa).matches()) {
            throw new IllegalArgumentException(
                    "default area '" + defaultLsoa + "' must be an English LSOA code (E01 and six digits)");
        }
        if (defaultPractice == null || !PRACTICE.matcher(defaultPractice).matches()) {
            throw new IllegalArgumentException(
                    "default practice '" + defaultPractice + "' must be a GP practice code (a letter and five digits)");
        }
    }

    /** Hartlepool 009A and Bankhouse Surgery, no diagnosis mapping. */
    public static SyntheaOptions defaults() {
        return new SyntheaOptions(DEFAULT_LSOA, DEFAULT_PRACTICE, null);
    }

    public SyntheaOptions withDefaultArea(String lsoa, String practice) {
        return new SyntheaOptions(lsoa, practice, snomedIcd10);
    }

    public SyntheaOptions withSnomedIcd10(Path file) {
        return new SyntheaOptions(defaultLsoa, defaultPractice, file);
    }
}
