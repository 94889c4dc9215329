package org.joinedup.server.boardpack;

import java.util.Locale;
import org.joinedup.server.view.ViewChoice;
import org.joinedup.server.view.ViewChoices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /board-pack}: what the pack holds for the area and period in the URL, with the picker and the
 * downloads. {@code GET /board-pack.pdf} and {@code GET /board-pack.xlsx}: the pack itself, with the same
 * figures. Each generation is logged with its time.
 */
@Controller
class BoardPackController {
    private static final Logger log = LoggerFactory.getLogger(BoardPackController.class);
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ViewChoices choices;
    private final BoardPackService packs;
    private final BoardPackPdf pdf;

    BoardPackController(ViewChoices choices, BoardPackService packs, BoardPackPdf pdf) {
        this.choices = choices;
        this.packs = packs;
        this.pdf = pdf;
    }

    @GetMapping("/board-pack")
    String page(
            @RequestParam(name = "area", required = false) String area,
            @RequestParam(name = "code", required = false) String code,
            @RequestParam(name = "period", required = false) String period,
            @RequestParam(name = "asat", required = false) String asAt,
            Model model) {
        ViewChoice choice = choices.resolve(area, code, period, asAt);
        model.addAttribute("choice", choice);
        model.addAttribute("pack", packs.build(choice));
        model.addAttribute("suppressedText", PackDisclosure.withDefaults().suppressedText());
        return "board-pack";
    }

    @GetMapping("/board-pack.pdf")
    ResponseEntity<byte[]> pdf(
            @RequestParam(name = "area", required = false) String area,
            @RequestParam(name = "code", required = false) String code,
            @RequestParam(name = "period", required = false) String period,
            @RequestParam(name = "asat", required = false) String asAt) {
        long start = System.nanoTime();
        ViewChoice choice = choices.resolve(area, code, period, asAt);
        BoardPack pack = packs.build(choice);
        long built = System.nanoTime();
        byte[] bytes = pdf.render(pack);
        long end = System.nanoTime();
        log.info(
                "Board pack PDF for {} ({}), {} metric pages, {} bytes, in {} ms ({} ms gathering, {} ms drawing)",
                choice.area().code(),
                choice.periodText(),
                pack.metrics().size(),
                bytes.length,
                (end - start) / 1_000_000,
                (built - start) / 1_000_000,
                (end - built) / 1_000_000);
        return download(bytes, MediaType.APPLICATION_PDF, fileName(choice, "pdf"));
    }

    @GetMapping("/board-pack.xlsx")
    ResponseEntity<byte[]> xlsx(
            @RequestParam(name = "area", required = false) String area,
            @RequestParam(name = "code", required = false) String code,
            @RequestParam(name = "period", required = false) String period,
            @RequestParam(name = "asat", required = false) String asAt) {
        long start = System.nanoTime();
        ViewChoice choice = choices.resolve(area, code, period, asAt);
        BoardPack pack = packs.build(choice);
        byte[] bytes = BoardPackXlsx.write(pack);
        log.info(
                "Board pack spreadsheet for {} ({}), {} metrics, {} bytes, in {} ms",
                choice.area().code(),
                choice.periodText(),
                pack.metrics().size(),
                bytes.length,
                (System.nanoTime() - start) / 1_000_000);
        return download(bytes, XLSX, fileName(choice, "xlsx"));
    }

    /** e.g. {@code board-pack-E54000050-latest.pdf} or {@code board-pack-E54000050-2024-25-asat-2026-01-31.pdf}. */
    static String fileName(ViewChoice choice, String extension) {
        String name = "board-pack-" + choice.area().code() + "-"
                + (choice.period() == null ? "latest" : choice.period().label())
                + (choice.asAt() == null ? "" : "-asat-" + choice.asAt());
        return name.replaceAll("[^A-Za-z0-9-]+", "-").toLowerCase(Locale.ROOT) + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(bytes);
    }
}
