package org.joinedup.server.view;

import java.util.List;
import org.joinedup.core.assessment.Assessments;
import org.joinedup.server.assessment.AssessmentService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the picker's areas and periods, for the {@code choice :: picker} fragment. */
@ControllerAdvice(annotations = Controller.class)
class PickerAdvice {
    private final ViewChoices choices;
    private final AssessmentService assessments;
    private volatile Periods periods;

    private record Periods(Assessments from, List<PeriodOption> options) {}

    PickerAdvice(ViewChoices choices, AssessmentService assessments) {
        this.choices = choices;
        this.assessments = assessments;
    }

    @ModelAttribute("areaGroups")
    List<AreaGroup> areaGroups() {
        return choices.areaGroups();
    }

    @ModelAttribute("periodOptions")
    List<PeriodOption> periodOptions() {
        Assessments now = assessments.snapshot().orElse(null);
        if (now == null) {
            return List.of();
        }
        Periods cached = periods;
        if (cached == null || cached.from() != now) {
            cached = new Periods(now, ViewChoices.periodOptions(now.calendar().periods()));
            periods = cached;
        }
        return cached.options();
    }
}
