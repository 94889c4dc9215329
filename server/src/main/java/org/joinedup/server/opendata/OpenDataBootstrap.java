package org.joinedup.server.opendata;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joinedup.server.Settings;
import org.joinedup.server.store.SubmissionLog;
import org.joinedup.server.submission.CanonicalCsv;
import org.joinedup.server.submission.SubmissionProblem;
import org.joinedup.server.submission.SubmissionReport;
import org.joinedup.server.submission.SubmissionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Submits the shipped open data through the ordinary submission path, one file per metric, so it is
 * validated like any other data. Each file is submitted once: a later start skips a file already
 * stored, so corrections people have submitted since are never overwritten by the shipped figures; a
 * new release's changed file is submitted as a revision.
 */
@Component
class OpenDataBootstrap implements ApplicationRunner {
    private static final Logger logger = LoggerFactory.getLogger(OpenDataBootstrap.class);

    private final ShippedOpenData shipped;
    private final SubmissionService submissions;
    private final Settings settings;
    private final SubmissionLog log;

    OpenDataBootstrap(ShippedOpenData shipped, SubmissionService submissions, Settings settings, SubmissionLog log) {
        this.shipped = shipped;
        this.submissions = submissions;
        this.settings = settings;
        this.log = log;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.loadOpenData()) {
            return;
        }
        Map<String, StringBuilder> files = new LinkedHashMap<>();
        for (CanonicalRow row : shipped.data().rows()) {
            StringBuilder file = files.computeIfAbsent(row.metric(), m -> {
                StringBuilder text = new StringBuilder();
                CanonicalCsv.withHeader(text);
                return text;
            });
            new CanonicalCsv(file)
                    .row(
                            row.metric(),
                            row.areaCode(),
                            row.period(),
                            row.breakdown(),
                            row.numerator(),
                            row.denominator(),
                            row.value(),
                            row.status());
        }
        for (Map.Entry<String, StringBuilder> file : files.entrySet()) {
            String name = "opendata/" + file.getKey() + ".csv";
            byte[] content = file.getValue().toString().getBytes(StandardCharsets.UTF_8);
            if (log.wasStored(name, SubmissionService.fingerprint(content))) {
                continue;
            }
            SubmissionReport report = submissions.submit(name, content, "open data", "joinedup");
            if (report.accepted()) {
                logger.info(report.summary());
            } else {
                List<SubmissionProblem> problems = report.problems();
                logger.warn(
                        "{} First problems: {}", report.summary(), problems.subList(0, Math.min(5, problems.size())));
            }
        }
    }
}
