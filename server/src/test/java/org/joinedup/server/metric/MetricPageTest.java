package org.joinedup.server.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.joinedup.server.StoreTestSupport;
import org.joinedup.server.store.ObservationQuery;
import org.joinedup.server.store.ObservationReader;
import org.joinedup.server.store.StoredObservation;
import org.joinedup.server.submission.SubmissionReport;
import org.joinedup.server.submission.SubmissionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The metric page on the shipped open data. Figures are for February 2019, which no other test changes; the
 * A&E ones can be worked out by hand from opendata/nhs_ae/ae_attendances.csv (e.g. Newcastle upon Tyne
 * Hospitals, RTD: 19,035 attendances, 1,344 over four hours, so 17,691 within them: 92.9%).
 */
class MetricPageTest extends StoreTestSupport {
    @Autowired
    MockMvc mvc;

    @Autowired
    SubmissionService submissions;

    @Autowired
    ObservationReader reader;

    private String page(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aTrustShowsItsFigureItsPeersAndItsDepartmentTypes() throws Exception {
        String html = page("/metrics/ae_4hr?area=RTD&period=2019-02");
        assertThat(html)
                .contains("<h1>A&amp;E: attendances admitted, transferred or discharged within 4 hours</h1>")
                .contains("The Newcastle Upon Tyne Hospitals NHS Foundation Trust")
                .contains("<span class=\"value\">92.9%</span>")
                .contains("95% confidence interval 92.6% to 93.3%")
                .contains("Better than England")
                .contains("Better than NHS North East and North Cumbria Integrated Care Board")
                // peers: the trusts of its ICB, at the same month
                .contains("NHS trusts in NHS North East and North Cumbria Integrated Care Board")
                .contains("<th scope=\"row\">North Tees and Hartlepool NHS Foundation Trust</th><td>95.5</td>")
                // the funnel: every trust in England by its attendances
                .contains("Feb 2019: NHS trusts in England")
                .contains(
                        "<th scope=\"row\">The Newcastle Upon Tyne Hospitals NHS Foundation Trust</th><td>19,035</td>")
                // by department type: type 1 had 9,905 attendances, 1,312 over four hours
                .contains("A&amp;E department type, Feb 2019")
                .contains("Type 1 (major emergency department)")
                .contains("86.8%")
                .contains("8,593")
                .contains("9,905")
                .contains("Lower than the total")
                // the values table and the SPC chart's table
                .contains("17,691")
                .contains("19,035")
                .contains("<th scope=\"row\">Feb 2019</th><td>92.9</td>")
                .contains("id=\"h-forecast\"")
                .contains("Open Government Licence v3.0");
    }

    @Test
    void englandIsComparedWithTheNhsRegions() throws Exception {
        String html = page("/metrics/ae_4hr?period=2019-02");
        assertThat(html)
                .contains("<span class=\"value\">82.7%</span>")
                .contains("Added up from the areas within it")
                .contains("Feb 2019: NHS regions</caption>")
                .contains("<th scope=\"row\">North East and Yorkshire</th><td>86.5</td>")
                .contains("<th scope=\"row\">Midlands</th><td>77.7</td>")
                .contains("Feb 2019: NHS regions in England")
                .contains("1,349,557")
                .contains("1,631,962")
                .contains("added up from the areas within it; each area&#39;s own revisions");
    }

    @Test
    void anIcbIsComparedWithTheIcbsOfItsRegion() throws Exception {
        String html = page("/metrics/ae_4hr?code=QHM&period=2019-02");
        assertThat(html)
                .contains("NHS North East and North Cumbria Integrated Care Board")
                .contains("<span class=\"value\">91.7%</span>")
                .contains("ICBs in North East and Yorkshire")
                .contains("<th scope=\"row\">NHS South Yorkshire Integrated Care Board</th><td>88.1</td>")
                .contains("Better than North East and Yorkshire")
                .contains("81,250")
                .contains("88,624");
    }

    @Test
    void theDefinitionListsEveryVersionAndWhatChanged() throws Exception {
        String html = page("/metrics/falls_65_dsr?period=2017-18");
        assertThat(html)
                .contains("Emergency hospital admissions due to falls in people aged 65 and over")
                .contains("<span class=\"value\">2,170 per 100,000</span>")
                .contains("<caption>Definition versions</caption>")
                .contains("to 2022-23")
                .contains("2023-24 to 2024-25")
                .contains("from 2025-26")
                .contains("Sets: PHOF, Open data → PHOF, Better Care Fund, Open data")
                .contains("Owner: Director of public health → Health and wellbeing board BCF lead (council and ICB)")
                .contains("No longer verified")
                .contains("Director of public health")
                .contains("Dobson&#39;s method")
                .contains("No breakdown by sex, age band, deprivation quintile (IMD), frailty is held for England");
    }

    @Test
    void anUnverifiedDefinitionSaysWhy() throws Exception {
        assertThat(page("/metrics/dementia_diagnosis_65"))
                .contains("Not verified: UNVERIFIED: the prevalence model behind the denominator")
                .contains("66.7% (national ambition, two-thirds)");
    }

    @Test
    void anAreaWithoutDataShowsTheDefinitionAndWhereItIsHeld() throws Exception {
        String html = page("/metrics/ae_4hr?area=E06000001");
        assertThat(html)
                .contains("No data for Hartlepool; held for NHS trusts.")
                .contains("A&amp;E attendances in the month minus attendances that breached 4 hours")
                .doesNotContain("<svg")
                .doesNotContain("id=\"h-spc\"")
                .doesNotContain("Downloads");
    }

    @Test
    void aPeriodBeforeTheSeriesShowsTheSeriesAndSaysThereIsNoFigureToCompare() throws Exception {
        String html = page("/metrics/ae_4hr?area=RTD&period=2015-16");
        assertThat(html)
                .contains("No figure for The Newcastle Upon Tyne Hospitals NHS Foundation Trust in or before 2015-16")
                .contains("id=\"h-spc\"")
                .contains("<th scope=\"row\">Feb 2019</th>")
                .doesNotContain("class=\"metric-headline\"")
                .contains("No figure for the period chosen, so no kite mark.");
    }

    @Test
    void figuresAsAtADayBeforeAnythingWasStoredAreNone() throws Exception {
        String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
                .minusDays(1)
                .toString();
        assertThat(page("/metrics/ae_4hr?area=RTD&asat=" + yesterday))
                .contains("No data for The Newcastle Upon Tyne Hospitals NHS Foundation Trust in the figures as held"
                        + " at the end of " + yesterday + ". Figures held now are for NHS trusts.")
                .doesNotContain("<svg");
    }

    @Test
    void anUnknownMetricIsNotFound() throws Exception {
        mvc.perform(get("/metrics/no_such_metric"))
                .andExpect(status().isNotFound())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Metric not found</h1>"),
                                containsString("No metric in the catalogue has the id"),
                                containsString("no_such_metric"),
                                not(containsString("Exception")))));
        mvc.perform(get("/metrics/no_such_metric.csv")).andExpect(status().isNotFound());
    }

    @Test
    void theScorecardTilesLinkToTheirMetricKeepingTheChoice() throws Exception {
        assertThat(page("/?area=RTD&period=2018-19")).contains("href=\"/metrics/ae_4hr?area=RTD&amp;period=2018-19\"");
        assertThat(page("/")).contains("href=\"/metrics/falls_65_dsr\"");
    }

    @Test
    void aRevisedValueShowsWhatItReplacedAndWhen() throws Exception {
        // Mid Yorkshire (RXF), June 2018: 4,000 admissions from type 1 and 149 from other departments.
        List<StoredObservation> before = reader.read(
                new ObservationQuery(List.of("ae_admissions"), List.of("RXF"), List.of("2018-06"), true, null));
        assertThat(before).singleElement().extracting(StoredObservation::value).isEqualTo(4149.0);
        SubmissionReport report = submissions.submit(
                "rxf-june-corrected.csv",
                ("metric,area_code,period,breakdown,numerator,denominator,value,status\n"
                                + "ae_admissions,RXF,2018-06,,4200,,,final\n")
                        .getBytes(StandardCharsets.UTF_8),
                "test",
                "tester");
        assertThat(report.accepted()).as(report.problems().toString()).isTrue();

        String html = page("/metrics/ae_admissions?area=RXF");
        assertThat(html)
                .contains("In the last month: 1 value revised (highlighted)")
                .containsPattern("<tr class=\"revised ?\">\\s*<th scope=\"row\">Jun 2018</th>")
                .contains("<th scope=\"row\">Jun 2018</th>")
                .contains("<td>4,200</td>")
                .contains("<td>4,149</td>")
                .contains("Revision 2, revised in the last month");

        String csv = page("/metrics/ae_admissions.csv?area=RXF");
        assertThat(csv.lines().filter(l -> l.contains(",2018-06,")))
                .singleElement()
                .satisfies(line -> assertThat(line).contains(",4200,").contains(",final,no,2,4149,"));
    }

    @Test
    void theFigureShownCarriesItsCommentaryPanel() throws Exception {
        String html = page("/metrics/ae_4hr?area=RTD&period=2019-02");
        assertThat(html)
                .contains("<h2 id=\"commentary-ae_4hr")
                .contains("name=\"period\" value=\"2019-02\"")
                .contains("name=\"returnTo\" value=\"/metrics/ae_4hr?area=RTD&amp;period=2019-02\"");
    }
}
