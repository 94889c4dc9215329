package org.joinedup.server.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joinedup.core.assessment.Assessment;
import org.joinedup.core.assessment.Assessments;
import org.joinedup.core.forecast.Forecast;
import org.joinedup.core.geography.AreaType;
import org.joinedup.core.period.Period;
import org.joinedup.server.StoreTestSupport;
import org.joinedup.server.plan.PlanReport;
import org.joinedup.server.plan.PlanService;
import org.joinedup.server.reference.ReferenceData;
import org.joinedup.server.submission.SubmissionReport;
import org.joinedup.server.submission.SubmissionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The assessments on the real store, with the shipped open data, before and after a submission. */
class AssessmentServiceTest extends StoreTestSupport {
    private static final String HEADER = "metric,area_code,period,breakdown,numerator,denominator,value,status\n";
    private static final String METRIC = "ae_4hr";
    private static final String TRUST = "RF4";
    private static final Period MARCH_2019 = Period.parse("2019-03");

    @Autowired
    AssessmentService assessments;

    @Autowired
    SubmissionService submissions;

    @Autowired
    ReferenceData reference;

    @Autowired
    PlanService plans;

    @Test
    void anAssessmentSaysWhereItStandsAgainstThePlanForItsYear() {
        assessments.awaitReady(Duration.ofMinutes(5));
        Period october = Period.parse("2018-10");
        assertThat(assessments.at(METRIC, TRUST, october).orElseThrow().planStatus())
                .isNull();

        // RF4 admitted, transferred or discharged 70-80% of attendances within 4 hours in 2018-19.
        PlanReport report = plans.submit(
                "rf4-plan.csv",
                ("metric,area_code,financial_year,period,value,kind\n" + METRIC + "," + TRUST + ",2018-19,,95,plan\n")
                        .getBytes(StandardCharsets.UTF_8),
                "test",
                "tester");
        assertThat(report.accepted()).as(report.problems().toString()).isTrue();

        assertThat(assessments.at(METRIC, TRUST, october).orElseThrow().planStatus())
                .startsWith("Off track: ")
                .contains("year to date");
    }

    @Test
    void aReadingAsAtAPastDayHoldsOnlyWhatTheStoreHeldThen() {
        assessments.awaitReady(Duration.ofMinutes(5));
        AssessmentReading now = assessments.reading(null).orElseThrow();
        assertThat(now.latest(METRIC, TRUST)).isPresent();
        // every observation of this test store was recorded today
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);
        AssessmentReading past = assessments.reading(yesterday).orElseThrow();
        assertThat(past.asAt()).isEqualTo(yesterday);
        assertThat(past.latest(METRIC, TRUST)).isEmpty();
        assertThat(assessments.reading(yesterday).orElseThrow().assessments())
                .as("kept for the next ask")
                .isSameAs(past.assessments());
    }

    @Test
    void aChosenPeriodShowsTheLatestFigureEndingByIt() {
        assessments.awaitReady(Duration.ofMinutes(5));
        AssessmentReading now = assessments.reading(null).orElseThrow();
        Assessment byQ3 =
                now.latestBy(METRIC, TRUST, Period.parse("Q3 2018-19").end()).orElseThrow();
        assertThat(byQ3.period()).isEqualTo(Period.parse("2018-12"));
        assertThat(now.latestBy(METRIC, TRUST, LocalDate.of(1990, 1, 1))).isEmpty();
    }

    @Test
    void aPageCanAskForTheForecastOfItsSeries() {
        assessments.awaitReady(Duration.ofMinutes(5));
        Forecast forecast = assessments.forecast(METRIC, TRUST, 3).orElseThrow();
        assertThat(java.util.Arrays.stream(forecast.mean()).boxed().toList())
                .hasSize(3)
                .allSatisfy(v -> assertThat(v).isBetween(0.0, 100.0));
        assertThat(forecast.interval(95).lower()[2]).isLessThan(forecast.mean()[2]);
        assertThat(assessments.forecast(METRIC, "NOPE9", 3)).isEmpty();
    }

    @Test
    void aChangedTrustFigureReachesItsIcbRegionAndEngland() {
        Assessments first = assessments.awaitReady(Duration.ofMinutes(5));
        assertThat(first.seriesCount()).isPositive();
        // refresh the metric first, in case another test class changed it since the build
        assessments.onObservationsChanged(Set.of(new MetricArea(METRIC, TRUST)));
        Assessments before = assessments.snapshot().orElseThrow();

        Assessment trust = before.at(METRIC, TRUST, MARCH_2019).orElseThrow();
        assertThat(trust.rolledUp()).isFalse();
        int area = before.areas().indexOf(TRUST);
        List<String> ancestors = new ArrayList<>();
        for (int a : before.areas().ancestors(area)) {
            ancestors.add(before.areas().code(a));
        }
        assertThat(ancestors.stream()
                        .map(code -> reference
                                .geography()
                                .resolve(code)
                                .orElseThrow()
                                .type())
                        .toList())
                .contains(AreaType.ICB, AreaType.NHS_REGION, AreaType.COUNTRY);
        Map<String, Assessment> ancestorsBefore = new HashMap<>();
        for (String code : ancestors) {
            before.at(METRIC, code, MARCH_2019).ifPresent(a -> ancestorsBefore.put(code, a));
        }
        assertThat(ancestorsBefore).hasSize(ancestors.size());
        assertThat(ancestorsBefore.values())
                .allSatisfy(a -> assertThat(a.rolledUp()).isTrue());

        double lower = trust.numerator() - 1000;
        SubmissionReport report = submissions.submit(
                "rf4-march-revised.csv",
                (HEADER + METRIC + "," + TRUST + ",2019-03,," + lower + "," + trust.denominator() + ",,final\n")
                        .getBytes(StandardCharsets.UTF_8),
                "test",
                "tester");
        assertThat(report.accepted()).as(report.problems().toString()).isTrue();
        assertThat(report.revised()).isEqualTo(1);
        // what SubmissionService will do after a commit that stored anything
        assessments.onObservationsChanged(Set.of(new MetricArea(METRIC, TRUST)));

        Assessments after = assessments.snapshot().orElseThrow();
        assertThat(after).isNotSameAs(before);
        Assessment revised = after.at(METRIC, TRUST, MARCH_2019).orElseThrow();
        assertThat(revised.numerator()).isEqualTo(lower);
        assertThat(revised.value()).isEqualTo(100 * lower / trust.denominator());
        assertThat(revised.ci95().upper().getAsDouble())
                .isLessThan(trust.ci95().upper().getAsDouble());
        for (String code : ancestors) {
            Assessment was = ancestorsBefore.get(code);
            Assessment now = after.at(METRIC, code, MARCH_2019).orElseThrow();
            assertThat(now.numerator()).as(code).isEqualTo(was.numerator() - 1000);
            assertThat(now.denominator()).as(code).isEqualTo(was.denominator());
            assertThat(now.value()).as(code).isLessThan(was.value());
        }
        // the dashboard's look-ups
        assertThat(assessments.latest(METRIC, TRUST)).isPresent();
        assertThat(assessments.latestForArea(TRUST))
                .extracting(Assessment::metricId)
                .contains(METRIC);
        assertThat(assessments.history(METRIC, TRUST))
                .extracting(Assessment::period)
                .contains(MARCH_2019);
        assertThat(assessments.at(METRIC, TRUST, MARCH_2019).orElseThrow().vsEngland())
                .isNotNull();
    }
}
