package org.joinedup.server.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.joinedup.core.period.Period;
import org.joinedup.core.plan.PlanKind;
import org.joinedup.server.JoinedUp;
import org.joinedup.server.StoreTestSupport;
import org.joinedup.server.store.PlanStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import picocli.CommandLine;

/** {@code POST /api/plans}, {@code GET /api/plans} and {@code joinedup plans import}. */
class PlanApiTest extends StoreTestSupport {
    private static final String AREA = PlanServiceTest.AREA;

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanStore store;

    @TempDir
    Path dir;

    @Test
    void postedCsvIsStoredWith201ThenIdenticalWith200() throws Exception {
        String csv = PlanServiceTest.bcfPlan("2020-21", 480);
        mvc.perform(post("/api/plans")
                        .contentType("text/csv")
                        .header("X-File-Name", "bcf.csv")
                        .content(csv))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.accepted").value(true))
                .andExpect(jsonPath("$.added").value(2));
        MockMultipartFile file =
                new MockMultipartFile("file", "bcf-again.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/plans").file(file))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.file").value("bcf-again.csv"))
                .andExpect(jsonPath("$.unchanged").value(2));

        mvc.perform(get("/api/plans")
                        .param("metric", "emergency_admissions_65")
                        .param("area", AREA)
                        .param("year", "2020/21"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].financialYear").value("2020-21"))
                .andExpect(jsonPath("$[0].kind").value("plan"))
                .andExpect(jsonPath("$[0].frequency").value("quarterly"))
                .andExpect(jsonPath("$[0].annualValue").value(2010.0))
                .andExpect(jsonPath("$[0].trajectory.length()").value(4))
                .andExpect(jsonPath("$[0].trajectory[1].period").value("Q2 2020-21"))
                .andExpect(jsonPath("$[0].trajectory[1].value").value(480.0))
                .andExpect(jsonPath("$[0].revision").value(1));
        mvc.perform(get("/api/plans").param("area", "NOWHERE"))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/plans").param("year", "Q1 2020-21")).andExpect(status().isBadRequest());
    }

    @Test
    void refusedBodyAnswers422WithEveryProblemAsJson() throws Exception {
        mvc.perform(post("/api/plans")
                        .contentType("text/csv")
                        .header("X-File-Name", "body.csv")
                        .content(PlanServiceTest.HEADER + "emergency_admissions_65," + AREA + ",2020-21,,-5,plan\n"
                                + "emergency_admissions_65,XX1,2020-21,,5,plan\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.accepted").value(false))
                .andExpect(jsonPath("$.problems.length()").value(2))
                .andExpect(jsonPath("$.problems[0].file").value("body.csv"))
                .andExpect(jsonPath("$.problems[0].row").value(2))
                .andExpect(jsonPath("$.problems[0].column").value("value"))
                .andExpect(jsonPath("$.problems[0].value").value("-5"))
                .andExpect(jsonPath("$.problems[0].reason").value("value must not be negative for this metric"))
                .andExpect(jsonPath("$.problems[1].row").value(3))
                .andExpect(jsonPath("$.problems[1].column").value("area_code"));
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new JoinedUp());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        int exit = command.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void plansImportStoresAndListsEveryProblemOfABadFile() throws IOException {
        Path good = Files.writeString(
                dir.resolve("hwb.csv"),
                PlanServiceTest.HEADER + "dementia_diagnosis_65," + AREA + ",2019-20,,66.7,target\n");
        Run run = run("plans", "import", good.toString(), "--data-dir", DATA_DIR.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("hwb.csv: 1 rows, 1 plans; 1 new");
        assertThat(store.current("dementia_diagnosis_65", AREA, Period.financialYear(2019), PlanKind.TARGET))
                .isPresent();

        Path bad = Files.writeString(
                dir.resolve("bad.csv"),
                PlanServiceTest.HEADER + "dementia_diagnosis_65," + AREA + ",2019-20,Q1 2019-20,66.7,target\n");
        Run refused = run("plans", "import", bad.toString(), "--data-dir", DATA_DIR.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err())
                .contains("bad.csv was refused: 1 problem; nothing was stored.")
                .contains("bad.csv, row 2, column period, value 'Q1 2019-20': metric dementia_diagnosis_65 is annual:"
                        + " its plan is the annual value alone; leave period empty");
    }
}
