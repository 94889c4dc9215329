package org.joinedup.server.logicmodel;

import jakarta.servlet.http.HttpServletResponse;
import org.joinedup.server.view.ViewChoice;
import org.joinedup.server.view.ViewChoices;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The logic model page, and the same page with one box's metrics and links open. */
@Controller
class LogicModelController {
    private final ViewChoices choices;
    private final LogicModelService service;

    LogicModelController(ViewChoices choices, LogicModelService service) {
        this.choices = choices;
        this.service = service;
    }

    @GetMapping("/logic-model")
    String model(
            @RequestParam(name = "area", required = false) String areaCode,
            @RequestParam(name = "code", required = false) String typedCode,
            @RequestParam(name = "period", required = false) String period,
            @RequestParam(name = "asat", required = false) String asAt,
            Model model) {
        ViewChoice choice = choices.resolve(areaCode, typedCode, period, asAt);
        keepTyped(model, choice, typedCode);
        return page(model, choice, service.view(choice, null), "/logic-model", null);
    }

    @GetMapping("/logic-model/{boxId}")
    String box(
            @PathVariable String boxId,
            @RequestParam(name = "area", required = false) String areaCode,
            @RequestParam(name = "code", required = false) String typedCode,
            @RequestParam(name = "period", required = false) String period,
            @RequestParam(name = "asat", required = false) String asAt,
            Model model,
            HttpServletResponse response) {
        ViewChoice choice = choices.resolve(areaCode, typedCode, period, asAt);
        keepTyped(model, choice, typedCode);
        if (!service.hasBox(boxId)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return page(
                    model,
                    choice,
                    service.view(choice, null),
                    "/logic-model",
                    "The logic model has no box '" + boxId + "'. Choose one of the boxes below.");
        }
        return page(model, choice, service.view(choice, boxId), "/logic-model/" + boxId, null);
    }

    /** A code that was not understood stays in the picker's box, to be corrected. */
    private static void keepTyped(Model model, ViewChoice choice, String typedCode) {
        if (choice.notice() != null) {
            model.addAttribute("typedCode", typedCode);
        }
    }

    private static String page(Model model, ViewChoice choice, LogicModelView view, String action, String notFound) {
        model.addAttribute("choice", choice);
        model.addAttribute("area", choice.area());
        model.addAttribute("logicModel", view);
        model.addAttribute("statuses", BoxStatus.values());
        model.addAttribute("action", action);
        model.addAttribute("notFound", notFound);
        return "logic-model";
    }
}
