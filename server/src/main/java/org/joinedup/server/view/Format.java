package org.joinedup.server.view;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.Polarity;
import org.joinedup.core.catalogue.ValueType;
import org.joinedup.core.geography.AreaType;
import org.joinedup.core.indicator.ConfidenceInterval;

/** Figures and labels as the NHS publishes them: thousands separators, sensible decimals, units in words. */
public final class Format {
    private Format() {}

    public static String value(MetricDefinition definition, double value) {
        int decimals = decimals(definition, value);
        DecimalFormat format = new DecimalFormat(
                decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(value);
    }

    private static int decimals(MetricDefinition definition, double value) {
        String unit = definition.unit().toLowerCase(Locale.ROOT);
        if (definition.valueType() == ValueType.COUNT) {
            return 0;
        }
        if (unit.contains("gbp") || unit.contains("£")) {
            return 2;
        }
        if (unit.startsWith("per 100,000") || unit.startsWith("per 100000")) {
            return Math.abs(value) >= 100 ? 0 : 1;
        }
        if (definition.valueType() == ValueType.ISR || definition.valueType() == ValueType.RATIO) {
            return Math.abs(value) >= 100 ? 0 : 2;
        }
        return Math.abs(value) >= 1000 ? 0 : 1;
    }

    /** A value with its unit as the NHS writes it: 85.3%, £32.03, 2,170 per 100,000. */
    public static String figure(MetricDefinition definition, double value) {
        String number = value(definition, value);
        String unit = unit(definition);
        if (unit.isEmpty()) {
            return number;
        }
        if (unit.equals("£")) {
            return "£" + number;
        }
        return unit.equals("%") ? number + "%" : number + " " + unit;
    }

    /** "95% CI 85.2% to 85.3%"; null when the interval or one of its limits is missing. */
    public static String interval(MetricDefinition definition, ConfidenceInterval ci) {
        if (ci == null || ci.lower().isEmpty() || ci.upper().isEmpty()) {
            return null;
        }
        return "95% CI " + figure(definition, ci.lower().getAsDouble()) + " to "
                + figure(definition, ci.upper().getAsDouble());
    }

    public static String unit(MetricDefinition definition) {
        String unit = definition.unit();
        if (unit.equalsIgnoreCase("count")) {
            return "";
        }
        if (unit.equalsIgnoreCase("GBP")) {
            return "£";
        }
        return unit;
    }

    public static String polarity(Polarity polarity) {
        return switch (polarity) {
            case HIGHER_IS_BETTER -> "Higher is better";
            case LOWER_IS_BETTER -> "Lower is better";
            case NO_JUDGEMENT -> "No judgement of better or worse";
        };
    }

    public static List<String> sets(List<String> sets) {
        return sets.stream().map(Format::setName).toList();
    }

    private static String setName(String set) {
        return switch (set) {
            case "bcf" -> "Better Care Fund";
            case "interface_2017" -> "Interface dashboard 2017";
            case "vanguard" -> "Vanguard core";
            case "ascof" -> "ASCOF";
            case "nhsof" -> "NHS OF";
            case "phof" -> "PHOF";
            case "open_data" -> "Open data";
            default -> set;
        };
    }

    public static String typeName(AreaType type, boolean plural) {
        String singular = switch (type) {
            case COUNTRY -> "country";
            case NHS_REGION -> "NHS region";
            case ICB -> "ICB";
            case SUB_ICB -> "sub-ICB location";
            case PCN -> "PCN";
            case GP_PRACTICE -> "GP practice";
            case REGION -> "region";
            case UTLA -> "upper-tier local authority";
            case LTLA -> "lower-tier local authority";
            case TRUST -> "NHS trust";
            case COMBINED_AUTHORITY -> "combined authority";
        };
        if (!plural) {
            return singular;
        }
        return singular.endsWith("ty") || singular.endsWith("ry")
                ? singular.substring(0, singular.length() - 1) + "ies"
                : singular + "s";
    }
}
