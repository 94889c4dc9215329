package org.joinedup.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricQueryTest {

    @Test
    void loadsABuiltInDefinitionByMetricId() {
        MetricQuery query = MetricQuery.builtIn("emergency_admissions");

        assertThat(query.metricId()).isEqualTo("emergency_admissions");
        assertThat(query.sql()).startsWith("-- emergency_admissions").contains("FROM hospital_spells");
    }

    @Test
    void namesAMissingBuiltInDefinition() {
        assertThatThrownBy(() -> MetricQuery.builtIn("no_such_metric")).hasMessageContaining("no_such_metric.sql");
    }

    @Test
    void takesTheMetricIdFromALocalFileNameAndDropsTheTrailingSemicolon(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("local_metric.sql"), "SELECT 1 AS x;\n;  \n");

        MetricQuery query = MetricQuery.fromFile(file);

        assertThat(query.metricId()).isEqualTo("local_metric");
        assertThat(query.sql()).isEqualTo("SELECT 1 AS x");
    }

    @Test
    void refusesDialectSpecificSqlAndSaysWhatToWriteInstead() {
        assertThatThrownBy(() -> new MetricQuery("m", "SELECT strftime(d, '%Y-%m')::VARCHAR AS \"period\" FROM t"))
                .hasMessageContaining("double-colon cast (write CAST(x AS type))")
                .hasMessageContaining("double-quoted name")
                .hasMessageContaining("STRFTIME");
        assertThatThrownBy(() -> new MetricQuery("m", "SELECT 1; SELECT 2")).hasMessageContaining("more than one");
    }

    @Test
    void portableChecksIgnoreCommentsAndStringLiterals() {
        String sql = """
                -- do not use strftime or "quoted" names; this comment may say so
                /* nor x::int */
                SELECT 'a::b; ''strftime''' AS label FROM t
                """;

        assertThat(PortableSql.problems(sql)).isEmpty();
        assertThat(PortableSql.code("SELECT 'it''s' AS x")).isEqualTo("SELECT '' AS x");
    }

    @Test
    void refusesABadMetricIdOrAnEmptyQuery() {
        assertThatThrownBy(() -> new MetricQuery("Emergency", "SELECT 1")).hasMessageContaining("lower case");
        assertThatThrownBy(() -> new MetricQuery("m", "  ")).hasMessageContaining("needs a query");
    }
}
