package org.joinedup.pipeline.synthea;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A hand-written Synthea CSV export (test resources {@code org/joinedup/pipeline/synthea/export}), in the
 * columns of the Synthea CSV exporter, and a SNOMED CT to ICD-10 map for its codes. Times are UTC.
 *
 * <pre>
 * patient born        sex  area (FIPS)                      encounters
 * p01     1940-05-12  F    Massachusetts: default area      e00 wellness 2010; e01 emergency 04-03 08:00, e02 inpatient
 *                                                           04-04 07:00 (23 h later: emergency admission)
 * p02     1950-01-20  M    Massachusetts                    e03 emergency 04-10 09:00, e04 inpatient 04-11 10:00
 *                                                           (25 h later: elective)
 * p03     1960-03-01  F    E01000001 (City of London)       e05 emergency 05-01 10:00, e06 inpatient 05-01 14:00 (emergency)
 * p04     1945-02-02  M    Massachusetts                    e07 inpatient 05-10 (elective), e08 snf from 05-15 12:00,
 *                                                           an hour after discharge (following a hospital discharge)
 * p05     1938-07-07  F    Massachusetts, died 2024-06-20   e09 emergency 06-18 22:00, e10 inpatient 06-19 02:00 to
 *                                                           06-20 (emergency; died in hospital)
 * p06     1990-01-01  M    Massachusetts                    e11 emergency only (A&amp;E, not admitted)
 * p07     1985-08-15  F    Massachusetts                    e12 inpatient (elective; an unmapped SNOMED CT reason)
 * p08     1930-03-03  M    Massachusetts                    e13 emergency 04-15 06:30, e14 inpatient 04-16 06:30
 *                                                           (exactly 24 h: emergency)
 * p09     2000-11-11  F    Massachusetts                    e15 wellness, e16 ambulatory (not mapped)
 * p10     1955-09-09  M    Massachusetts                    e17 emergency 04-02, e18 inpatient 04-05 09:00 (elective),
 *                                                           e19 emergency 04-05 10:00, after the spell began
 * p11     1948-12-12  F    Massachusetts                    e20 snf 04-01 to 04-20, no spell before it
 * p12     1970-06-06  M    E01999999 (not a shipped LSOA)   e21 urgentcare (not mapped), e22 emergency 05-07 20:00,
 *                                                           e23 inpatient 05-08 19:59 (23 h 59 min: emergency)
 * </pre>
 *
 * <p>So: 9 spells (5 emergency, 4 elective), 9 A&amp;E attendances (5 admitted), 2 short-term residential
 * care stays; 11 patients in the default area (Hartlepool 009A, practice A81007), p03 in the City of London.
 */
final class SyntheaFixture {
    private SyntheaFixture() {}

    /** A copy of the export in a new folder under {@code dir}, which tests may then break. */
    static Path export(Path dir) {
        return copy(resource("export"), dir.resolve("export"));
    }

    /** The SNOMED CT to ICD-10 map of the export's codes (all but 72892002, normal pregnancy). */
    static Path snomedIcd10() {
        return resource("snomed_icd10.csv");
    }

    private static Path resource(String name) {
        try {
            return Path.of(SyntheaFixture.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
