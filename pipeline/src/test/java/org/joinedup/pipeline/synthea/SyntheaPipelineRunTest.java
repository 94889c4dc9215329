package org.joinedup.pipeline.synthea;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joinedup.core.catalogue.BuiltInCatalogue;
import org.joinedup.core.observation.Observation;
import org.joinedup.pipeline.EngineSettings;
import org.joinedup.pipeline.duckdb.DuckDbEngine;
import org.joinedup.pipeline.run.Definition;
import org.joinedup.pipeline.run.PipelineFixture;
import org.joinedup.pipeline.run.PipelineRun;
import org.joinedup.pipeline.run.ReferenceTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in definitions, unchanged, over the canonical tables mapped from {@link SyntheaFixture}, with
 * the window the spells give (April to June 2024).
 */
class SyntheaPipelineRunTest {
    @TempDir
    Path temp;

    private record Run(PipelineRun.Result result, Map<String, List<Observation>> observations) {
        /** numerator/denominator of the total row, or null when there is none. */
        String total(String metric, String area, String period) {
            return observations.getOrDefault(metric, List.of()).stream()
                    .filter(o -> o.key().areaCode().equals(area)
                            && o.key().period().label().equals(period)
                            && o.key().breakdown().label().isEmpty())
                    .map(o -> o.numerator().intValue() + "/" + o.denominator().intValue())
                    .findFirst()
                    .orElse(null);
        }
    }

    private Run run(SyntheaOptions options) {
        Map<String, Path> reference = ReferenceTables.fromFolder(PipelineFixture.OPENDATA, temp.resolve("reference"));
        EngineSettings settings = new EngineSettings("256MB", 1);
        SyntheaMapping mapping = new SyntheaMapper(settings, reference.get(ReferenceTables.LSOA_LOOKUP))
                .map(SyntheaFixture.export(temp), temp.resolve("canonical"), options);
        assertThat(mapping.problems()).isEmpty();
        Map<String, List<Observation>> out = new HashMap<>();
        try (DuckDbEngine engine = new DuckDbEngine(settings)) {
            PipelineRun.Result result = PipelineRun.run(
                    engine,
                    temp.resolve("canonical"),
                    new PipelineRun.Options(
                            Definition.builtIns(),
                            BuiltInCatalogue.load(),
                            reference,
                            null,
                            temp.resolve("work"),
                            mapping.icd10Diagnoses()),
                    (definition, observations) -> out.put(definition.metricId(), observations),
                    PipelineRun.Listener.NONE);
            return new Run(result, out);
        }
    }

    @Test
    void emergencyAdmissionsCountTheSpellsMappedAsEmergencies() {
        Run run = run(SyntheaOptions.defaults());

        assertThat(run.result().provenance().window().toString())
                .contains("2024-04")
                .contains("2024-06");
        // The default practice and its council: 11 patients; April e02 (23 h) and e14 (24 h), not e04
        // (25 h) nor e18; May e23; June e10.
        for (String area : List.of("A81007", "E06000001")) {
            assertThat(run.total("emergency_admissions_per_100k", area, "2024-04"))
                    .isEqualTo("2/11");
            assertThat(run.total("emergency_admissions_per_100k", area, "2024-05"))
                    .isEqualTo("1/11");
            assertThat(run.total("emergency_admissions_per_100k", area, "2024-06"))
                    .isEqualTo("1/11");
        }
        // p03 lives in the City of London, registered nowhere.
        assertThat(run.total("emergency_admissions_per_100k", "E09000001", "2024-04"))
                .isEqualTo("0/1");
        assertThat(run.total("emergency_admissions_per_100k", "E09000001", "2024-05"))
                .isEqualTo("1/1");
        // 65+ on 1 April: p01, p02, p04, p05, p08, p10, p11; emergencies of p01, p08, p05.
        assertThat(run.total("emergency_admissions_65", "A81007", "Q1 2024-25")).isEqualTo("3/7");
    }

    @Test
    void withoutIcd10DiagnosesTheDiagnosisMetricsAndTheFrailtyBreakdownAreLeftOut() {
        Run run = run(SyntheaOptions.defaults());

        assertThat(run.observations()).doesNotContainKeys("chronic_acsc_admissions", "falls_65_dsr");
        assertThat(run.result().notes())
                .contains(
                        "chronic_acsc_admissions: skipped, it selects on ICD-10 diagnoses and the input's diagnoses"
                                + " are not ICD-10 codes",
                        "falls_65_dsr: skipped, it selects on ICD-10 diagnoses and the input's diagnoses are not"
                                + " ICD-10 codes");
        assertThat(run.result().notes().stream().filter(n -> n.contains("selects on ICD-10")))
                .hasSize(2);
        assertThat(run.result().notes()).anyMatch(n -> n.startsWith("frailty breakdown left out"));
        List<Observation> all = new ArrayList<>();
        run.observations().values().forEach(all::addAll);
        assertThat(all).isNotEmpty().noneMatch(o -> o.key().breakdown().label().contains("frailty="));
        assertThat(all).anyMatch(o -> o.key().breakdown().label().equals("sex=F"));
    }

    @Test
    void withASnomedIcd10MapTheDiagnosisMetricsRun() {
        Run run = run(SyntheaOptions.defaults().withSnomedIcd10(SyntheaFixture.snomedIcd10()));

        // e06: an emergency admission for an exacerbation of COPD (J44.1); e07 (heart failure) was elective.
        assertThat(run.total("chronic_acsc_admissions", "E09000001", "Q1 2024-25"))
                .isEqualTo("1/1");
        assertThat(run.total("chronic_acsc_admissions", "A81007", "Q1 2024-25")).isEqualTo("0/11");
        assertThat(run.observations().get("emergency_admissions_per_100k"))
                .anyMatch(o -> o.key().breakdown().label().startsWith("frailty="));
        assertThat(run.result().notes()).noneMatch(n -> n.contains("ICD-10"));
    }
}
