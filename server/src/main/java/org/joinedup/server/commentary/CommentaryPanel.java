package org.joinedup.server.commentary;

import java.util.List;
import java.util.Optional;
import org.joinedup.server.store.StoredCommentary;

/**
 * What the {@code commentary :: panel(view)} fragment shows: the latest commentary on one metric, area and
 * period, the earlier revisions, and a form (its values and problems after a refused post).
 *
 * @param latest the latest revision, or null when none was written
 * @param earlier the revisions before it, newest first
 * @param draft what the form holds
 * @param problems why the last post was refused; empty otherwise
 * @param returnTo the page the plain form post redirects back to
 * @param saved true just after a post was stored, to say so
 */
public record CommentaryPanel(
        String metricId,
        String metricTitle,
        String areaCode,
        String areaName,
        String period,
        CommentaryView latest,
        List<CommentaryView> earlier,
        CommentaryDraft draft,
        List<CommentaryProblem> problems,
        String returnTo,
        boolean saved) {
    public CommentaryPanel {
        earlier = List.copyOf(earlier);
        problems = List.copyOf(problems);
        returnTo = safeReturn(returnTo, metricId, areaCode, period);
    }

    static CommentaryPanel of(
            CommentaryKey key,
            List<StoredCommentary> revisions,
            CommentaryDraft draft,
            List<CommentaryProblem> problems,
            String returnTo,
            boolean saved) {
        List<CommentaryView> views = revisions.stream().map(CommentaryView::of).toList();
        return new CommentaryPanel(
                key.metricId(),
                key.metric().title(),
                key.areaCode(),
                key.area().name(),
                key.periodLabel(),
                views.isEmpty() ? null : views.get(0),
                views.isEmpty() ? List.of() : views.subList(1, views.size()),
                draft,
                problems,
                returnTo,
                saved);
    }

    /** The prefix of every id in the panel, unique per metric on a page. */
    public String id() {
        return "commentary-" + metricId;
    }

    /** The id of a form field, e.g. {@code commentary-ae_4hr-why}. */
    public String fieldId(String field) {
        return id() + "-" + field;
    }

    /** The problem with a field, or null. */
    public String problem(String field) {
        return problems.stream()
                .filter(p -> p.field().equals(field))
                .map(CommentaryProblem::message)
                .findFirst()
                .orElse(null);
    }

    /** The most characters each text may hold, for the form's hints. */
    public int textLimit() {
        return CommentaryDraft.TEXT_LIMIT;
    }

    public int authorLimit() {
        return CommentaryDraft.AUTHOR_LIMIT;
    }

    /** A path on this site only, so a crafted form cannot send people elsewhere; else this key's own page. */
    static String safeReturn(String returnTo, String metricId, String areaCode, String period) {
        return Optional.ofNullable(returnTo)
                .map(String::strip)
                .filter(r -> r.startsWith("/")
                        && !r.startsWith("//")
                        && !r.contains("\\")
                        && r.chars().noneMatch(Character::isISOControl))
                .orElse(CommentaryLinks.page(metricId, areaCode, period));
    }
}
