package org.joinedup.server.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.joinedup.core.assessment.Assessments;
import org.joinedup.core.geography.AreaType;
import org.joinedup.core.geography.Hierarchy;
import org.joinedup.core.period.Period;
import org.joinedup.server.StoreTestSupport;
import org.joinedup.server.assessment.AssessmentService;
import org.joinedup.server.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** Compare areas on the shipped open data: England, an ICB, a trust, a council beside another, a practice. */
class ComparePageTest extends StoreTestSupport {
    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService assessments;

    @Autowired
    ReferenceData reference;

    @Autowired
    PeerRanges ranges;

    @Test
    void englandIsTheBenchmarkSetBesideTheAreasBelowIt() throws Exception {
        // 2023-24: the shipped data only; other tests of the shared store add later figures
        String html = page("/compare?period=2023-24");
        String text = text(html);
        assertThat(text)
                .contains("Compare areas: England")
                .contains("Every metric with a figure (10)")
                // Regions hold no falls figure (rates are not added up), so England's range is its councils'.
                .contains("Emergency hospital admissions due to falls in people aged 65 and over 2017-18 2,170 per"
                        + " 100,000 3,329 per 100,000 worst of 121 upper-tier local authorities in England 1,352 per"
                        + " 100,000 best")
                .contains("Region: none")
                .contains("London (NHS region)")
                .contains("London (region)");
        assertThat(html).contains("<svg").contains("role=\"img\"").contains("href=\"/metrics/ae_4hr?period=2023-24\"");
        // A&E within 4 hours, February 2019 (a month no other test revises): England 82.7%; NHS regions from
        // the Midlands' 77.7% to North East and Yorkshire's 86.5%.
        assertThat(text(page("/compare?period=2019-02")))
                .contains("A&E: attendances admitted, transferred or discharged within 4 hours 2019-02 82.7% 95% CI"
                        + " 82.6% to 82.8% 77.7% worst of 7 NHS regions in England 86.5% best England is the"
                        + " benchmark");
    }

    @Test
    void anIcbAgainstItsRegionEnglandAndTheOtherIcbsOfItsRegion() throws Exception {
        // January 2024, the shipped discharge data's last month; other tests of the shared store add later figures
        String html = page("/compare?area=QHM&period=2024-01");
        String text = text(html);
        assertThat(text)
                .contains("Region: North East and Yorkshire (NHS region)")
                .contains("Peers: the ICBs in North East and Yorkshire")
                .contains("Patients no longer meeting the criteria to reside who were discharged that day 2024-01"
                        + " 48.6% 42.8% 43.2%")
                .contains("NHS West Yorkshire Integrated Care Board");
        assertThat(html)
                .contains("href=\"/metrics/ae_4hr?area=E54000050&amp;period=2024-01\"")
                .contains("href=\"/compare?with=E54000054&amp;area=E54000050&amp;period=2024-01\"");
        assertThat(html.indexOf("<svg class=\"result-mark\"")).isPositive();
        // February 2019 (a month no other test revises): 91.7% against the region's 86.5% and England's 82.7%,
        // the best of the region's four ICBs.
        assertThat(text(page("/compare?area=QHM&period=2019-02")))
                .contains("A&E: attendances admitted, transferred or discharged within 4 hours 2019-02 91.7% 95% CI"
                        + " 91.5% to 91.9% 86.5% 82.7% 80.0% worst of 4 ICBs in North East and Yorkshire 91.7% best"
                        + " Better than England");
    }

    @Test
    void aCouncilWithAnotherBesideIt() throws Exception {
        String text = text(page("/compare?area=E06000001&with=E06000002"));
        assertThat(text)
                .contains("Compare areas: Hartlepool")
                .contains("with Middlesbrough beside it")
                .contains("Region: North East (region)")
                // Falls admissions 65+, 2017-18, per 100,000: Hartlepool 1,762, England 2,170, Middlesbrough 2,010;
                // the North East's councils range from 3,003 (worst) to 1,666 (best). The region has no figure.
                .contains("Emergency hospital admissions due to falls in people aged 65 and over 2017-18 1,762 per"
                        + " 100,000 no figure 2,170 per 100,000 3,003 per 100,000 worst of 12 upper-tier local"
                        + " authorities in North East 1,666 per 100,000 best Not compared 2,010 per 100,000 Not"
                        + " compared");
    }

    @Test
    void theSpinesQuartilesArePercentileIncOfThePeersFigures() throws Exception {
        Assessments held = assessments.awaitReady(Duration.ofSeconds(60));
        Period year = Period.parse("2017-18");
        List<Double> values = new ArrayList<>();
        for (var council : reference.geography().children("E12000001", Hierarchy.LOCAL_GOVERNMENT, year.end())) {
            if (council.type() == AreaType.UTLA) {
                held.at("falls_65_dsr", council.code(), year)
                        .map(a -> a.value())
                        .ifPresent(values::add);
            }
        }
        assertThat(values).hasSize(12);
        Collections.sort(values);
        String chartTable = page("/compare?area=E06000001");
        chartTable = text(chartTable.substring(chartTable.indexOf("<details")));
        assertThat(chartTable)
                .contains("Emergency hospital admissions due to falls in people aged 65 and over 1,762 per 100,000"
                        + " 2,170 per 100,000 3,003 per 100,000 " + perHundredThousand(percentile(values, 0.25)) + " "
                        + perHundredThousand(percentile(values, 0.75)) + " 1,666 per 100,000 Not compared");
    }

    @Test
    void peerRangesAreWorkedOutOncePerSnapshot() {
        Assessments held = assessments.awaitReady(Duration.ofSeconds(60));
        int hartlepool = held.areas().indexOf("E06000001");
        int year = held.calendar().indexOf(Period.parse("2017-18"));
        PeerRange first = ranges.range(held, "falls_65_dsr", hartlepool, year);
        assertThat(first.count()).isEqualTo(12);
        assertThat(ranges.range(held, "falls_65_dsr", held.areas().indexOf("E06000002"), year))
                .isSameAs(first);
        assertThat(ranges.range(held, "falls_65_dsr", held.areas().indexOf("E06000004"), year))
                .isSameAs(first);
    }

    @Test
    void aChosenPeriodShowsEachMetricsLatestFigureByItsEnd() throws Exception {
        String text = text(page("/compare?area=QHM&period=2017-18"));
        assertThat(text).contains("2018-03").doesNotContain("2019-03").doesNotContain("2024-01");
    }

    @Test
    void aPracticeWithoutFiguresSaysSoAndOffersItsNetwork() throws Exception {
        // a practice no other test writes figures for (the pipeline tests use practices in the North East)
        String html = page("/compare?area=F84003");
        assertThat(text(html))
                .contains("No metric has a figure for LOWER CLAPTON GENERAL PRACTICE (GP practice).")
                .contains("Compare HACKNEY MARSHES PCN instead")
                .doesNotContain("Spine chart");
    }

    @Test
    void anUnknownSecondAreaIsSaidAndTheFirstStillShown() throws Exception {
        String text = text(page("/compare?area=QHM&with=NOPE9"));
        assertThat(text)
                .contains("No area has the code 'NOPE9' to set beside it.")
                .contains("Every metric with a figure (5)");
    }

    /** Excel's PERCENTILE.INC, written out here independently of the code under test. */
    private static double percentile(List<Double> sorted, double fraction) {
        double position = (sorted.size() - 1) * fraction;
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.size() - 1);
        return sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below));
    }

    private static String perHundredThousand(double value) {
        return String.format(Locale.UK, "%,.0f per 100,000", value);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String text(String html) {
        String noMarkup = html.replaceAll("(?s)<svg.*?</svg>", " ").replaceAll("<[^>]+>", " ");
        return HtmlUtils.htmlUnescape(noMarkup)
                .replaceAll("\\s+", " ")
                .replace("( ", "(")
                .replace(" )", ")");
    }
}
