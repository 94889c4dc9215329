package org.joinedup.pipeline.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlTemplatesTest {
    @Test
    void expandsNestedHelpersIntoPortableSql() {
        String sql = SqlTemplates.expand("SELECT days_between(a, add_days(b, -1)) AS d FROM t", name -> "");

        assertThat(sql)
                .isEqualTo(
                        "SELECT CAST(CAST(((CAST((b) AS DATE) + CAST((-1) AS INT))) AS DATE) - CAST((a) AS DATE) AS INT) AS d FROM t");
    }

    @Test
    void leavesCommentsStringsAndQualifiedNamesAlone() {
        String sql = SqlTemplates.expand("-- days_between(x)\nSELECT 'age_at(' AS s, t.is_yes(x) FROM t", name -> "");

        assertThat(sql).isEqualTo("-- days_between(x)\nSELECT 'age_at(' AS s, t.is_yes(x) FROM t");
    }

    @Test
    void insertsFragments() {
        Map<String, String> fragments = Map.of("one", "one AS (SELECT 1 AS x)\n");

        assertThat(SqlTemplates.expand("WITH @one SELECT x FROM one", fragments::get))
                .isEqualTo("WITH one AS (SELECT 1 AS x) SELECT x FROM one");
    }

    @Test
    void refusesAWrongNumberOfArguments() {
        assertThatThrownBy(() -> SqlTemplates.expand("SELECT days_between(a) FROM t", name -> ""))
                .hasMessageContaining("days_between takes 2 arguments, not 1");
    }

    @Test
    void aDefinitionNeedsAVersionLine() {
        assertThatThrownBy(() -> Definition.parse("m", "-- m: a metric\nSELECT 1"))
                .hasMessageContaining("-- version: N");
        assertThat(Definition.parse("m", "-- m: a metric\n-- version: 3\nSELECT 1")
                        .version())
                .isEqualTo(3);
        assertThat(Definition.parse("m", "-- m: a metric\n-- version: 3\nSELECT 1")
                        .title())
                .isEqualTo("a metric");
    }
}
