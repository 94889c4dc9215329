package org.joinedup.server.compare;

import org.joinedup.core.geography.Area;
import org.joinedup.server.reference.ReferenceData;
import org.joinedup.server.view.ViewChoice;
import org.joinedup.server.view.ViewChoices;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Compare areas: the chosen area against England, its region and its peers, with a second area beside. */
@Controller
class CompareController {
    private final ViewChoices choices;
    private final CompareService service;
    private final ReferenceData reference;

    CompareController(ViewChoices choices, CompareService service, ReferenceData reference) {
        this.choices = choices;
        this.service = service;
        this.reference = reference;
    }

    @GetMapping("/compare")
    String compare(
            @RequestParam(name = "area", required = false) String areaCode,
            @RequestParam(name = "code", required = false) String typedCode,
            @RequestParam(name = "period", required = false) String period,
            @RequestParam(name = "asat", required = false) String asAt,
            @RequestParam(name = "with", required = false) String withCode,
            Model model) {
        ViewChoice choice = choices.resolve(areaCode, typedCode, period, asAt);
        Area with = null;
        String withNotice = null;
        if (withCode != null && !withCode.isBlank()) {
            with = reference.geography().resolve(withCode.trim()).orElse(null);
            if (with == null) {
                withNotice = "No area has the code '" + withCode.trim() + "' to set beside it.";
            }
        }
        model.addAttribute("choice", choice);
        if (choice.notice() != null) {
            model.addAttribute("typedCode", typedCode); // kept in the box, to be corrected
        }
        model.addAttribute("area", choice.area());
        model.addAttribute("compare", service.view(choice, with));
        model.addAttribute("withNotice", withNotice);
        return "compare";
    }
}
