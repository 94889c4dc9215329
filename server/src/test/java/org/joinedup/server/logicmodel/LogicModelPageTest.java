package org.joinedup.server.logicmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joinedup.core.framework.FrameworkBox;
import org.joinedup.server.StoreTestSupport;
import org.joinedup.server.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The logic model page on the shipped catalogue and open data: every box, and how its metrics stand. */
class LogicModelPageTest extends StoreTestSupport {
    private static final Pattern BOX = Pattern.compile(
            "<a class=\"lm-box[^\"]*\" href=\"/logic-model/([^?#\"]+)[^\"]*\"[^>]*>(.*?)</a>", Pattern.DOTALL);

    @Autowired
    MockMvc mvc;

    @Autowired
    ReferenceData reference;

    @Test
    void everyBoxOfTheShippedModelIsDrawnWordForWordInTheOrderOfItsLayers() throws Exception {
        String html = page("/logic-model");
        List<FrameworkBox> boxes = reference.catalogue().framework().boxes();
        assertThat(boxes).hasSize(46);
        for (FrameworkBox box : boxes) {
            assertThat(html)
                    .as("box " + box.id())
                    .contains(HtmlUtils.htmlEscape(box.text()))
                    .contains("href=\"/logic-model/" + box.id() + "#box-detail\"");
        }
        assertThat(text(html))
                .contains("S5 Transfers of care between care settings are readily managed without delays")
                .contains(
                        "I-VS Value and sustainability: cost-effective service model; care is provided in the right"
                                + " place at the right time; demand is well managed; sustainable fit between needs and resources");
        int enablers = html.indexOf("1. Enablers");
        int components = html.indexOf("2. Components of integrated care");
        int outcomes = html.indexOf("3. Outcomes");
        int impacts = html.indexOf("4. Impacts");
        assertThat(enablers).isPositive().isLessThan(components);
        assertThat(components).isLessThan(outcomes);
        assertThat(outcomes).isLessThan(impacts);
        assertThat(html.indexOf("E-GOV-1")).isBetween(enablers, components);
        assertThat(html.indexOf(">Y4<")).isBetween(outcomes, impacts);
    }

    @Test
    void englandsStatementsShowTheirMetricsVariationAndGaps() throws Exception {
        // 2023-24: the shipped data only; other tests of the shared store add later figures
        String html = page("/logic-model?period=2023-24");
        // Discharges of patients no longer meeting the criteria to reside: special cause improvement in England
        // to January 2024; the delays themselves are common cause. The other S5 metrics have no open data.
        assertThat(box(html, "S5")).contains("Good signs: 2 with a figure; 1 improving; 9 no data");
        assertThat(box(html, "P3")).contains("No data: 2 no data");
        // England is the benchmark, so nothing is compared with it.
        assertThat(text(html)).doesNotContain("vs England");
    }

    @Test
    void anIcbIsComparedWithEngland() throws Exception {
        String html = page("/logic-model?area=QHM");
        assertThat(text(html)).contains("Logic model: NHS North East and North Cumbria Integrated Care Board");
        // A&E within 4 hours, March 2019: 94.8% against England's 85.3%.
        assertThat(box(html, "S1")).contains("Good signs: vs England: 1 better; 1 no data");
        // Discharge delays rose and discharges fell beyond their process limits in January 2024.
        assertThat(box(html, "S5"))
                .contains("Signs of concern: vs England: 2 not compared; 2 deteriorating; 9 no data");
        assertThat(box(html, "Y1")).contains("Mixed signs");
        assertThat(box(html, "P1")).contains("No data: 3 no data");
    }

    @Test
    void aCouncilShowsItsAdultSocialCareMetrics() throws Exception {
        String html = page("/logic-model?area=E06000001&period=2023-24");
        assertThat(text(html)).contains("Logic model: Hartlepool");
        // Carer-reported quality of life and carers' ease of finding information: published without intervals.
        assertThat(box(html, "P6")).contains("No clear signal: vs England: 2 not compared");
        assertThat(box(html, "S5")).contains("No data: 11 no data");
        // Enablers carry no metrics, only their links.
        assertThat(box(html, "E-GOV-1")).doesNotContain("No data").endsWith("3 links to evidence and resources");
    }

    @Test
    void aStatementsPageListsItsMetricsWithTheChoiceKeptAndItsLinks() throws Exception {
        String html = page("/logic-model/S1?area=QHM");
        String text = text(html);
        assertThat(text)
                .contains("Logic model, S1: NHS North East and North Cumbria Integrated Care Board")
                .contains("Metrics for S1 in NHS North East and North Cumbria Integrated Care Board")
                .contains("94.8%")
                .contains("95% CI 94.7% to 95.0%")
                .contains("2019-03")
                .contains("Better than England")
                .contains("No figure for this area");
        assertThat(html)
                .contains("href=\"/metrics/ae_4hr?area=E54000050\"")
                .contains("href=\"/metrics/weekend_discharges_pct?area=E54000050\"")
                .contains("aria-current=\"true\"")
                .contains("https://www.nuffieldtrust.org.uk/files/2018-07/methods-guide/integration-measures.html");
        assertThat(text).contains("Evidence").contains("Guidance");
        for (var link :
                reference.catalogue().framework().box("S1").orElseThrow().links()) {
            assertThat(html).contains("href=\"" + HtmlUtils.htmlEscape(link.url()) + "\"");
        }
    }

    @Test
    void aChosenPeriodShowsTheLatestFigureByItsEnd() throws Exception {
        String text = text(page("/logic-model/S1?area=QHM&period=2017-18"));
        assertThat(text).contains("2018-03").doesNotContain("2019-03");
    }

    @Test
    void aGroupsPageListsItsBoxesAndLinksButNoMetrics() throws Exception {
        String html = page("/logic-model/E-GOV");
        String text = text(html);
        assertThat(text)
                .contains("In this group")
                .contains("Joint commissioning of health and social care")
                .contains("Metrics attach to the boxes of this group")
                .contains("Case studies")
                .contains("Checklists")
                .contains("Next steps");
        assertThat(html).contains("https://bmchealthservres.biomedcentral.com/articles/10.1186/1472-6963-9-42");
    }

    @Test
    void everyLinkOfTheCatalogueIsOnItsBoxsPageUnderItsKind() throws Exception {
        String text = text(page("/logic-model/O-SYSTEM"));
        assertThat(text)
                .contains("Case studies South Devon and Torbay Better Care Atlas: core BCF metrics")
                .contains("Next steps LGA integration resource library: evaluation and metrics");
        int links = 0;
        for (FrameworkBox box : reference.catalogue().framework().boxes()) {
            String html = HtmlUtils.htmlUnescape(page("/logic-model/" + box.id()));
            for (var link : box.links()) {
                assertThat(html).contains("<a href=\"" + link.url() + "\">" + link.title() + "</a>");
                links++;
            }
        }
        assertThat(links).isEqualTo(147);
    }

    @Test
    void anUnknownBoxIsNotFoundButTheModelIsShown() throws Exception {
        String html = mvc.perform(get("/logic-model/NOPE"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(text(html)).contains("The logic model has no box 'NOPE'").contains("1. Enablers");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The text of the diagram's box with the id, tags removed. */
    private static String box(String html, String id) {
        Matcher m = BOX.matcher(html);
        while (m.find()) {
            if (m.group(1).equals(id)) {
                return text(m.group(2));
            }
        }
        throw new AssertionError("no box " + id + " on the page");
    }

    private static String text(String html) {
        return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", " "))
                .replaceAll("\\s+", " ")
                .replace(" :", ":")
                .strip();
    }
}
