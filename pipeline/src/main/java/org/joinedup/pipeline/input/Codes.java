package org.joinedup.pipeline.input;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The coded values of the canonical input and how validation normalises them (docs/pipeline-input.md).
 * Each {@code normalise...} method returns the canonical value, or null when the value is not a known
 * code.
 */
public final class Codes {
    private Codes() {}

    /** Sex: {@code M}, {@code F}, {@code X} (indeterminate / other), {@code U} (not known). */
    public static String sex(String value) {
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "M", "1", "MALE" -> "M";
            case "F", "2", "FEMALE" -> "F";
            case "X", "9", "I", "OTHER", "INDETERMINATE" -> "X";
            case "U", "0", "UNKNOWN", "NOT KNOWN" -> "U";
            default -> null;
        };
    }

    /**
     * Ethnic group as the five ONS high-level groups ({@code white}, {@code mixed}, {@code asian},
     * {@code black}, {@code other}) or the NHS ethnic category letters (A-C white, D-G mixed, H-L asian,
     * M-P black, R-S other); {@code Z} or {@code 99} (not stated) becomes empty.
     */
    public static String ethnicGroup(String value) {
        String v = value.toUpperCase(Locale.ROOT);
        return switch (v) {
            case "WHITE", "A", "B", "C" -> "white";
            case "MIXED", "D", "E", "F", "G" -> "mixed";
            case "ASIAN", "H", "J", "K", "L" -> "asian";
            case "BLACK", "M", "N", "P" -> "black";
            case "OTHER", "R", "S" -> "other";
            case "Z", "99" -> "";
            default -> null;
        };
    }

    /**
     * The group of an NHS admission method code, or of the words {@code elective}, {@code emergency},
     * {@code maternity}, {@code transfer}: 11-13 elective; 21-25, 28, 2A-2D emergency; 31-32 maternity;
     * 81-84 transfer (and other, including births in this provider).
     */
    public static String admissionGroup(String value) {
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "11", "12", "13", "ELECTIVE" -> "elective";
            case "21", "22", "23", "24", "25", "28", "2A", "2B", "2C", "2D", "EMERGENCY" -> "emergency";
            case "31", "32", "MATERNITY" -> "maternity";
            case "81", "82", "83", "84", "TRANSFER" -> "transfer";
            default -> null;
        };
    }

    /**
     * NHS discharge destination codes: 19 usual place of residence, 29 temporary place of residence, 30
     * repatriation, 37-38 court and penal, 48-53 other NHS hospital provider, 54 NHS care home, 65-66 local
     * authority residential and foster care, 79 died, 84-89 non-NHS hospital, care home, hospice, 98 spell
     * not finished, 99 not known.
     */
    public static final Set<String> DISCHARGE_DESTINATIONS = Set.of(
            "19", "29", "30", "37", "38", "48", "49", "50", "51", "52", "53", "54", "65", "66", "79", "84", "85", "87",
            "88", "89", "98", "99");

    /**
     * A&E attendance disposal (Commissioning Data Set): 01 admitted, 02 GP follow-up, 03 no follow-up, 04
     * outpatient clinic, 05 A&E clinic, 06 fracture clinic, 07 transferred, 10 died in department, 11 other
     * health care professional, 12 left before treatment, 13 left refusing treatment, 14 other.
     */
    public static final Set<String> AE_DISPOSALS =
            Set.of("01", "02", "03", "04", "05", "06", "07", "10", "11", "12", "13", "14");

    /** Department type: 1 (consultant-led 24-hour), 2 (single specialty) and 3 (other, including 4). */
    public static String departmentType(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "1", "01" -> "1";
            case "2", "02" -> "2";
            case "3", "03", "4", "04", "other" -> "3";
            default -> null;
        };
    }

    public static final Set<String> SOCIAL_CARE_EVENT_TYPES = Set.of(
            "request",
            "assessment",
            "short_term_reablement",
            "short_term_residential",
            "long_term_home_care",
            "long_term_residential",
            "long_term_nursing");

    /** Who pays for a social care service. */
    public static final Set<String> FUNDING = Set.of("local_authority", "self", "nhs", "joint", "other");

    /** true/false, also yes/no, y/n, 1/0; empty is null. */
    public static Boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "t", "yes", "y", "1" -> Boolean.TRUE;
            case "false", "f", "no", "n", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * An ICD-10 code in canonical form (upper case, no dot: {@code S72.0} becomes {@code S720}), or null
     * when it does not have the shape of one: a letter, two digits, then up to three more characters
     * (digits, letters, {@code X} or {@code -} fillers, a dagger {@code D} or asterisk {@code A}).
     */
    public static String icd10(String value) {
        String v = value.toUpperCase(Locale.ROOT);
        int n = v.length();
        if (n < 3 || n > 7) {
            return null;
        }
        if (!letter(v.charAt(0)) || !digit(v.charAt(1)) || !digit(v.charAt(2))) {
            return null;
        }
        StringBuilder out = new StringBuilder(6).append(v, 0, 3);
        int start = 3;
        if (n > 3 && v.charAt(3) == '.') {
            start = 4;
            if (n == 4) {
                return null;
            }
        }
        for (int i = start; i < n; i++) {
            char c = v.charAt(i);
            if (!(digit(c) || letter(c) || c == '-')) {
                return null;
            }
            out.append(c);
        }
        return out.length() > 6 ? null : out.toString();
    }

    /** An ODS GP practice code: a letter and five digits, e.g. {@code A81001}. */
    public static boolean practiceShape(String v) {
        if (v.length() != 6 || !letter(v.charAt(0))) {
            return false;
        }
        for (int i = 1; i < 6; i++) {
            if (!digit(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** An ODS organisation code of 3 to 5 letters and digits, e.g. {@code RR8} or {@code RX1RA}. */
    public static boolean providerShape(String v) {
        if (v.length() < 3 || v.length() > 5) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(letter(c) || digit(c))) {
                return false;
            }
        }
        return true;
    }

    /** An ONS code: a letter, two digits and six digits, e.g. {@code E01000001}. */
    public static boolean onsShape(String v, String prefixes) {
        if (v.length() != 9) {
            return false;
        }
        for (int i = 1; i < 9; i++) {
            if (!digit(v.charAt(i))) {
                return false;
            }
        }
        for (String p : prefixes.split(",")) {
            if (v.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** Local authority prefixes: E06 unitary, E07 district, E08 metropolitan district, E09 London borough, E10 county. */
    public static final String LA_PREFIXES = "E06,E07,E08,E09,E10";

    /** The LSOA prefixes (England {@code E01}, Wales {@code W01}). */
    public static final String LSOA_PREFIXES = "E01,W01";

    private static boolean letter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** For the document: admission method codes by group. */
    public static final Map<String, String> ADMISSION_METHOD_GROUPS = Map.of(
            "elective", "11, 12, 13",
            "emergency", "21, 22, 23, 24, 25, 28, 2A, 2B, 2C, 2D",
            "maternity", "31, 32",
            "transfer", "81, 82, 83, 84");
}
