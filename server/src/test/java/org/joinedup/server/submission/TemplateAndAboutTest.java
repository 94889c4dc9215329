package org.joinedup.server.submission;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.joinedup.server.StoreTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class TemplateAndAboutTest extends StoreTestSupport {
    @Autowired
    MockMvc mvc;

    @Test
    void bcfTemplateForACouncilListsTheMetricsValidInTheYear() throws Exception {
        mvc.perform(get("/api/submissions/template")
                        .param("set", "bcf")
                        .param("area", "E06000001")
                        .param("period", "2024-25"))
                .andExpect(status().isOk())
                .andExpect(
                        header().string("Content-Disposition", containsString("joinedup-template-bcf-E06000001.csv")))
                .andExpect(content()
                        .string(allOf(
                                containsString(
                                        "metric,area_code,period,breakdown,numerator,denominator,value,status\n"),
                                containsString("falls_65_dsr,E06000001,2024-25,,,,,final"),
                                containsString("reablement_91_days,E06000001,2024-25,,,,,final"),
                                // non-elective admissions left the BCF after 2019-20
                                not(containsString("nea_per_100k")))));
    }

    @Test
    void unknownAreaIs404() throws Exception {
        mvc.perform(get("/api/submissions/template").param("area", "NOPE")).andExpect(status().isNotFound());
    }

    @Test
    void aboutPageNamesPublishersAndTheLicence() throws Exception {
        mvc.perform(get("/about/data"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Open Government Licence v3.0"),
                                containsString("Office for National Statistics"),
                                containsString("NHS England"))));
    }
}
