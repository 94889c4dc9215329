package org.joinedup.server.opendata;

/**
 * A population count usable as a rate denominator.
 *
 * @param dataset {@code ons_mye_2021} (ONS mid-2021 estimates by local authority) or {@code gp_registered}
 *     (patients registered at a GP practice)
 * @param areaCode area code as emitted in the geography
 * @param period period label: {@code 2021} (mid-year) or {@code 2026-08} (extract month)
 * @param sex {@code M}, {@code F} or {@code persons}
 * @param age a band such as {@code 0-4}, {@code 85-89}, {@code 90+}, or {@code 65+} or {@code all}
 * @param population the count
 */
public record PopulationRow(String dataset, String areaCode, String period, String sex, String age, long population) {

    public static final String ONS_MYE_2021 = "ons_mye_2021";
    public static final String GP_REGISTERED = "gp_registered";
}
