package org.joinedup.pipeline.generate;

import java.util.List;
import java.util.Map;

/**
 * The reference data the generator draws people from, as plain values: the caller (the server's
 * {@code pipeline generate} command) reads them from the shipped open data.
 *
 * @param areas local authority districts with their resident population by sex and single year of age
 * @param practices GP practices with their PCN and ICB
 * @param pcnPopulation patients registered in each PCN: {@code [male under 65, female under 65, male 65+,
 *     female 65+]}
 * @param providers acute hospital providers (trusts with a type 1 A&E department)
 * @param hfrsCodes the Hospital Frailty Risk Score codes with the share of patients with each code in the
 *     score's development cohort
 */
public record GeneratorInputs(
        List<Area> areas,
        List<Practice> practices,
        Map<String, long[]> pcnPopulation,
        List<Provider> providers,
        List<HfrsCode> hfrsCodes) {

    public GeneratorInputs {
        areas = List.copyOf(areas);
        practices = List.copyOf(practices);
        pcnPopulation = Map.copyOf(pcnPopulation);
        providers = List.copyOf(providers);
        hfrsCodes = List.copyOf(hfrsCodes);
        if (areas.isEmpty() || practices.isEmpty() || providers.isEmpty()) {
            throw new IllegalArgumentException("the generator needs areas, practices and providers");
        }
    }

    /**
     * A local authority district.
     *
     * @param code ONS code of the district (or unitary authority) people live in
     * @param socialCareAuthority the council with social care duties: the district's county, or itself
     * @param icb the ICB (ONS code) whose practices serve it, or null when not known
     * @param nhsRegion the NHS region (ONS code) it is in
     * @param male residents by single year of age 0-90 (90 = 90 and over), 91 values
     * @param female as {@code male}
     * @param lsoas the LSOAs in the district
     */
    public record Area(
            String code,
            String socialCareAuthority,
            String icb,
            String nhsRegion,
            long[] male,
            long[] female,
            List<String> lsoas) {
        public Area {
            if (male.length != 91 || female.length != 91) {
                throw new IllegalArgumentException(code + ": 91 single years of age are needed (0-90+)");
            }
            if (lsoas.isEmpty()) {
                throw new IllegalArgumentException(code + ": no LSOAs");
            }
            lsoas = List.copyOf(lsoas);
        }
    }

    /** A GP practice: ODS code, PCN code (empty when not in a PCN), ICB and NHS region (ONS codes). */
    public record Practice(String code, String pcn, String icb, String nhsRegion) {}

    /** A hospital provider: ODS code, ICB and NHS region (ONS codes), relative size. */
    public record Provider(String code, String icb, String nhsRegion, double weight) {}

    /** One HFRS code and the share (0-1) of the development cohort with it. */
    public record HfrsCode(String code, double share) {}
}
