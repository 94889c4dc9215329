package org.joinedup.server.metric;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.joinedup.core.assessment.Assessment;
import org.joinedup.core.indicator.ConfidenceInterval;
import org.joinedup.core.period.Period;
import org.joinedup.server.chart.ChartText;
import org.joinedup.server.chart.Unit;
import org.joinedup.server.store.StoredObservation;

/**
 * The values table: every period of the series, newest first, with its status and, where the store kept an
 * earlier revision of the area's own figure, the value it replaced and when.
 */
final class ValuesTable {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private ValuesTable() {}

    /**
     * @param history the series' assessments, oldest first
     * @param revisions the area's stored rows of the metric, every revision ({@code ObservationReader.revisions})
     * @param since changes recorded after this are recent ("what changed in the last month")
     * @param chosen the period the page shows, or null
     */
    static List<ValueRow> rows(
            Unit unit, List<Assessment> history, List<StoredObservation> revisions, Instant since, Period chosen) {
        Map<Period, List<StoredObservation>> stored = new HashMap<>();
        for (StoredObservation o : revisions) {
            stored.computeIfAbsent(period(o), k -> new ArrayList<>()).add(o);
        }
        List<ValueRow> rows = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            Assessment a = history.get(i);
            List<StoredObservation> kept = stored.getOrDefault(a.period(), List.of());
            StoredObservation current = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            StoredObservation previous = kept.size() < 2 ? null : kept.get(kept.size() - 2);
            ConfidenceInterval ci = a.ci95();
            Double lower =
                    ci == null || ci.lower().isEmpty() ? null : ci.lower().getAsDouble();
            Double upper =
                    ci == null || ci.upper().isEmpty() ? null : ci.upper().getAsDouble();
            Instant recordedAt = current == null ? null : current.recordedAt();
            Instant revisedAt = previous == null ? null : recordedAt;
            boolean recent = recordedAt != null && recordedAt.isAfter(since);
            String status = a.status().name().toLowerCase(Locale.ROOT);
            rows.add(new ValueRow(
                    a.period(),
                    a.value(),
                    lower,
                    upper,
                    a.numerator(),
                    a.denominator(),
                    status,
                    a.rolledUp(),
                    current == null ? 0 : current.revision(),
                    previous == null ? null : previous.value(),
                    revisedAt,
                    recordedAt,
                    recent,
                    a.period().equals(chosen),
                    new ValueRow.Text(
                            ChartText.of(a.period()),
                            a.value() == null ? "No value held" : unit.format(a.value()),
                            lower == null || upper == null ? "" : unit.format(lower) + " to " + unit.format(upper),
                            count(a.numerator()),
                            count(a.denominator()),
                            previous == null ? "" : unit.format(previous.value()),
                            revisedAt == null ? "" : day(revisedAt),
                            note(a, current, previous, recent))));
        }
        return rows;
    }

    private static Period period(StoredObservation o) {
        return new Period(org.joinedup.core.period.PeriodType.valueOf(o.periodType()), o.periodStart(), o.periodEnd());
    }

    private static String note(Assessment a, StoredObservation current, StoredObservation previous, boolean recent) {
        List<String> notes = new ArrayList<>();
        if (a.rolledUp()) {
            notes.add("Added up from the areas within");
        }
        if (previous != null) {
            notes.add("Revision " + current.revision() + (recent ? ", revised in the last month" : ""));
        } else if (recent) {
            notes.add("New in the last month");
        }
        return String.join("; ", notes);
    }

    /** "What changed in the last month": counts of new and revised values, or that nothing changed. */
    static String changeSummary(List<ValueRow> rows, boolean ownFigures) {
        long revised = rows.stream().filter(r -> r.recent() && r.revised()).count();
        long added = rows.stream().filter(r -> r.recent() && !r.revised()).count();
        if (!ownFigures) {
            return "This area's figures are added up from the areas within it; each area's own revisions are"
                    + " listed on its page.";
        }
        if (revised == 0 && added == 0) {
            return "Nothing changed in the last month.";
        }
        List<String> parts = new ArrayList<>();
        if (revised > 0) {
            parts.add(revised + (revised == 1 ? " value revised (highlighted)" : " values revised (highlighted)"));
        }
        if (added > 0) {
            parts.add(added + (added == 1 ? " new value" : " new values"));
        }
        return "In the last month: " + String.join(" and ", parts) + ".";
    }

    /** A count with thousands separators; one decimal when it is not whole; empty for none. */
    static String count(Double v) {
        if (v == null) {
            return "";
        }
        boolean whole = v == Math.rint(v);
        return new DecimalFormat(whole ? "#,##0" : "#,##0.0", DecimalFormatSymbols.getInstance(Locale.UK)).format(v);
    }

    static String day(Instant instant) {
        return DAY.format(instant.atZone(LONDON));
    }
}
