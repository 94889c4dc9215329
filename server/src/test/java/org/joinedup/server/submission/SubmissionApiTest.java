package org.joinedup.server.submission;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.joinedup.server.StoreTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

class SubmissionApiTest extends StoreTestSupport {
    private static final String HEADER = "metric,area_code,period,breakdown,numerator,denominator,value,status\n";

    @Autowired
    MockMvc mvc;

    @Test
    void uploadedFileIsStoredWith201() throws Exception {
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "api.csv",
                "text/csv",
                (HEADER + "ae_attendances,RF4,2018-11,,17000,,,\n").getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/submissions").file(file))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.accepted").value(true))
                .andExpect(jsonPath("$.revised").value(1));
    }

    @Test
    void refusedBodyAnswers422WithEveryProblemAsJson() throws Exception {
        mvc.perform(post("/api/submissions")
                        .contentType("text/csv")
                        .header("X-File-Name", "body.csv")
                        .content(HEADER + "ae_4hr,RF4,2019-04,,11,10,,\nae_4hr,XX1,2019-04,,1,10,,\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.accepted").value(false))
                .andExpect(jsonPath("$.problems.length()").value(2))
                .andExpect(jsonPath("$.problems[0].file").value("body.csv"))
                .andExpect(jsonPath("$.problems[0].row").value(2))
                .andExpect(jsonPath("$.problems[0].column").value("numerator"))
                .andExpect(jsonPath("$.problems[1].row").value(3))
                .andExpect(jsonPath("$.problems[1].column").value("area_code"));
    }
}
