package org.joinedup.server.boardpack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.joinedup.core.assessment.Assessment;
import org.joinedup.core.catalogue.Metric;
import org.joinedup.server.StoreTestSupport;
import org.joinedup.server.assessment.AssessmentReading;
import org.joinedup.server.assessment.AssessmentService;
import org.joinedup.server.commentary.CommentaryDraft;
import org.joinedup.server.commentary.CommentaryService;
import org.joinedup.server.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The PDF board pack: a valid PDF with a cover, contents, summary and a page per metric with a figure. */
class BoardPackPdfTest extends StoreTestSupport {
    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService assessments;

    @Autowired
    ReferenceData reference;

    @Autowired
    CommentaryService commentary;

    /** Each page's text, first page first. */
    static List<String> pages(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    /** The metrics with a figure for an area now, read from the assessments rather than the pack. */
    private List<String> metricsWithFigures(String areaCode) {
        assessments.awaitReady(java.time.Duration.ofSeconds(60));
        AssessmentReading reading = assessments.reading(null).orElseThrow();
        return reference.catalogue().metrics().stream()
                .map(Metric::id)
                .filter(id -> reading.latest(id, areaCode)
                        .filter(a -> a.value() != null)
                        .isPresent())
                .toList();
    }

    @Test
    void anIcbPackHasACoverContentsSummaryAndAPagePerMetricWithAFigure() throws Exception {
        assessments.awaitReady(java.time.Duration.ofSeconds(60));
        Assessment latest =
                assessments.reading(null).orElseThrow().latest("ae_4hr", "QHM").orElseThrow();
        CommentaryService.Resolved key =
                commentary.resolve("ae_4hr", "QHM", latest.period().label());
        commentary.add(
                key.key(), new CommentaryDraft("Trolley waits were the longest of the winter.", "", "", "L. Analyst"));
        // (how long a pack takes is measured by the page benchmark in bench/, not here: see docs/benchmarks.md)
        byte[] pdf = mvc.perform(get("/board-pack.pdf").param("area", "QHM"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string(
                                "Content-Disposition", "attachment; filename=\"board-pack-e54000050-latest.pdf\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        List<String> metrics = metricsWithFigures("QHM");
        assertThat(metrics).as("metrics with a figure for QHM").hasSizeGreaterThan(3);
        List<String> pages = pages(pdf);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "board-pack-QHM.pdf"), pdf);

        String cover = pages.get(0);
        assertThat(cover)
                .contains("Board pack", "North East and North Cumbria", "ICB, E54000050", "latest available")
                .contains("Open Government Licence v3.0");
        assertThat(pages.get(1)).contains("Contents", "Whole-system summary");
        assertThat(pages.get(2)).contains("Whole-system summary", "People's experience");

        int metricPages = metrics.size();
        int summaryPages = pages.size() - 2 - metricPages;
        assertThat(summaryPages).as("pages of the summary").isBetween(1, 4);
        for (int i = 2; i < 2 + summaryPages; i++) {
            assertThat(pages.get(i)).doesNotContain("Metric 1 of ");
        }
        for (int i = 0; i < metricPages; i++) {
            String page = pages.get(2 + summaryPages + i);
            String title = reference
                    .catalogue()
                    .metric(metrics.get(i))
                    .orElseThrow()
                    .latest()
                    .title();
            assertThat(page).as("metric page " + (i + 1)).contains("Metric " + (i + 1) + " of " + metricPages);
        }
        for (String page : pages) {
            assertThat(page).as("every page's footer").contains("Open Government Licence v3.0");
        }
    }

    @Test
    void englandHasAPagePerMetricHeld() throws Exception {
        byte[] pdf = mvc.perform(get("/board-pack.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> metrics = metricsWithFigures("E92000001");
        List<String> pages = pages(pdf);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "board-pack-england.pdf"), pdf);
        assertThat(pages.get(0)).contains("Board pack", "England", "country, E92000001");
        int summaryPages = pages.size() - 2 - metrics.size();
        assertThat(summaryPages).as("pages of the summary").isBetween(1, 8);
        for (int i = 0; i < metrics.size(); i++) {
            assertThat(pages.get(2 + summaryPages + i)).contains("Metric " + (i + 1) + " of " + metrics.size());
        }
    }
}
