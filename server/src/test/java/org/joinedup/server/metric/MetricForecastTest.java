package org.joinedup.server.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.joinedup.server.StoreTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The forecast section: made with the page when quick, fetched after it when a seasonal fit is needed. */
class MetricForecastTest extends StoreTestSupport {
    @Autowired
    MockMvc mvc;

    private String get(String url, boolean htmx) throws Exception {
        var request = MockMvcRequestBuilders.get(url);
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aMonthlySeriesPartWayThroughItsYearForecastsTheOutturn() throws Exception {
        // Discharge delays, England: April 2022 to January 2024, 22 months, fitted without seasons.
        String html = get("/metrics/discharge_delay_patients", false);
        assertThat(html)
                .contains("Forecast for 2023-24 from 10 of 12 months:")
                .contains("95% interval")
                .contains("Exponential smoothing (ETS)")
                .doesNotContain("hx-get");
    }

    @Test
    void aSeasonalSeriesIsFetchedAfterThePageAndThenKept() throws Exception {
        String fragment = get("/metrics/ae_4hr/forecast?area=RTD&period=2019-02", true);
        assertThat(fragment)
                .startsWith("<div id=\"forecast-body\">")
                .doesNotContain("<html")
                .contains("2018-19 is complete: the year&#39;s figure is")
                .contains("Actual values from Apr 2016 to Mar 2019");

        // The fit is kept: the page now carries the forecast itself.
        String page = get("/metrics/ae_4hr?area=RTD&period=2019-02", false);
        assertThat(page).contains("2018-19 is complete").doesNotContain("hx-get");

        // Without script, the link gives the whole page with the forecast.
        assertThat(get("/metrics/ae_4hr/forecast?area=RTD", false))
                .contains("<h1>A&amp;E: attendances admitted, transferred or discharged within 4 hours</h1>")
                .contains("2018-19 is complete");
    }

    @Test
    void anUnfittedSeasonalSeriesLeavesAPlaceholderThatFetchesIt() throws Exception {
        // North Tees and Hartlepool (RVW): no other test asks for its forecast.
        String page = get("/metrics/ae_attendances?area=RVW", false);
        assertThat(page)
                .contains("hx-get=\"/metrics/ae_attendances/forecast?area=RVW\"")
                .contains("href=\"/metrics/ae_attendances/forecast?area=RVW\"")
                .contains("/webjars/htmx.org/2.0.4/dist/htmx.min.js");
        mvc.perform(MockMvcRequestBuilders.get("/webjars/htmx.org/2.0.4/dist/htmx.min.js"))
                .andExpect(status().isOk());
    }
}
