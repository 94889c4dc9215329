package org.joinedup.server.submission;

import org.joinedup.core.geography.Area;
import org.joinedup.server.reference.ReferenceData;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/submissions/template?set=bcf&area=E06000001&period=2024-25}: a CSV to fill in. */
@RestController
class TemplateController {
    private final ReferenceData reference;

    TemplateController(ReferenceData reference) {
        this.reference = reference;
    }

    @GetMapping("/api/submissions/template")
    ResponseEntity<String> template(
            @RequestParam(name = "set", required = false) String set,
            @RequestParam(name = "area", defaultValue = "E92000001") String areaCode,
            @RequestParam(name = "period", required = false) String period) {
        Area area = reference.geography().resolve(areaCode).orElse(null);
        if (area == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.TEXT_PLAIN)
                    .body("unknown area: " + areaCode);
        }
        try {
            String csv = SubmissionTemplate.csv(reference.catalogue(), set, area, period);
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv"))
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            "attachment; filename=\"" + SubmissionTemplate.fileName(set, area) + "\"")
                    .body(csv);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
        }
    }
}
