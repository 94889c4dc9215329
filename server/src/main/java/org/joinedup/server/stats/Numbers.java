package org.joinedup.server.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Reads and writes numbers in the stats command's CSV files. Numbers are written in the fewest significant
 * digits that read back to exactly the same double, in plain notation (never {@code 1.0E-5}); whole numbers
 * have no decimal point. Absent values are empty cells; infinite ones (a limit at confidence 1) are
 * {@code Infinity} and {@code -Infinity}, which {@link Double#parseDouble} reads back.
 */
final class Numbers {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private Numbers() {}

    /** The shortest plain decimal that reads back as {@code x}; empty for NaN. */
    static String format(double x) {
        if (Double.isNaN(x)) {
            return "";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal exact = new BigDecimal(x);
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal best = null;
            for (RoundingMode mode :
                    new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal candidate = exact.round(new MathContext(digits, mode));
                if (candidate.doubleValue() == x) {
                    if (best == null
                            || candidate
                                            .subtract(exact)
                                            .abs()
                                            .compareTo(best.subtract(exact).abs())
                                    < 0) {
                        best = candidate;
                    }
                }
            }
            if (best != null) {
                return best.stripTrailingZeros().toPlainString();
            }
        }
        return exact.toPlainString(); // not reached: 17 significant digits always round-trip
    }

    static String format(OptionalDouble x) {
        return x.isPresent() ? format(x.getAsDouble()) : "";
    }

    static String format(Double x) {
        return x == null ? "" : format(x.doubleValue());
    }

    /** True for text that means "no value": an empty cell or R's {@code NA}. */
    static boolean isMissing(String text) {
        String t = text.strip();
        return t.isEmpty() || t.equals("NA");
    }

    /**
     * A decimal number such as {@code 12}, {@code -0.5} or {@code 1e5}, surrounding spaces allowed; null when
     * the text is not one (hexadecimal, {@code NaN}, {@code Infinity} and type suffixes are refused).
     */
    static Double parse(String text) {
        String t = text.strip();
        if (!DECIMAL.matcher(t).matches()) {
            return null;
        }
        double d = Double.parseDouble(t);
        return Double.isFinite(d) ? d : null;
    }
}
