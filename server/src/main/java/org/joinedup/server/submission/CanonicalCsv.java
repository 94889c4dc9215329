package org.joinedup.server.submission;

import java.math.BigDecimal;

/** Writes rows in the canonical submission CSV, numbers printed so they read back to the same double. */
public final class CanonicalCsv {
    public static final String HEADER = String.join(",", SubmissionColumns.ALL) + "\n";

    private final StringBuilder out;

    public CanonicalCsv(StringBuilder out) {
        this.out = out;
    }

    public static CanonicalCsv withHeader(StringBuilder out) {
        out.append(HEADER);
        return new CanonicalCsv(out);
    }

    public void row(
            String metric,
            String areaCode,
            String period,
            String breakdown,
            Double numerator,
            Double denominator,
            Double value,
            String status) {
        field(metric).append(',');
        field(areaCode).append(',');
        field(period).append(',');
        field(breakdown).append(',');
        number(numerator).append(',');
        number(denominator).append(',');
        number(value).append(',');
        field(status).append('\n');
    }

    private StringBuilder number(Double value) {
        return value == null ? out : out.append(format(value));
    }

    /** The shortest plain decimal that parses back to exactly this double (no exponent). */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).toPlainString();
    }

    private StringBuilder field(String text) {
        if (text == null) {
            return out;
        }
        boolean quote =
                text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        if (!quote) {
            return out.append(text);
        }
        return out.append('"').append(text.replace("\"", "\"\"")).append('"');
    }
}
