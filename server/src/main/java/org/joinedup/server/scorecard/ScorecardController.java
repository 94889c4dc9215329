package org.joinedup.server.scorecard;

import java.util.List;
import org.joinedup.server.view.Format;
import org.joinedup.server.view.ViewChoice;
import org.joinedup.server.view.ViewChoices;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page: the whole system for the area, period and as-at date in the URL (England, latest, now). */
@Controller
class ScorecardController {
    private final ViewChoices choices;
    private final ScorecardService scorecard;

    ScorecardController(ViewChoices choices, ScorecardService scorecard) {
        this.choices = choices;
        this.scorecard = scorecard;
    }

    @GetMapping("/")
    String home(
            @RequestParam(name = "area", required = false) String areaCode,
            @RequestParam(name = "code", required = false) String typedCode,
            @RequestParam(name = "period", required = false) String period,
            @RequestParam(name = "asat", required = false) String asAt,
            Model model) {
        ViewChoice choice = choices.resolve(areaCode, typedCode, period, asAt);
        List<SectionView> sections = scorecard.sections(choice);
        model.addAttribute("choice", choice);
        if (choice.notice() != null) {
            model.addAttribute("typedCode", typedCode); // kept in the box, to be corrected
        }
        model.addAttribute("area", choice.area());
        model.addAttribute("areaType", Format.typeName(choice.area().type(), false));
        model.addAttribute("sections", sections);
        model.addAttribute("headline", Headline.of(sections));
        return "scorecard";
    }
}
