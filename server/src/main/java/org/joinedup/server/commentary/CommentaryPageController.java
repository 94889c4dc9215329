package org.joinedup.server.commentary;

import java.util.List;
import org.joinedup.server.view.ViewChoice;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * {@code GET /commentary?metric=&area=&period=}: a page with one commentary panel. {@code POST /commentary}:
 * the panel's form. Sent by htmx (header {@code HX-Request}) it answers with the panel alone, saved or with
 * its problems; sent as a plain form it redirects back to {@code returnTo} when saved, or shows the page
 * with the problems (422).
 */
@Controller
class CommentaryPageController {
    private final CommentaryService commentary;

    CommentaryPageController(CommentaryService commentary) {
        this.commentary = commentary;
    }

    @GetMapping("/commentary")
    String page(
            @RequestParam(name = "metric", required = false) String metric,
            @RequestParam(name = "area", required = false) String area,
            @RequestParam(name = "period", required = false) String period,
            Model model) {
        CommentaryKey key = key(metric, area, period);
        return show(
                model, commentary.panel(key, CommentaryLinks.page(key.metricId(), key.areaCode(), key.periodLabel())));
    }

    @PostMapping("/commentary")
    ModelAndView post(
            @RequestParam(name = "metric", required = false) String metric,
            @RequestParam(name = "area", required = false) String area,
            @RequestParam(name = "period", required = false) String period,
            @RequestParam(name = "whatHappened", required = false) String whatHappened,
            @RequestParam(name = "why", required = false) String why,
            @RequestParam(name = "action", required = false) String action,
            @RequestParam(name = "author", required = false) String author,
            @RequestParam(name = "returnTo", required = false) String returnTo,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        CommentaryKey key = key(metric, area, period);
        CommentaryDraft draft = new CommentaryDraft(whatHappened, why, action, author);
        CommentaryService.Outcome outcome = commentary.add(key, draft);
        List<CommentaryProblem> problems = outcome.problems();
        // After a save the form is emptied; after a refusal it keeps what was typed.
        CommentaryPanel panel = CommentaryPanel.of(
                key,
                commentary.revisions(key),
                outcome.accepted() ? CommentaryDraft.empty() : draft,
                problems,
                returnTo,
                outcome.accepted());
        if ("true".equals(htmx)) {
            // htmx swaps only 2xx answers, so a refusal is sent as 200 with its problems in the panel.
            return new ModelAndView("commentary :: panel(view=${view})", "view", panel);
        }
        if (outcome.accepted()) {
            RedirectView back = new RedirectView(panel.returnTo() + "#" + panel.id(), true);
            back.setStatusCode(HttpStatus.SEE_OTHER);
            back.setExposeModelAttributes(false);
            return new ModelAndView(back);
        }
        ModelAndView refused = new ModelAndView(show(model, panel), model.asMap());
        refused.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return refused;
    }

    private String show(Model model, CommentaryPanel panel) {
        CommentaryKey key = key(panel.metricId(), panel.areaCode(), panel.period());
        model.addAttribute("view", panel);
        model.addAttribute("choice", new ViewChoice(key.area(), key.period(), null, null));
        return "commentary";
    }

    private CommentaryKey key(String metric, String area, String period) {
        CommentaryService.Resolved resolved = commentary.resolve(metric, area, period);
        if (!resolved.ok()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    String.join(
                            " ",
                            resolved.problems().stream()
                                    .map(CommentaryProblem::message)
                                    .toList()));
        }
        return resolved.key();
    }
}
