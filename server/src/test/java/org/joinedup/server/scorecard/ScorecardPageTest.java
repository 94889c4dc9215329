package org.joinedup.server.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.joinedup.server.StoreTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The home page shows real figures from the shipped open data, for areas of every kind. */
class ScorecardPageTest extends StoreTestSupport {
    @Autowired
    MockMvc mvc;

    @Test
    void englandShowsTheOutcomeGroupsWithRealFigures() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Integration scorecard: <span>England</span>"),
                                containsString("People&#39;s experience"),
                                containsString("Services"),
                                containsString("System"),
                                containsString(
                                        "Transfers of care between care settings are readily managed without delays"),
                                // Fingertips: falls admissions 65+, England 2017-18 = 2,170 per 100,000
                                containsString("2,170"),
                                containsString("Open Government Licence v3.0"))));
    }

    @Test
    void aTrustShowsItsOwnAandEFigures() throws Exception {
        mvc.perform(get("/").param("area", "RF4"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Barking, Havering and Redbridge"),
                                containsString("Reported for this area"),
                                containsString("Mar 2019"))));
    }

    @Test
    void aLocalAuthorityShowsItsAdultSocialCareFigures() throws Exception {
        mvc.perform(get("/").param("code", "E06000001"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Hartlepool"),
                                containsString("Carer-reported quality of life"),
                                containsString("2022-23"))));
    }

    @Test
    void anIcbShowsTrustFiguresSummedUp() throws Exception {
        mvc.perform(get("/").param("code", "QHM"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("North East and North Cumbria"), containsString("Sum of"))));
    }

    @Test
    void anUnknownCodeSaysSoAndFallsBackToEngland() throws Exception {
        mvc.perform(get("/").param("code", "NOPE1"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("No area has the code"),
                                containsString("England"),
                                not(containsString("Exception")))));
    }

    @Test
    void aChosenPeriodShowsTheFiguresEndingByIt() throws Exception {
        mvc.perform(get("/").param("area", "RF4").param("period", "Q3 2018-19"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Period: <span>Q3 2018-19</span>"),
                                containsString("Dec 2018"),
                                containsString("latest 79.5% (Dec 2018)"),
                                containsString("95% CI 79.0% to 80.0%"))));
    }

    @Test
    void figuresAsAtADayBeforeAnyWasHeldAreNotShown() throws Exception {
        String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
                .minusDays(1)
                .toString();
        mvc.perform(get("/").param("area", "RF4").param("asat", yesterday))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("figures as held at the end of <span>" + yesterday + "</span>"),
                                containsString(
                                        "<span class=\"count\">0</span> of <span>42</span> metrics have a figure"),
                                containsString("value=\"" + yesterday + "\""))));
    }

    @Test
    void aMistypedPeriodOrDateFallsBackWithANotice() throws Exception {
        mvc.perform(get("/").param("period", "someday").param("asat", "31/02/2024"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("&#39;someday&#39; is not a period"),
                                containsString("&#39;31/02/2024&#39; is not a date"),
                                containsString("Period: <span>latest available</span>"))));
    }

    @Test
    void tilesLinkToTheirMetricPagesKeepingTheChoice() throws Exception {
        mvc.perform(get("/").param("area", "RF4").param("period", "2018-19"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/metrics/ae_4hr?area=RF4&amp;period=2018-19\"")));
    }

    @Test
    void aMonthlyProportionShowsItsYearToDateAndItsYearEndForecastOnceFitted() throws Exception {
        // The page never fits a model itself: the first view starts the fit in the background, and a later
        // view shows it. 34 months to January 2019: a non-seasonal fit, made in well under a second.
        String first = page("/?area=RF4&period=2019-01");
        assertThat(first).contains("2018-19 to date (10 months): ");
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
        String later = first;
        while (!later.contains("Year-end forecast 2018-19: ") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            later = page("/?area=RF4&period=2019-01");
        }
        assertThat(later).contains("Year-end forecast 2018-19: ").contains("(95% interval ");
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
