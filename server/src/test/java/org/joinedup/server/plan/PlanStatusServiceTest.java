package org.joinedup.server.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import org.joinedup.core.period.Period;
import org.joinedup.core.plan.PlanKind;
import org.joinedup.core.plan.PlanState;
import org.joinedup.core.plan.PlanStatus;
import org.joinedup.core.plan.PlanTolerance;
import org.joinedup.core.plan.ToDateMethod;
import org.joinedup.server.StoreTestSupport;
import org.joinedup.server.submission.SubmissionReport;
import org.joinedup.server.submission.SubmissionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A stored target set against stored observations, as the dashboard will ask for it. */
class PlanStatusServiceTest extends StoreTestSupport {
    @Autowired
    SubmissionService submissions;

    @Autowired
    PlanService plans;

    @Autowired
    PlanStatusService statuses;

    @Test
    void storedObservationsAreSetAgainstTheStoredTarget() {
        SubmissionReport actuals = submissions.submit(
                "rf4-2027.csv",
                ("metric,area_code,period,breakdown,numerator,denominator,value,status\n"
                                + "ae_4hr,RF4,2027-04,,900,1000,,final\n"
                                + "ae_4hr,RF4,2027-05,,1900,2000,,provisional\n"
                                + "ae_4hr,RF4,2027-05,ae_type=1,100,1000,,provisional\n")
                        .getBytes(StandardCharsets.UTF_8),
                "test",
                "tester");
        assertThat(actuals.accepted()).as(actuals.problems().toString()).isTrue();
        PlanReport target = plans.submit(
                "rf4-target.csv",
                (PlanServiceTest.HEADER + "ae_4hr,RF4,2027-28,,92.8,target\n").getBytes(StandardCharsets.UTF_8),
                "test",
                "tester");
        assertThat(target.accepted()).as(target.problems().toString()).isTrue();

        Period year = Period.financialYear(2027);
        PlanStatus status = statuses.status("ae_4hr", "RF4", year, PlanKind.TARGET, PlanTolerance.NONE);
        // 2,800 / 3,000 = 93.3% to date (the type 1 breakdown is left out), at least 92.8%.
        assertThat(status.state()).isEqualTo(PlanState.ON_TRACK);
        assertThat(status.method()).isEqualTo(ToDateMethod.RATIO_OF_SUMS);
        assertThat(status.actualToDate()).isCloseTo(93.3333, within(1e-4));
        assertThat(status.periods())
                .extracting(p -> p.state())
                .containsExactly(PlanState.OFF_TRACK, PlanState.ON_TRACK);

        assertThat(statuses.status("ae_4hr", "RF4", year, PlanKind.PLAN, PlanTolerance.NONE)
                        .state())
                .isEqualTo(PlanState.NO_PLAN);
    }
}
