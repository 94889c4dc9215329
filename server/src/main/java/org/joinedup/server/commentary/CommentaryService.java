package org.joinedup.server.commentary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joinedup.core.catalogue.Metric;
import org.joinedup.core.geography.Area;
import org.joinedup.core.period.Period;
import org.joinedup.server.reference.ReferenceData;
import org.joinedup.server.store.CommentaryStore;
import org.joinedup.server.store.StoredCommentary;
import org.springframework.stereotype.Service;

/**
 * Analysts' commentary on a metric, area and period: checked, stored append-only (an edit is a new revision,
 * every earlier one kept) and read back latest first.
 */
@Service
public class CommentaryService {
    private final ReferenceData reference;
    private final CommentaryStore store;

    CommentaryService(ReferenceData reference, CommentaryStore store) {
        this.reference = reference;
        this.store = store;
    }

    /** A key read from request parameters, or every problem with them. */
    public record Resolved(CommentaryKey key, List<CommentaryProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** The result of a write: the stored revision, or every problem and nothing stored. */
    public record Outcome(StoredCommentary stored, List<CommentaryProblem> problems) {
        public boolean accepted() {
            return stored != null;
        }
    }

    /**
     * Reads a key: the metric by its catalogue id, the area by any of its codes (kept under its primary
     * code), the period by its label (e.g. 2024-25, Q1 2024-25, 2024-09).
     */
    public Resolved resolve(String metricId, String areaCode, String periodLabel) {
        List<CommentaryProblem> problems = new ArrayList<>();
        Optional<Metric> metric = Optional.empty();
        if (blank(metricId)) {
            problems.add(new CommentaryProblem("metric", "Name the metric (its id, e.g. ae_4hr)."));
        } else {
            metric = reference.catalogue().metric(metricId.strip());
            if (metric.isEmpty()) {
                problems.add(
                        new CommentaryProblem("metric", "No metric in the catalogue has the id '" + metricId + "'."));
            }
        }
        Optional<Area> area = Optional.empty();
        if (blank(areaCode)) {
            problems.add(new CommentaryProblem("area", "Name the area (an ONS or ODS code, e.g. E54000050 or QHM)."));
        } else {
            area = reference.geography().resolve(areaCode.strip());
            if (area.isEmpty()) {
                problems.add(new CommentaryProblem("area", "No area has the code '" + areaCode + "'."));
            }
        }
        Period period = null;
        if (blank(periodLabel)) {
            problems.add(new CommentaryProblem("period", "Name the period (e.g. 2024-25, Q1 2024-25 or 2024-09)."));
        } else {
            try {
                period = Period.parse(periodLabel.strip());
            } catch (IllegalArgumentException e) {
                problems.add(new CommentaryProblem(
                        "period", "'" + periodLabel + "' is not a period (try 2024-25, Q1 2024-25 or 2024-09)."));
            }
        }
        if (!problems.isEmpty()) {
            return new Resolved(null, List.copyOf(problems));
        }
        Metric m = metric.orElseThrow();
        return new Resolved(
                new CommentaryKey(m.versionFor(period).orElse(m.latest()), area.orElseThrow(), period), List.of());
    }

    /** Checks a draft and, when it has no problem, stores it as the key's next revision. */
    public Outcome add(CommentaryKey key, CommentaryDraft draft) {
        List<CommentaryProblem> problems = draft.problems();
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        StoredCommentary stored = store.add(
                key.metricId(),
                key.areaCode(),
                key.periodLabel(),
                draft.whatHappened(),
                draft.why(),
                draft.action(),
                draft.author());
        return new Outcome(stored, List.of());
    }

    /** Every revision of a key's commentary, newest first. */
    public List<StoredCommentary> revisions(CommentaryKey key) {
        return store.revisions(key.metricId(), key.areaCode(), key.periodLabel());
    }

    /** The latest commentary on each metric and period of an area, keyed by {@link #lookup}. */
    public Map<String, StoredCommentary> latestForArea(Area area) {
        Map<String, StoredCommentary> latest = new HashMap<>();
        for (StoredCommentary c : store.latestForArea(area.code())) {
            latest.put(lookup(c.metricId(), c.period()), c);
        }
        return latest;
    }

    /** The key of {@link #latestForArea}'s map for a metric and period. */
    public static String lookup(String metricId, String periodLabel) {
        return metricId + "|" + periodLabel;
    }

    /**
     * What the {@code commentary :: panel(panel)} fragment shows for a key: its latest commentary, earlier
     * revisions and an empty form.
     *
     * @param returnTo the page the plain form post goes back to (a path on this site)
     */
    public CommentaryPanel panel(CommentaryKey key, String returnTo) {
        return CommentaryPanel.of(key, revisions(key), CommentaryDraft.empty(), List.of(), returnTo, false);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
