package org.joinedup.pipeline.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import org.joinedup.pipeline.input.InputValidator;
import org.joinedup.pipeline.input.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorSmokeTest {
    @TempDir
    Path dir;

    @Test
    void smoke() throws Exception {
        GeneratorInputs inputs = ShippedInputs.load();
        DatasetGenerator g = new DatasetGenerator(inputs, Rates.builtIn());
        int n = Integer.getInteger("smoke.persons", 20000);
        DatasetGenerator.Summary s = g.generate(
                dir.resolve("out"),
                DatasetGenerator.Options.of(n, 1, DatasetGenerator.DEFAULT_FROM, "csv"),
                (d, t, ns) -> {});
        System.out.println(s);
        for (String f : new String[] {"persons", "hospital_spells", "ae_attendances", "social_care_events"}) {
            System.out.println(Files.readAllLines(dir.resolve("out/" + f + ".csv")).subList(0, 4));
        }
        ValidationReport r = new InputValidator(ShippedInputs.referenceCodes(inputs), false)
                .validate(dir.resolve("out"), dir.resolve("work"));
        System.out.println(r.summary());
        r.problems().stream().limit(30).forEach(System.out::println);
    }
}
