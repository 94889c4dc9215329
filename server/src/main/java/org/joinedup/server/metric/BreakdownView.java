package org.joinedup.server.metric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.indicator.ConfidenceInterval;
import org.joinedup.core.indicator.CrudeRates;
import org.joinedup.core.indicator.IndicatorValue;
import org.joinedup.core.indicator.Proportions;
import org.joinedup.core.observation.Breakdown;
import org.joinedup.server.chart.Unit;
import org.joinedup.server.store.StoredObservation;

/**
 * The area's figures by patient group for one period, one group per kind of breakdown (age band, sex,
 * deprivation quintile, ...), each row with its 95% interval where the metric's method gives one from the
 * counts, and how it compares with the area's total.
 */
public record BreakdownView(List<Group> groups) {

    /** One kind of breakdown, e.g. "Age band", with a row per value. */
    public record Group(String name, List<Row> rows) {}

    /**
     * One patient group.
     *
     * @param comparison "Higher than the total", "Lower than the total", "Similar to the total" (by its 95%
     *     interval), or empty without an interval
     */
    public record Row(
            String group, String value, String interval, String numerator, String denominator, String comparison) {}

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** The breakdown rows among stored observations (totals are skipped), grouped by their keys. */
    static BreakdownView of(MetricDefinition definition, Unit unit, List<StoredObservation> rows, Double total) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        rows.stream()
                .filter(o -> !o.breakdown().isEmpty())
                .sorted((a, b) -> compareGroups(a.breakdown(), b.breakdown()))
                .forEach(o -> {
                    Breakdown breakdown = Breakdown.parse(o.breakdown());
                    String name = breakdown.values().keySet().stream()
                            .map(BreakdownView::keyName)
                            .collect(Collectors.joining(" and "));
                    String label = breakdown.values().entrySet().stream()
                            .map(e -> valueName(e.getKey(), e.getValue()))
                            .collect(Collectors.joining(", "));
                    groups.computeIfAbsent(name, k -> new ArrayList<>()).add(row(definition, unit, o, label, total));
                });
        List<Group> out = new ArrayList<>();
        groups.forEach((name, list) -> out.add(new Group(name, List.copyOf(list))));
        return new BreakdownView(List.copyOf(out));
    }

    /** Groups in key order, values in natural order (numbers by size, so age bands run upwards). */
    private static int compareGroups(String a, String b) {
        String keysA = a.replaceAll("=[^;]*", "");
        String keysB = b.replaceAll("=[^;]*", "");
        int byKeys = keysA.compareTo(keysB);
        if (byKeys != 0) {
            return byKeys;
        }
        return naturalKey(a).compareTo(naturalKey(b));
    }

    private static String naturalKey(String label) {
        // Pads the numbers so "5-9" sorts before "10-14" and "65-74" before "75+".
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+").matcher(label);
        int last = 0;
        while (m.find()) {
            out.append(label, last, m.start()).append(String.format("%08d", Long.parseLong(m.group())));
            last = m.end();
        }
        return out.append(label.substring(last)).toString();
    }

    private static Row row(MetricDefinition definition, Unit unit, StoredObservation o, String label, Double total) {
        IndicatorValue indicator = interval(definition, o.numerator(), o.denominator());
        Double lower = null;
        Double upper = null;
        if (indicator != null && !indicator.intervals().isEmpty()) {
            ConfidenceInterval ci = indicator.interval(0.95);
            lower = boxed(ci.lower());
            upper = boxed(ci.upper());
        }
        Double value = o.value() != null
                ? o.value()
                : indicator != null && indicator.value().isPresent()
                        ? indicator.value().getAsDouble()
                        : null;
        String comparison = "";
        if (total != null && lower != null && upper != null) {
            comparison = lower > total
                    ? "Higher than the total"
                    : upper < total ? "Lower than the total" : "Similar to the total";
        }
        return new Row(
                label,
                value == null ? "No value held" : unit.format(value),
                lower == null || upper == null ? "" : unit.format(lower) + " to " + unit.format(upper),
                ValuesTable.count(o.numerator()),
                ValuesTable.count(o.denominator()),
                comparison);
    }

    /** The value with its 95% interval by the metric's method, or null when the counts give none. */
    private static IndicatorValue interval(MetricDefinition definition, Double numerator, Double denominator) {
        if (numerator == null || denominator == null || !(denominator > 0)) {
            return null;
        }
        try {
            return switch (definition.ciMethod()) {
                case WILSON -> Proportions.of(numerator, denominator, definition.multiplier(), 0.95);
                case BYARS, POISSON_EXACT -> CrudeRates.of(numerator, denominator, definition.multiplier(), 0.95);
                default -> null;
            };
        } catch (IllegalArgumentException e) {
            return null; // counts the method cannot take (a numerator above its denominator)
        }
    }

    private static Double boxed(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }

    static String keyName(String key) {
        return switch (key) {
            case "age" -> "Age band";
            case "sex" -> "Sex";
            case "imd_quintile" -> "Deprivation quintile (IMD)";
            case "frailty" -> "Frailty";
            case "ae_type" -> "A&E department type";
            case "ethnicity" -> "Ethnic group";
            default -> Character.toUpperCase(key.charAt(0)) + key.substring(1).replace('_', ' ');
        };
    }

    static String valueName(String key, String value) {
        return switch (key) {
            case "sex" ->
                switch (value.toUpperCase(java.util.Locale.ROOT)) {
                    case "F", "FEMALE", "2" -> "Female";
                    case "M", "MALE", "1" -> "Male";
                    default -> value;
                };
            case "imd_quintile" ->
                switch (value) {
                    case "1" -> "1 (most deprived)";
                    case "5" -> "5 (least deprived)";
                    default -> value;
                };
            case "ae_type" ->
                switch (value) {
                    case "1" -> "Type 1 (major emergency department)";
                    case "2" -> "Type 2 (single specialty)";
                    case "other" -> "Other (minor injury units, walk-in centres)";
                    default -> value;
                };
            case "age" -> value.matches("\\d+.*") ? value + " years" : value;
            default -> value;
        };
    }
}
