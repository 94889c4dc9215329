package org.joinedup.server.boardpack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.joinedup.core.spc.Variation;
import org.joinedup.server.chart.Icons;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Charts in the tagged PDF carry their title and description as their text alternative. */
class ChartAltTextTest {
    @Test
    void everyChartGetsItsTitleAndDescriptionAsAlt() throws Exception {
        String html = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Before</p>"
                + Icons.variation(Variation.CONCERN_HIGH, 14) + "<p>Between &amp; after</p>"
                + Icons.variation(Variation.COMMON_CAUSE, 14) + "</div>";
        String withAlt = BoardPackPdf.withAltText(html);

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(withAlt.getBytes(StandardCharsets.UTF_8)));
        var svgs = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        assertThat(svgs.getLength()).isEqualTo(2);
        assertThat(((Element) svgs.item(0)).getAttribute("alt"))
                .isEqualTo(Icons.variationTitle(Variation.CONCERN_HIGH) + ". "
                        + Icons.variationText(Variation.CONCERN_HIGH));
        assertThat(((Element) svgs.item(1)).getAttribute("alt"))
                .startsWith(Icons.variationTitle(Variation.COMMON_CAUSE));
        assertThat(withAlt).contains("<p>Between &amp; after</p>");
    }
}
