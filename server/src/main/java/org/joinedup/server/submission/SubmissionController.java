package org.joinedup.server.submission;

import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/submissions}: a multipart file upload (field {@code file}), or a CSV body with the
 * file name in the {@code X-File-Name} header. Answers 201 when stored, 200 when identical to what is
 * held, 422 with every problem when refused.
 */
@RestController
class SubmissionController {
    private final SubmissionService submissions;

    SubmissionController(SubmissionService submissions) {
        this.submissions = submissions;
    }

    @PostMapping(path = "/api/submissions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<SubmissionReport> upload(@RequestParam("file") MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
        return answer(submissions.submit(name, file.getBytes(), "api", "api"));
    }

    @PostMapping(
            path = "/api/submissions",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<SubmissionReport> csvBody(
            @RequestBody byte[] body, @RequestHeader(name = "X-File-Name", defaultValue = "request.csv") String name) {
        return answer(submissions.submit(name, body, "api", "api"));
    }

    private static ResponseEntity<SubmissionReport> answer(SubmissionReport report) {
        HttpStatus status = !report.accepted()
                ? HttpStatus.UNPROCESSABLE_CONTENT
                : report.added() + report.revised() > 0 ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).body(report);
    }
}
