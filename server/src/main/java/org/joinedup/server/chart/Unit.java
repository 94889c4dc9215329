package org.joinedup.server.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * How a metric's figures are written: thousands separators, a fixed number of decimals, and a unit. Tick
 * labels keep a short unit ({@code %}, {@code £}); longer units ("per 100,000") go in the axis title instead.
 *
 * @param prefix written before the number, e.g. {@code £}
 * @param suffix written after the number, e.g. {@code %} or {@code  per 100,000}
 * @param axisTitle the unit as the value axis names it, or empty
 * @param decimals decimals of values in text and tables (ticks use as many as their step needs)
 */
public record Unit(String prefix, String suffix, String axisTitle, int decimals) {
    public Unit {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        Objects.requireNonNull(axisTitle, "axisTitle");
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals must be 0 to 6, not " + decimals);
        }
    }

    /** Whole numbers: counts. */
    public static Unit count() {
        return new Unit("", "", "", 0);
    }

    /** Plain numbers with the given decimals, e.g. ratios. */
    public static Unit number(int decimals) {
        return new Unit("", "", "", decimals);
    }

    /** Percentages, e.g. {@code 85.3%}. */
    public static Unit percent(int decimals) {
        return new Unit("", "%", "", decimals);
    }

    /** Rates per 1,000 people. */
    public static Unit per1000(int decimals) {
        return new Unit("", " per 1,000", "per 1,000", decimals);
    }

    /** Rates per 100,000 people, e.g. {@code 1,234.5 per 100,000}. */
    public static Unit per100000(int decimals) {
        return new Unit("", " per 100,000", "per 100,000", decimals);
    }

    /** Money, e.g. {@code £1,234}. */
    public static Unit pounds(int decimals) {
        return new Unit("£", "", "", decimals);
    }

    /**
     * The unit of a catalogue metric, read from its unit text: {@code %}, {@code per 100,000}, {@code GBP},
     * {@code count}; other text becomes a suffix after a space (e.g. {@code days}).
     */
    public static Unit of(String catalogueUnit, int decimals) {
        String u = catalogueUnit == null ? "" : catalogueUnit.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.equals("count") || lower.equals("number") || lower.equals("ratio")) {
            return number(decimals);
        }
        if (lower.equals("%") || lower.equals("percent") || lower.equals("percentage")) {
            return percent(decimals);
        }
        if (lower.equals("gbp") || lower.equals("£")) {
            return pounds(decimals);
        }
        if (lower.replace(",", "").equals("per 100000")) {
            return per100000(decimals);
        }
        if (lower.replace(",", "").equals("per 1000")) {
            return per1000(decimals);
        }
        return new Unit("", " " + u, u, decimals);
    }

    /** This unit with other decimals. */
    public Unit withDecimals(int decimals) {
        return new Unit(prefix, suffix, axisTitle, decimals);
    }

    /** A value with its unit, e.g. {@code 1,234.5 per 100,000}; "no value" for null or NaN. */
    public String format(Double value) {
        if (value == null || value.isNaN()) {
            return "no value";
        }
        if (value.isInfinite()) {
            return value > 0 ? "unbounded" : "unbounded below";
        }
        return sign(value, decimals) + prefix + number(Math.abs(value), decimals) + suffix;
    }

    /** A value without its unit, for table cells under a header that names the unit. */
    public String plain(Double value) {
        if (value == null || value.isNaN()) {
            return "";
        }
        if (value.isInfinite()) {
            return value > 0 ? "unbounded" : "unbounded below";
        }
        return sign(value, decimals) + number(Math.abs(value), decimals);
    }

    /** A value with only its short unit ({@code %} or {@code £}), for narrow columns; a dash for none. */
    public String brief(Double value) {
        if (value == null || !Double.isFinite(value)) {
            return "–";
        }
        return tick(value, decimals);
    }

    /** A tick label: the short unit only ({@code %} or {@code £}), with the tick's decimals. */
    public String tick(double value, int tickDecimals) {
        String shortSuffix = suffix.equals("%") ? "%" : "";
        return sign(value, tickDecimals) + prefix + number(Math.abs(value), tickDecimals) + shortSuffix;
    }

    /** A column header for values of this unit, e.g. {@code Value (%)}. */
    public String header(String name) {
        String unitText = !axisTitle.isEmpty() ? axisTitle : suffix.strip().isEmpty() ? prefix : suffix.strip();
        return unitText.isEmpty() ? name : name + " (" + unitText + ")";
    }

    private static String sign(double value, int decimals) {
        return value < 0 && !number(Math.abs(value), decimals).matches("[0.,]+") ? "-" : "";
    }

    static String number(double value, int decimals) {
        DecimalFormat format = new DecimalFormat(
                decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }
}
