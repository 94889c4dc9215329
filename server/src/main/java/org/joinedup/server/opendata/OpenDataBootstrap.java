package org.joinedup.server.opendata;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joinedup.server.Settings;
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
 * validated like any other data. Submitting the same figures again stores nothing, so this is safe at
 * every start.
 */
@Component
class OpenDataBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(OpenDataBootstrap.class);

    private final ShippedOpenData shipped;
    private final SubmissionService submissions;
    private final Settings settings;

    OpenDataBootstrap(ShippedOpenData shipped, SubmissionService submissions, Settings settings) {
        this.shipped = shipped;
        this.submissions = submissions;
        this.settings = settings;
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
            SubmissionReport report = submissions.submit(
                    "opendata/" + file.getKey() + ".csv",
                    file.getValue().toString().getBytes(StandardCharsets.UTF_8),
                    "open data",
                    "joinedup");
            if (report.accepted()) {
                log.info(report.summary());
            } else {
                List<SubmissionProblem> problems = report.problems();
                log.warn("{} First problems: {}", report.summary(), problems.subList(0, Math.min(5, problems.size())));
            }
        }
    }
}
