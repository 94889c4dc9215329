package org.joinedup.core.spc;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison tolerances of the reference vectors, as each case states them. */
record Tolerance(String description, double digits, boolean significant) {
    /** The vectors' Python checks are full double precision; only summation order may differ. */
    static final double PYTHON_PORT_RELATIVE = 1e-12;

    /**
     * Parses a case's tolerance text: "compare to 7 significant digits (...)", "3 significant digits
     * (...)" or "limits rounded to 2 dp (...)".
     */
    static Tolerance parse(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) (significant digits|dp)")
                .matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("unknown tolerance: " + text);
        }
        return new Tolerance(text, Integer.parseInt(m.group(1)), m.group(2).startsWith("significant"));
    }

    /**
     * Asserts that {@code actual} rounds to the printed {@code expected}: it lies within half a unit of
     * the last printed digit (plus a hair for binary representation).
     */
    void check(String what, double expected, double actual) {
        double unit = significant
                ? Math.pow(10, Math.floor(Math.log10(Math.abs(expected))) - digits + 1)
                : Math.pow(10, -digits);
        double bound = unit / 2 * (1 + 1e-9);
        assertThat(Math.abs(actual - expected))
                .as("%s: expected %s (%s), got %s", what, expected, description, actual)
                .isLessThanOrEqualTo(bound);
    }

    static void checkPythonPort(String what, double expected, double actual) {
        assertThat(Math.abs(actual - expected))
                .as("%s: python port %s, got %s", what, expected, actual)
                .isLessThanOrEqualTo(PYTHON_PORT_RELATIVE * Math.abs(expected));
    }
}
