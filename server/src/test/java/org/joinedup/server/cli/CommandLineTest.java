package org.joinedup.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.joinedup.server.JoinedUp;
import org.joinedup.server.StoreTestSupport;
import org.joinedup.server.pipeline.SyntheaTestExport;
import org.joinedup.server.store.ObservationQuery;
import org.joinedup.server.store.ObservationReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;

/**
 * The commands, run while the test's server holds the embedded database: they find it through the data
 * directory and use it, so what they write is what the server reads.
 */
class CommandLineTest extends StoreTestSupport {
    private static final String HEADER = "metric,area_code,period,breakdown,numerator,denominator,value,status\n";

    @TempDir
    Path dir;

    @Autowired
    ObservationReader reader;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new JoinedUp());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        int exit = command.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void importStoresIntoTheRunningServersDatabase() throws IOException {
        Path good = file("march.csv", HEADER + "ae_attendances,RF4,2019-12,ae_type=other,1234,,,final\n");
        Run run = run("import", good.toString(), "--data-dir", DATA_DIR.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("march.csv: 1 rows; 1 new");
        assertThat(reader.read(new ObservationQuery(
                        List.of("ae_attendances"), List.of("RF4"), List.of("2019-12"), false, null)))
                .anySatisfy(o -> assertThat(o.value()).isEqualTo(1234.0));
    }

    @Test
    void aCorrectionOfShippedDataSurvivesTheNextStartOfTheApplication() throws IOException {
        // Every command starts the application, which loads the shipped open data: it must not put the
        // shipped figure back over a correction people submitted.
        Path correction = file("correction.csv", HEADER + "ae_attendances,RF4,2018-10,,12345,,,final\n");
        Run run = run("import", correction.toString(), "--data-dir", DATA_DIR.toString());
        assertThat(run.out()).contains("1 revised");
        Path out = dir.resolve("after.csv");
        run(
                "export",
                "--metric",
                "ae_attendances",
                "--area",
                "RF4",
                "--period",
                "2018-10",
                "--out",
                out.toString(),
                "--data-dir",
                DATA_DIR.toString());
        assertThat(Files.readAllLines(out)).contains("ae_attendances,RF4,2018-10,,12345,,12345,final");
    }

    @Test
    void importOfABadFileListsEveryProblemAndExitsWithOne() throws IOException {
        Path bad = file("bad.csv", HEADER + "ae_4hr,RF4,2019-04,,11,10,,\nae_4hr,XX9,2019-04,,1,2,,\n");
        Run run = run("import", bad.toString(), "--data-dir", DATA_DIR.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .contains("bad.csv was refused: 2 problems; nothing was stored.")
                .contains("bad.csv, row 2, column numerator, value '11': numerator is larger than the denominator")
                .contains("bad.csv, row 3, column area_code, value 'XX9': unknown area");
    }

    @Test
    void exportWritesCanonicalCsvThatReimportsUnchanged() throws IOException {
        Path out = dir.resolve("rf4.csv");
        Run export = run(
                "export",
                "--metric",
                "ae_4hr",
                "--area",
                "RF4",
                "--out",
                out.toString(),
                "--data-dir",
                DATA_DIR.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo(HEADER.strip());
        assertThat(lines)
                .hasSizeGreaterThan(36)
                .allSatisfy(line -> assertThat(line).doesNotContain("E+", "E-"));
        assertThat(lines.subList(1, lines.size()))
                .allSatisfy(line -> assertThat(line).startsWith("ae_4hr,RF4,"));

        Run reimport = run("import", out.toString(), "--data-dir", DATA_DIR.toString());
        assertThat(reimport.exit()).as(reimport.err()).isZero();
        assertThat(reimport.out()).contains("identical to what is already held; nothing new was stored");
    }

    @Test
    void pipelineRunMapsASyntheaExportAndStoresItsObservations() {
        Path export = SyntheaTestExport.copyTo(dir);
        Run run = run(
                "pipeline",
                "run",
                "--input",
                export.toString(),
                "--format",
                "synthea",
                "--default-area",
                SyntheaTestExport.DEFAULT_LSOA,
                "--default-practice",
                SyntheaTestExport.DEFAULT_PRACTICE,
                "--from",
                "2024-04",
                "--to",
                "2024-06",
                "--threads",
                "1",
                "--data-dir",
                DATA_DIR.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Synthea input mapped: persons 12,")
                .contains("9 inpatient encounters as hospital spells (5 emergency admissions, 4 elective)")
                .contains("chronic_acsc_admissions: skipped, it selects on ICD-10 diagnoses");
        assertThat(reader.read(new ObservationQuery(
                        List.of("emergency_admissions_per_100k"),
                        List.of(SyntheaTestExport.DEFAULT_PRACTICE),
                        List.of("2024-04"),
                        true,
                        null)))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.numerator()).isEqualTo(2.0);
                    assertThat(o.denominator()).isEqualTo(11.0);
                });
    }

    @Test
    void pipelineRunTakesTheSyntheaOptionsOnlyWithTheSyntheaFormat() {
        Run run = run("pipeline", "run", "--input", dir.toString(), "--default-area", "E01012304");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .contains("--default-area, --default-practice and --snomed-icd10 go with --format synthea");
    }

    @Test
    void catalogueValidateAcceptsAGoodExtension() throws IOException {
        file(
                "metrics.csv",
                "id,version,title,value_type,unit,multiplier,polarity,frequency,source_type,scope,outcomes,"
                        + "impacts,sets,purpose,verified\n"
                        + "local_falls_clinic_wait,1,Falls clinic waits over 6 weeks,proportion,%,100,"
                        + "lower_is_better,monthly,local,local,S1,I-QC,local,improvement,yes\n");
        Run run = run("catalogue", "validate", dir.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("is valid");
    }

    @Test
    void catalogueValidateNamesFileRowAndFieldOfEveryProblem() throws IOException {
        file(
                "metrics.csv",
                "id,version,title,value_type,polarity,frequency,source_type,scope,outcomes,purpose,verified\n"
                        + "local_a,1,A,proportion,upwards,monthly,local,local,S1,improvement,yes\n"
                        + "local_b,1,B,percentage,higher_is_better,monthly,local,local,S1,improvement,yes\n"
                        + "local_c,1,C,proportion,higher_is_better,monthly,local,local,Z9,improvement,yes\n");
        Run run = run("catalogue", "validate", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .contains("metrics.csv")
                .contains("row 2")
                .contains("polarity")
                .contains("row 3")
                .contains("value_type")
                .contains("Z9");
    }
}
