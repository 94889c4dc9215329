package org.joinedup.server.plan;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.joinedup.core.period.Frequency;
import org.joinedup.core.period.Period;
import org.joinedup.core.period.PeriodType;
import org.joinedup.server.store.StoredPlan;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/plans}: a multipart file upload (field {@code file}), or a CSV body with the file name in
 * the {@code X-File-Name} header; 201 when stored, 200 when identical to what is held, 422 with every
 * problem when refused. {@code GET /api/plans?metric=&area=&year=}: the current plans and targets, each
 * filter optional.
 */
@RestController
class PlanController {
    private final PlanService plans;

    PlanController(PlanService plans) {
        this.plans = plans;
    }

    @PostMapping(path = "/api/plans", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<PlanReport> upload(@RequestParam("file") MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null ? "plans.csv" : file.getOriginalFilename();
        return answer(plans.submit(name, file.getBytes(), "api", "api"));
    }

    @PostMapping(
            path = "/api/plans",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<PlanReport> csvBody(
            @RequestBody byte[] body, @RequestHeader(name = "X-File-Name", defaultValue = "plans.csv") String name) {
        return answer(plans.submit(name, body, "api", "api"));
    }

    /** One plan as JSON: periods by their labels. */
    record PlanView(
            String metric,
            String areaCode,
            String financialYear,
            String kind,
            String frequency,
            int definitionVersion,
            double annualValue,
            List<PointView> trajectory,
            String source,
            int revision,
            long submissionId,
            Instant recordedAt) {
        static PlanView of(StoredPlan stored) {
            var plan = stored.plan();
            return new PlanView(
                    plan.metricId(),
                    plan.areaCode(),
                    plan.financialYear().label(),
                    plan.kind().name().toLowerCase(java.util.Locale.ROOT),
                    plan.frequency().name().toLowerCase(java.util.Locale.ROOT),
                    stored.definitionVersion(),
                    plan.annualValue(),
                    plan.trajectory().stream()
                            .map(p -> new PointView(p.period().label(), p.value()))
                            .toList(),
                    plan.source(),
                    stored.revision(),
                    stored.submissionId(),
                    stored.recordedAt());
        }
    }

    record PointView(String period, double value) {}

    @GetMapping(path = "/api/plans", produces = MediaType.APPLICATION_JSON_VALUE)
    List<PlanView> current(
            @RequestParam(name = "metric", required = false) String metric,
            @RequestParam(name = "area", required = false) String area,
            @RequestParam(name = "year", required = false) String year) {
        return plans.current(blankToNull(metric), blankToNull(area), year(year)).stream()
                .map(PlanView::of)
                .toList();
    }

    private static Period year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Period year = Period.parse(text, Frequency.ANNUAL);
            if (year.type() == PeriodType.FINANCIAL_YEAR) {
                return year;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new ResponseStatusException(
                HttpStatus.BAD_REQUEST, "year must be a financial year such as 2024-25, not '" + text + "'");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ResponseEntity<PlanReport> answer(PlanReport report) {
        HttpStatus status = !report.accepted()
                ? HttpStatus.UNPROCESSABLE_CONTENT
                : report.changedSomething() ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).body(report);
    }
}
