package org.joinedup.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputTableTest {
    @TempDir
    Path temp;

    @Test
    void findsEachKnownTableAsCsvParquetOrAFolderAndIgnoresOtherFiles() throws Exception {
        Files.writeString(temp.resolve("persons.csv.gz"), "");
        Files.writeString(temp.resolve("hospital_spells.parquet"), "");
        Files.createDirectory(temp.resolve("social_care_events"));
        Files.writeString(temp.resolve("notes.txt"), "");

        assertThat(InputTable.findIn(temp))
                .containsExactly(
                        entry("persons", temp.resolve("persons.csv.gz")),
                        entry("hospital_spells", temp.resolve("hospital_spells.parquet")),
                        entry("social_care_events", temp.resolve("social_care_events")));
        assertThat(InputFormat.of(temp.resolve("social_care_events"))).isEqualTo(InputFormat.PARQUET);
        assertThat(InputFormat.of(temp.resolve("persons.csv.gz"))).isEqualTo(InputFormat.CSV);
    }

    @Test
    void refusesAFolderHoldingOneTableTwice() throws Exception {
        Files.writeString(temp.resolve("persons.csv"), "");
        Files.writeString(temp.resolve("persons.parquet"), "");

        assertThatThrownBy(() -> InputTable.findIn(temp)).hasMessageContaining("persons more than once");
    }
}
