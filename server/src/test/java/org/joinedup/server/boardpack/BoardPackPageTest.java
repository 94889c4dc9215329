package org.joinedup.server.boardpack;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.joinedup.server.StoreTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The board pack page explains the pack for the choice in the URL and links to both files with it. */
class BoardPackPageTest extends StoreTestSupport {
    @Autowired
    MockMvc mvc;

    @Test
    void thePageForAnIcbAndPeriodLinksToItsFiles() throws Exception {
        mvc.perform(get("/board-pack").param("area", "QHM").param("period", "2018-19"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Board pack: <span>NHS North East and North Cumbria"),
                                containsString("href=\"/board-pack.pdf?area=E54000050&amp;period=2018-19\""),
                                containsString("href=\"/board-pack.xlsx?area=E54000050&amp;period=2018-19\""),
                                containsString("Whole-system summary"),
                                containsString("A&amp;E attendances"),
                                containsString("suppressed: fewer than 8"),
                                containsString("Open Government Licence v3.0"),
                                containsString("action=\"/board-pack\""))));
    }

    @Test
    void anUnknownAreaSaysSoAndShowsEngland() throws Exception {
        mvc.perform(get("/board-pack").param("code", "NOPE1"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("No area has the code &#39;NOPE1&#39;"),
                                containsString("Board pack: <span>England</span>"),
                                containsString("href=\"/board-pack.pdf\""))));
    }
}
