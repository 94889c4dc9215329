package org.joinedup.server.commentary;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.joinedup.server.StoreTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The commentary panel: shown on its page, posted with htmx or as a plain form. */
class CommentaryPageTest extends StoreTestSupport {
    @Autowired
    MockMvc mvc;

    @Test
    void aPlainFormPostIsStoredAndRedirectsBack() throws Exception {
        mvc.perform(post("/commentary")
                        .param("metric", "discharge_ncr_discharged_pct")
                        .param("area", "RF4")
                        .param("period", "2023-12")
                        .param("whatHappened", "Discharges rose <b>sharply</b>.")
                        .param("why", "A new discharge hub.")
                        .param("action", "")
                        .param("author", "F. Analyst")
                        .param("returnTo", "/metrics/discharge_ncr_discharged_pct?area=RF4"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl(
                        "/metrics/discharge_ncr_discharged_pct?area=RF4#commentary-discharge_ncr_discharged_pct"));

        mvc.perform(get("/commentary")
                        .param("metric", "discharge_ncr_discharged_pct")
                        .param("area", "RF4")
                        .param("period", "2023-12"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Commentary: <span>Patients no longer meeting the criteria"),
                                // Text is escaped, never markup.
                                containsString("Discharges rose &lt;b&gt;sharply&lt;/b&gt;."),
                                containsString("A new discharge hub."),
                                containsString("Not given."),
                                containsString("Revision 1 by F. Analyst, "),
                                containsString("id=\"commentary-discharge_ncr_discharged_pct\""),
                                containsString("hx-post=\"/commentary\""),
                                containsString("Update the commentary"),
                                containsString("Open Government Licence v3.0"))));
    }

    @Test
    void anHtmxPostAnswersWithThePanelAloneShowingTheNewRevisionAndTheEarlierOne() throws Exception {
        String key = "&metric=ae_attendances&area=RF4&period=2019-03";
        mvc.perform(post("/commentary?" + key.substring(1))
                        .header("HX-Request", "true")
                        .param("whatHappened", "First take.")
                        .param("author", "G. Analyst"))
                .andExpect(status().isOk());
        mvc.perform(post("/commentary?" + key.substring(1))
                        .header("HX-Request", "true")
                        .param("whatHappened", "Second take.")
                        .param("author", "H. Analyst"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                not(containsString("<html")),
                                not(containsString("<footer")),
                                containsString("<section class=\"commentary\" id=\"commentary-ae_attendances\""),
                                containsString("Saved as revision 2."),
                                containsString("Second take."),
                                containsString("Earlier revisions (1)"),
                                containsString("First take."),
                                containsString("Revision 1 by G. Analyst"))));
    }

    @Test
    void aRefusedPostKeepsWhatWasTypedAndSaysWhatIsWrong() throws Exception {
        String tooLong = "z".repeat(2_050);
        mvc.perform(post("/commentary")
                        .param("metric", "ae_admissions")
                        .param("area", "RF4")
                        .param("period", "2019-03")
                        .param("whatHappened", "Kept text.")
                        .param("action", tooLong)
                        .param("author", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(allOf(
                                containsString("The commentary was not saved:"),
                                containsString("What is being done is 2,050 characters long; the most is 2,000."),
                                containsString("Give the author&#39;s name: this field is required."),
                                containsString("href=\"#commentary-ae_admissions-action\""),
                                containsString("aria-invalid=\"true\""),
                                containsString(">Kept text.</textarea>"),
                                containsString("No commentary has been written for this period yet."))));
        mvc.perform(post("/commentary")
                        .header("HX-Request", "true")
                        .param("metric", "ae_admissions")
                        .param("area", "RF4")
                        .param("period", "2019-03")
                        .param("author", "I. Analyst"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Say what happened: this field is required.")));
    }

    @Test
    void aReturnAddressOffTheSiteIsIgnored() throws Exception {
        mvc.perform(post("/commentary")
                        .param("metric", "ae_admissions")
                        .param("area", "RF4")
                        .param("period", "2019-02")
                        .param("whatHappened", "Text.")
                        .param("author", "J. Analyst")
                        .param("returnTo", "//elsewhere.example/page"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl(
                        "/commentary?metric=ae_admissions&area=RF4&period=2019-02#commentary-ae_admissions"));
    }

    @Test
    void anUnknownKeyIsABadRequest() throws Exception {
        mvc.perform(get("/commentary")
                        .param("metric", "nope")
                        .param("area", "RF4")
                        .param("period", "2019-02"))
                .andExpect(status().isBadRequest());
    }
}
