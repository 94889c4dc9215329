package org.joinedup.server.boardpack;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joinedup.server.chart.Icons;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The board pack as a PDF: the template {@code board-pack-pdf.html} filled from a {@link BoardPack} and drawn
 * by openhtmltopdf, the server's SVG charts drawn as vectors through Batik. A4 landscape, a cover, contents
 * with page numbers, the summary, then a page per metric.
 */
@Component
class BoardPackPdf {
    /**
     * A font with wide coverage shipped with the application (DejaVu Sans, fonts/README.md), embedded so that
     * any character of a commentary prints on any machine.
     */
    private static final String REGULAR = "fonts/DejaVuSans.ttf";

    private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    private static final byte[] REGULAR_BYTES = font(REGULAR);
    private static final byte[] BOLD_BYTES = font(BOLD);

    private static byte[] font(String name) {
        try (InputStream in = BoardPackPdf.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the board pack font " + name + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the board pack font " + name, e);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(BoardPackPdf.class);

    /** A page with text in both weights, a table and an SVG: enough to load what a real pack needs. */
    private static final String WARM_UP = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head>"
            + "<title>Warm up</title><meta name=\"subject\" content=\"Warm up\"/><style>"
            + "body { font-family: 'JoinedUp Sans', sans-serif; } @page { size: A4 landscape; }</style></head>"
            + "<body><p>Warm <b>up</b></p><table><tr><td>1</td></tr></table>"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" alt=\"A circle\" viewBox=\"0 0 40 40\" width=\"40\""
            + " height=\"40\">"
            + "<circle cx=\"20\" cy=\"20\" r=\"18\" fill=\"#005EB8\"/><text x=\"20\" y=\"27\">P</text></svg>"
            + "</body></html>";

    private final ITemplateEngine templates;

    BoardPackPdf(ITemplateEngine templates) {
        this.templates = templates;
        PdfLog.install();
    }

    /**
     * Draws a small PDF in the background once the application is ready. The first PDF a JVM draws loads
     * and compiles the renderer, PDFBox and Batik, several seconds that would otherwise fall on the first
     * person to download a pack.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void warmUp() {
        Thread thread = new Thread(
                () -> {
                    long start = System.nanoTime();
                    try {
                        draw(WARM_UP);
                        log.debug("PDF renderer ready in {} ms", (System.nanoTime() - start) / 1_000_000);
                    } catch (RuntimeException e) {
                        log.warn("Could not warm up the PDF renderer: {}", e.toString());
                    }
                },
                "board-pack-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** The PDF's bytes. */
    byte[] render(BoardPack pack) {
        return draw(withAltText(html(pack)));
    }

    /** A chart's root element and its title and description, as the chart package writes them. */
    private static final Pattern CHART = Pattern.compile(
            "(<svg xmlns=\"http://www\\.w3\\.org/2000/svg\")([^>]*>)(<title[^>]*>([^<]*)</title>)(<desc[^>]*>([^<]*)</desc>)?");

    /**
     * Gives every chart an {@code alt} attribute made of its title and description, which the tagged PDF
     * carries as the figure's text alternative (the charts' text is already escaped for XML).
     */
    static String withAltText(String html) {
        Matcher m = CHART.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 4096);
        while (m.find()) {
            String alt = m.group(6) == null || m.group(6).isBlank() ? m.group(4) : m.group(4) + ". " + m.group(6);
            m.appendReplacement(
                    out,
                    Matcher.quoteReplacement(m.group(1) + " alt=\"" + alt + "\"" + m.group(2) + m.group(3)
                            + (m.group(5) == null ? "" : m.group(5))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static byte[] draw(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.useFont(
                () -> new ByteArrayInputStream(REGULAR_BYTES),
                "JoinedUp Sans",
                400,
                PdfRendererBuilder.FontStyle.NORMAL,
                true);
        builder.useFont(
                () -> new ByteArrayInputStream(BOLD_BYTES),
                "JoinedUp Sans",
                700,
                PdfRendererBuilder.FontStyle.NORMAL,
                true);
        // A tagged PDF (PDF/UA) for screen readers: headings, tables and reading order (every font is embedded).
        builder.usePdfUaAccessibility(true);
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the board pack PDF", e);
        }
        return out.toByteArray();
    }

    /** The filled template (XHTML), as the renderer reads it. */
    String html(BoardPack pack) {
        Context context = new Context(Locale.UK);
        context.setVariable("pack", pack);
        context.setVariable("icons", icons(pack));
        context.setVariable("chartBoxes", chartBoxes(pack));
        context.setVariable("attribution", BoardPack.ATTRIBUTION);
        context.setVariable("licenceUrl", BoardPack.LICENCE_URL);
        context.setVariable("suppressedText", PackDisclosure.withDefaults().suppressedText());
        return templates.process("board-pack-pdf", context);
    }

    /** The benchmark chart's box on its page: the full column width, its height capped to leave room below. */
    static final double BENCHMARK_WIDTH_MM = 126;

    static final double BENCHMARK_MAX_HEIGHT_MM = 75;

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"");

    /** Each benchmark chart's CSS size, by page anchor, keeping the chart's shape. */
    static Map<String, String> chartBoxes(BoardPack pack) {
        Map<String, String> boxes = new HashMap<>();
        for (MetricPage page : pack.metrics()) {
            if (page.benchmarkSvg() == null) {
                continue;
            }
            Matcher m = VIEW_BOX.matcher(page.benchmarkSvg());
            double ratio = m.find() ? Double.parseDouble(m.group(2)) / Double.parseDouble(m.group(1)) : 0.5;
            double width = BENCHMARK_WIDTH_MM;
            double height = width * ratio;
            if (height > BENCHMARK_MAX_HEIGHT_MM) {
                height = BENCHMARK_MAX_HEIGHT_MM;
                width = height / ratio;
            }
            boxes.put(page.anchor(), String.format(Locale.ROOT, "width: %.1fmm; height: %.1fmm;", width, height));
        }
        return boxes;
    }

    /** The summary's small variation and assurance icons, by metric id and "v" or "a". */
    private static Map<String, String> icons(BoardPack pack) {
        Map<String, String> icons = new HashMap<>();
        pack.sections().stream().flatMap(s -> s.rows().stream()).forEach(row -> {
            if (row.variation() != null) {
                icons.putIfAbsent(row.metricId() + ":v", Icons.variation(row.variation(), 14));
            }
            if (row.assurance() != null) {
                icons.putIfAbsent(row.metricId() + ":a", Icons.assurance(row.assurance(), 14));
            }
        });
        return icons;
    }
}
