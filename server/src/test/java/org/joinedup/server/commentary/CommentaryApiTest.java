package org.joinedup.server.commentary;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.joinedup.server.StoreTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The commentary API: revisions kept and read back latest first, every problem reported with 422. */
class CommentaryApiTest extends StoreTestSupport {
    @Autowired
    MockMvc mvc;

    private ResultActions write(String metric, String area, String period, String json) throws Exception {
        return mvc.perform(post("/api/commentary")
                .param("metric", metric)
                .param("area", area)
                .param("period", period)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private static String body(String whatHappened, String why, String action, String author) {
        return "{\"whatHappened\":" + json(whatHappened) + ",\"why\":" + json(why) + ",\"action\":" + json(action)
                + ",\"author\":" + json(author) + "}";
    }

    private static String json(String text) {
        return text == null
                ? "null"
                : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Test
    void anEditIsANewRevisionAndEarlierOnesAreKept() throws Exception {
        write("ae_4hr", "RF4", "2019-02", body("Performance fell to 80%.", "", "", "A. Analyst"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/commentary?metric=ae_4hr")))
                .andExpect(jsonPath("$.revision", is(1)))
                .andExpect(jsonPath("$.author", is("A. Analyst")));
        write(
                        "ae_4hr",
                        "RF4",
                        "2019-02",
                        body(
                                "Performance fell to 80% in February.",
                                "Flu admissions peaked.", "Escalation beds opened.", "B. Analyst"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.revision", is(2)));

        mvc.perform(get("/api/commentary")
                        .param("metric", "ae_4hr")
                        .param("area", "RF4")
                        .param("period", "2019-02"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.areaName", containsString("Barking, Havering and Redbridge")))
                .andExpect(jsonPath("$.latest.revision", is(2)))
                .andExpect(jsonPath("$.latest.whatHappened", is("Performance fell to 80% in February.")))
                .andExpect(jsonPath("$.latest.why", is("Flu admissions peaked.")))
                .andExpect(jsonPath("$.latest.action", is("Escalation beds opened.")))
                .andExpect(jsonPath("$.latest.author", is("B. Analyst")))
                .andExpect(jsonPath("$.revisions", hasSize(2)))
                .andExpect(jsonPath("$.revisions[1].revision", is(1)))
                .andExpect(jsonPath("$.revisions[1].whatHappened", is("Performance fell to 80%.")))
                .andExpect(jsonPath("$.revisions[1].author", is("A. Analyst")));
    }

    @Test
    void anAreaGivenByAnyCodeIsKeptUnderItsPrimaryCode() throws Exception {
        write("ae_4hr", "QHM", "2019-01", body("Winter pressure.", "", "", "C. Analyst"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.area", is("E54000050")));
        mvc.perform(get("/api/commentary")
                        .param("metric", "ae_4hr")
                        .param("area", "E54000050")
                        .param("period", "2019-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.latest.whatHappened", is("Winter pressure.")));
    }

    @Test
    void everyProblemWithTheTextsIsReportedAndNothingStored() throws Exception {
        write("ae_4hr", "RF4", "2018-12", body("  ", "x".repeat(2_001), "y".repeat(2_000), ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems", hasSize(3)))
                .andExpect(jsonPath("$.problems[*].field", hasItem("whatHappened")))
                .andExpect(jsonPath("$.problems[*].field", hasItem("why")))
                .andExpect(jsonPath("$.problems[*].field", hasItem("author")))
                .andExpect(jsonPath(
                        "$.problems[*].message",
                        hasItem("Why is 2,001 characters long; the most is 2,000. Shorten it by 1.")));
        mvc.perform(get("/api/commentary")
                        .param("metric", "ae_4hr")
                        .param("area", "RF4")
                        .param("period", "2018-12"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.latest", nullValue()))
                .andExpect(jsonPath("$.revisions", hasSize(0)));
    }

    @Test
    void theLimitCountsCharactersNotBytes() throws Exception {
        // 2,000 characters, each outside the basic plane (two UTF-16 units, four UTF-8 bytes): accepted.
        String twoThousand = "\uD83D\uDE91".repeat(2_000);
        write("ae_4hr", "RF4", "2018-11", body(twoThousand, "", "", "D. Analyst"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.whatHappened", is(twoThousand)));
        write("ae_4hr", "RF4", "2018-11", body(twoThousand + "!", "", "", "D. Analyst"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].field", is("whatHappened")));
    }

    @Test
    void anUnknownKeyIsRefusedWithEachProblem() throws Exception {
        write("no_such_metric", "NOPE1", "last year", body("Text.", "", "", "E. Analyst"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems", hasSize(3)))
                .andExpect(jsonPath(
                        "$.problems[*].message", hasItem("No metric in the catalogue has the id 'no_such_metric'.")))
                .andExpect(jsonPath("$.problems[*].message", hasItem("No area has the code 'NOPE1'.")))
                .andExpect(jsonPath("$.problems[*].field", hasItem("period")));
        mvc.perform(post("/api/commentary")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[*].field", hasItem("metric")))
                .andExpect(jsonPath("$.problems[*].field", hasItem("author")));
        mvc.perform(get("/api/commentary").param("metric", "ae_4hr").param("area", "RF4"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field", is("period")));
    }
}
