package org.joinedup.server.commentary;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/commentary?metric=&area=&period=}: the latest commentary and every revision, newest first
 * (400 with the problems when the key is not understood). {@code POST} with the same parameters and a JSON
 * body {@code {"whatHappened", "why", "action", "author"}}: 201 with the stored revision, 422 with every
 * problem and nothing stored.
 */
@RestController
class CommentaryApiController {
    private final CommentaryService commentary;

    CommentaryApiController(CommentaryService commentary) {
        this.commentary = commentary;
    }

    /** A key's commentary: the latest revision (null when none) and all of them, newest first. */
    record History(
            String metric,
            String area,
            String areaName,
            String period,
            CommentaryView latest,
            List<CommentaryView> revisions) {}

    /** Why a request was refused. */
    record Refusal(List<CommentaryProblem> problems) {}

    @GetMapping(path = "/api/commentary", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> read(
            @RequestParam(name = "metric", required = false) String metric,
            @RequestParam(name = "area", required = false) String area,
            @RequestParam(name = "period", required = false) String period) {
        CommentaryService.Resolved resolved = commentary.resolve(metric, area, period);
        if (!resolved.ok()) {
            return ResponseEntity.badRequest().body(new Refusal(resolved.problems()));
        }
        CommentaryKey key = resolved.key();
        List<CommentaryView> revisions =
                commentary.revisions(key).stream().map(CommentaryView::of).toList();
        return ResponseEntity.ok(new History(
                key.metricId(),
                key.areaCode(),
                key.area().name(),
                key.periodLabel(),
                revisions.isEmpty() ? null : revisions.get(0),
                revisions));
    }

    @PostMapping(
            path = "/api/commentary",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> write(
            @RequestParam(name = "metric", required = false) String metric,
            @RequestParam(name = "area", required = false) String area,
            @RequestParam(name = "period", required = false) String period,
            @RequestBody(required = false) CommentaryDraft draft) {
        CommentaryService.Resolved resolved = commentary.resolve(metric, area, period);
        CommentaryDraft body = draft == null ? CommentaryDraft.empty() : draft;
        if (!resolved.ok()) {
            List<CommentaryProblem> all = new java.util.ArrayList<>(resolved.problems());
            all.addAll(body.problems());
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new Refusal(all));
        }
        CommentaryService.Outcome outcome = commentary.add(resolved.key(), body);
        if (!outcome.accepted()) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new Refusal(outcome.problems()));
        }
        CommentaryKey key = resolved.key();
        return ResponseEntity.created(
                        URI.create("/api" + CommentaryLinks.page(key.metricId(), key.areaCode(), key.periodLabel())))
                .body(CommentaryView.of(outcome.stored()));
    }
}
