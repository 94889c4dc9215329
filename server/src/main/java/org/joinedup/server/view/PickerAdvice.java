package org.joinedup.server.view;

import java.time.Duration;
import java.util.List;
import org.joinedup.core.assessment.Assessments;
import org.joinedup.server.assessment.AssessmentService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the picker's areas and periods, for the {@code choice :: picker} fragment. */
@ControllerAdvice(annotations = Controller.class)
class PickerAdvice {
    private static final Duration FIRST_BUILD_WAIT = Duration.ofSeconds(60);

    private final ViewChoices choices;
    private final AssessmentService assessments;
    private volatile Periods periods;

    private record Periods(Assessments from, List<PeriodOption> options) {}

    PickerAdvice(ViewChoices choices, AssessmentService assessments) {
        this.choices = choices;
        this.assessments = assessments;
    }

    @ModelAttribute("areaPicker")
    AreaPicker areaPicker() {
        return choices.areaPicker();
    }

    @ModelAttribute("periodOptions")
    List<PeriodOption> periodOptions() {
        Assessments now = assessments.snapshot().orElse(null);
        if (now == null) {
            // the page itself waits for the first build; so does its list of periods
            try {
                now = assessments.awaitReady(FIRST_BUILD_WAIT);
            } catch (IllegalStateException e) {
                return List.of();
            }
        }
        Periods cached = periods;
        if (cached == null || cached.from() != now) {
            cached = new Periods(now, ViewChoices.periodOptions(now.calendar().periods()));
            periods = cached;
        }
        return cached.options();
    }
}
