package org.joinedup.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.joinedup.core.assessment.Assessment;
import org.joinedup.core.catalogue.Metric;
import org.joinedup.server.assessment.AssessmentReading;
import org.joinedup.server.assessment.AssessmentService;
import org.joinedup.server.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The board pack as a person gets it: the page for an ICB, the PDF through its download button, and
 * commentary written in the panel appearing in the pack.
 */
class BoardPackBrowserTest extends BrowserTestSupport {
    @Autowired
    AssessmentService assessments;

    @Autowired
    ReferenceData reference;

    private AssessmentReading reading() {
        assessments.awaitReady(Duration.ofSeconds(60));
        return assessments.reading(null).orElseThrow();
    }

    @Test
    void anIcbsPdfDownloadsFromItsButtonWithAPagePerMetricWithAFigure() throws Exception {
        open("/board-pack?area=QHM");
        assertThat(page).hasTitle("Board pack: NHS North East and North Cumbria Integrated Care Board - JoinedUp");
        assertThat(page.locator("#area")).hasValue("E54000050");
        check("board-pack-icb-QHM", PageKind.BOARD_PACK);

        Download download = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Download the board pack (PDF)"))
                .click());
        assertThat(download.suggestedFilename()).isEqualTo("board-pack-e54000050-latest.pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        AssessmentReading reading = reading();
        List<String> metrics = reference.catalogue().metrics().stream()
                .map(Metric::id)
                .filter(id ->
                        reading.latest(id, "QHM").filter(a -> a.value() != null).isPresent())
                .toList();
        List<String> pages = pages(pdf);
        int summaryPages = pages.size() - 2 - metrics.size();
        assertThat(pages.get(0)).contains("Board pack", "NHS North East and North Cumbria Integrated Care Board");
        assertThat(pages.get(1)).contains("Contents");
        assertThat(summaryPages).as("summary pages").isPositive();
        assertThat(pages.get(2)).contains("Whole-system summary");
        for (int i = 0; i < metrics.size(); i++) {
            assertThat(pages.get(2 + summaryPages + i)).contains("Metric " + (i + 1) + " of " + metrics.size());
        }
    }

    @Test
    void commentaryWrittenInThePanelIsShownAndGoesIntoThePack() {
        Assessment latest = reading().latest("ae_admissions", "QHM").orElseThrow();
        String period = latest.period().label();
        open("/commentary?metric=ae_admissions&area=QHM&period=" + period);
        assertThat(page.getByText("No commentary has been written for this period yet."))
                .isVisible();
        page.getByLabel("What happened (required)").fill("Admissions via A&E rose in the month.");
        page.getByLabel("Why").fill("A cold snap.");
        page.getByLabel("Your name (required)").fill("K. Analyst");
        page.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Save the commentary"))
                .click();
        // htmx swaps the panel in place: the page does not reload.
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved as revision 1.");
        assertThat(page.locator(".commentary-latest")).containsText("Admissions via A&E rose in the month.");
        assertThat(page.locator(".commentary-latest")).containsText("Revision 1 by K. Analyst");
        assertThat(page.getByLabel("What happened (required)")).hasValue("");
        check("commentary-saved", PageKind.COMMENTARY);

        open("/board-pack?area=QHM");
        assertThat(page.locator("table.data")).containsText("Revision 1 by K. Analyst");
    }

    private static List<String> pages(byte[] pdf) throws Exception {
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
}
