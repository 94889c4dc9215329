package org.joinedup.server.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.joinedup.core.catalogue.Metric;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.geography.AreaType;
import org.joinedup.server.view.Format;

/**
 * A metric's definition as the page lists it: the version shown, its facts as label and text, whether it is
 * verified and why not, its caveats, and every version with what changed from the one before.
 *
 * @param shown the version that applies to the period shown (else the latest)
 * @param facts label and text, in reading order (numerator, denominator, source, ...)
 * @param verifiedText "Verified against its source" or "Not verified: ..." with the reason
 * @param caveats the catalogue's notes on the version shown, empty when none
 * @param versions every version, oldest first
 */
public record DefinitionView(
        MetricDefinition shown, List<Fact> facts, String verifiedText, String caveats, List<Version> versions) {

    /** One line of the definition. */
    public record Fact(String label, String text) {}

    /**
     * One version of the definition.
     *
     * @param validity e.g. "2023-24 to 2024-25" or "from 2025-26"
     * @param changes what differs from the version before, in words; "First version" for the first
     * @param current true for the version shown
     */
    public record Version(int version, String validity, String title, List<String> changes, boolean current) {}

    static DefinitionView of(Metric metric, MetricDefinition shown) {
        List<Fact> facts = new ArrayList<>();
        add(facts, "Definition", shown.definition());
        add(facts, "Why it matters", shown.rationale());
        add(facts, "Numerator", shown.numerator());
        add(facts, "Denominator", shown.denominator());
        add(facts, "Unit", unitText(shown));
        add(facts, "Polarity", Format.polarity(shown.polarity()));
        add(facts, "Frequency", lower(shown.frequency().name()));
        add(facts, "Source", shown.source());
        add(facts, "Kind of source", sourceType(shown));
        add(facts, "Standard", shown.standard());
        add(facts, "Sets", String.join(", ", Format.sets(shown.sets())));
        add(facts, "Owner", shown.accountableRole());
        add(facts, "Reported for", areaTypes(shown.areaTypes()));
        add(facts, "Breakdowns", breakdowns(shown));
        add(facts, "Confidence intervals", ciText(shown));
        List<Version> versions = new ArrayList<>();
        MetricDefinition before = null;
        for (MetricDefinition d : metric.versions()) {
            versions.add(new Version(
                    d.version(),
                    d.validityLabel(),
                    d.title(),
                    before == null ? List.of("First version") : changes(before, d),
                    d.version() == shown.version()));
            before = d;
        }
        return new DefinitionView(shown, List.copyOf(facts), verifiedText(shown), shown.notes(), List.copyOf(versions));
    }

    private static void add(List<Fact> facts, String label, String text) {
        if (text != null && !text.isBlank()) {
            facts.add(new Fact(label, text));
        }
    }

    private static String unitText(MetricDefinition d) {
        String unit = d.unit();
        if (unit.equalsIgnoreCase("GBP")) {
            return "£ (pounds)";
        }
        return unit.equalsIgnoreCase("count") ? "count" : unit;
    }

    private static String sourceType(MetricDefinition d) {
        return switch (d.sourceType()) {
            case OFFICIAL_STATISTICS -> "Official statistics";
            case MANAGEMENT_INFORMATION -> "Management information";
            case LOCAL -> "Local data";
        };
    }

    private static String ciText(MetricDefinition d) {
        return switch (d.ciMethod()) {
            case WILSON -> "Wilson score, 95% and 99.8%";
            case BYARS -> "Byar's method (exact Poisson for small counts)";
            case DOBSON -> "Dobson's method (directly standardised rates)";
            case POISSON_EXACT -> "Exact Poisson";
            case STUDENT_T -> "Student's t (means)";
            case NONE -> "None given for this metric";
        };
    }

    private static String areaTypes(List<AreaType> types) {
        return types.stream().map(t -> Format.typeName(t, true)).collect(Collectors.joining(", "));
    }

    private static String breakdowns(MetricDefinition d) {
        return d.breakdowns().stream().map(BreakdownView::keyName).collect(Collectors.joining(", "));
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * "Verified against its source", or "Not verified: " with the sentences of the notes that say what is
     * unverified (all the notes when none says so in as many words).
     */
    static String verifiedText(MetricDefinition d) {
        if (d.verified()) {
            return "Verified against its source";
        }
        String reasons = sentences(d.notes()).stream()
                .filter(s -> s.toLowerCase(Locale.ROOT).contains("verified"))
                .collect(Collectors.joining(" "));
        if (reasons.isBlank()) {
            reasons = d.notes().isBlank() ? "the catalogue gives no reason" : d.notes();
        }
        return "Not verified: " + reasons;
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split("(?<=[.!?])\\s+")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** What a version changes from the one before, field by field; its own notes say why. */
    static List<String> changes(MetricDefinition before, MetricDefinition after) {
        List<String> changes = new ArrayList<>();
        changed(changes, "Title", before, after, MetricDefinition::title);
        changed(changes, "Definition", before, after, MetricDefinition::definition);
        changed(changes, "Numerator", before, after, MetricDefinition::numerator);
        changed(changes, "Denominator", before, after, MetricDefinition::denominator);
        changed(changes, "Unit", before, after, MetricDefinition::unit);
        changed(changes, "Polarity", before, after, d -> Format.polarity(d.polarity()));
        changed(changes, "Frequency", before, after, d -> lower(d.frequency().name()));
        changed(changes, "Source", before, after, MetricDefinition::source);
        changed(changes, "Sets", before, after, d -> String.join(", ", Format.sets(d.sets())));
        changed(changes, "Owner", before, after, MetricDefinition::accountableRole);
        changed(changes, "Standard", before, after, MetricDefinition::standard);
        changed(changes, "Reported for", before, after, d -> areaTypes(d.areaTypes()));
        changed(changes, "Breakdowns", before, after, DefinitionView::breakdowns);
        if (before.verified() != after.verified()) {
            changes.add(after.verified() ? "Now verified" : "No longer verified");
        }
        if (changes.isEmpty()) {
            changes.add("Same definition");
        }
        if (!after.notes().isBlank()) {
            changes.add("Notes: " + after.notes());
        }
        return changes;
    }

    private static void changed(
            List<String> changes,
            String label,
            MetricDefinition before,
            MetricDefinition after,
            Function<MetricDefinition, String> field) {
        String was = field.apply(before);
        String now = field.apply(after);
        if (!Objects.equals(was, now)) {
            changes.add(label + ": " + (was.isBlank() ? "none" : was) + " → " + (now.isBlank() ? "none" : now));
        }
    }
}
