package org.joinedup.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.joinedup.core.framework.FrameworkBox;
import org.joinedup.core.framework.Layer;
import org.joinedup.core.period.Period;
import org.junit.jupiter.api.Test;

class CatalogueTest {
    private final Catalogue base = CatalogueCsvTest.fixture();

    @Test
    void mergeAddsNewMetricsAndBoxes() {
        FrameworkBox local = new FrameworkBox("L1", Layer.OUTCOME, "local", null, "Local outcome", "plan", List.of());
        MetricDefinition def =
                MetricDefinition.builder("local_one", 1).outcomes(List.of("L1")).build();

        Catalogue merged = Catalogue.merge(base, new CatalogueExtension(List.of(local), Map.of(), List.of(def)));

        assertThat(merged.metric("local_one")).isPresent();
        assertThat(merged.metricsForOutcome("L1")).extracting(Metric::id).containsExactly("local_one");
        assertThat(merged.definition("dtoc_days", 1)).isPresent();
    }

    @Test
    void mergeRejectsEveryClash() {
        FrameworkBox clash = new FrameworkBox("S5", Layer.OUTCOME, "services", null, "Again", "", List.of());
        MetricDefinition sameVersion = MetricDefinition.builder("dtoc_days", 1).build();
        MetricDefinition overlapping = MetricDefinition.builder("discharge_usual", 2)
                .validFrom(Period.financialYear(2023))
                .build();

        assertThatThrownBy(() -> Catalogue.merge(
                        base, new CatalogueExtension(List.of(clash), Map.of(), List.of(sameVersion, overlapping))))
                .isInstanceOfSatisfying(
                        CatalogueException.class,
                        e -> assertThat(e.problems())
                                .extracting(CatalogueProblem::reason)
                                .containsExactly(
                                        "box S5 is already defined",
                                        "metric dtoc_days version 1 is already defined",
                                        "overlaps version 1 (from 2021-22): versions of a metric cannot apply to the same year"));
    }

    @Test
    void metricVersionsCannotOverlapAndLatestIsTheHighest() {
        MetricDefinition v1 = MetricDefinition.builder("m", 1)
                .validTo(Period.financialYear(2019))
                .build();
        MetricDefinition v2 = MetricDefinition.builder("m", 2)
                .validFrom(Period.financialYear(2020))
                .build();
        MetricDefinition v3 = MetricDefinition.builder("m", 3)
                .validFrom(Period.financialYear(2019))
                .build();

        Metric metric = Metric.of(List.of(v2, v1));
        assertThat(metric.latest()).isEqualTo(v2);
        assertThat(metric.versionFor(Period.parse("Q4 2019-20"))).contains(v1);
        assertThat(metric.versionFor(Period.parse("2020-04"))).contains(v2);
        assertThatThrownBy(() -> Metric.of(List.of(v1, v3))).hasMessageContaining("overlap");
    }
}
