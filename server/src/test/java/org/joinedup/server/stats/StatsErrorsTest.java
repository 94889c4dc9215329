package org.joinedup.server.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.server.stats.StatsRun.resource;
import static org.joinedup.server.stats.StatsRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input names file, row, column and reason, exits non-zero and writes no output file. */
class StatsErrorsTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private StatsRun refused(String... args) {
        Path out = dir.resolve("out.csv");
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--out";
        all[args.length + 1] = out.toString();
        StatsRun run = run(all);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
        assertThat(run.err()).endsWith("Nothing was written." + System.lineSeparator());
        return run;
    }

    @Test
    void aMissingColumnIsNamedWithTheHeaderFound() throws IOException {
        Path in = file("a.csv", "area,numerator,denom\nA,1,100\n");
        assertThat(refused("proportion", "--in", in.toString()).err())
                .startsWith(in + ", row 1, column denominator: missing column (the header has area, numerator, denom)");
    }

    @Test
    void aNonNumberIsNamedByRowAndColumn() throws IOException {
        Path in = file("a.csv", "area,numerator,denominator\nA,1,100\nB,twelve,100\n");
        assertThat(refused("rate", "--in", in.toString()).err())
                .startsWith(in + ", row 3, column numerator, value 'twelve': not a number");
    }

    @Test
    void aNumeratorAboveItsDenominatorIsRefusedForAProportion() throws IOException {
        Path in = file("a.csv", "area,numerator,denominator\nA,1,100\nB,101,100\n");
        assertThat(refused("proportion", "--in", in.toString()).err())
                .startsWith(in + ", row 3, column numerator, value '101': numerators must be less than or equal to"
                        + " denominator for a proportion statistic: 101.0 > 100.0");
    }

    @Test
    void aNumeratorAboveItsDenominatorIsRefusedForAPChart() throws IOException {
        Path in = file("a.csv", "date,numerator,denominator\n2024-01,5,10\n2024-02,11,10\n");
        assertThat(refused("spc", "--in", in.toString(), "--chart", "p").err())
                .startsWith(in + ", row 3, column numerator, value '11': the numerator is more than the denominator"
                        + " in a proportion");
    }

    @Test
    void aZeroDenominatorIsRefused() throws IOException {
        Path in = file("a.csv", "numerator,denominator\n0,0\n");
        assertThat(refused("rate", "--in", in.toString()).err())
                .startsWith(in + ", row 2, column denominator, value '0': denominators must be greater than zero");
    }

    @Test
    void anEarlierGoodOutputFileIsLeftAlone() throws IOException {
        Path in = file("a.csv", "numerator,denominator\n1,x\n");
        Path out = file("keep.csv", "old\n");
        StatsRun run = run("proportion", "--in", in.toString(), "--out", out.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(Files.readString(out)).isEqualTo("old\n");
    }

    @Test
    void groupProblemsNameTheGroupAndItsRows() throws IOException {
        Path in = file("a.csv", "group,age_band,numerator,denominator\nA,0-4,10,100\nA,5-9,10,100\n");
        assertThat(refused("dsr", "--in", in.toString()).err())
                .startsWith(in + ", group 'A' (rows 2-3): age bands [10-14, 15-19,");
    }

    @Test
    void aRepeatedAgeBandOrDateIsNamed() throws IOException {
        Path dsr = file("d.csv", "group,age_band,numerator,denominator\nA,0-4,10,100\nA,0-4,10,100\n");
        assertThat(refused("dsr", "--in", dsr.toString()).err())
                .startsWith(dsr + ", row 3, column age_band, value '0-4': age band 0-4 is given twice in its group"
                        + " (also row 2)");
        Path spc = file("s.csv", "date,value\n2024-01-01,1\n2024-01-01,2\n");
        assertThat(refused("spc", "--in", spc.toString()).err())
                .startsWith(spc + ", row 3, column date, value '2024-01-01': the date is also on row 2: dates must"
                        + " be unique");
    }

    @Test
    void unevenDatesCannotBeContinued() throws IOException {
        Path in = file("f.csv", "date,value\n2024-01-01,1\n2024-01-08,2\n2024-01-20,3\n");
        assertThat(refused("forecast", "--in", in.toString(), "--model", "ANN").err())
                .startsWith(in + ", row 4, column date, value '2024-01-20': dates must be evenly spaced to be"
                        + " continued: this one is 12 days after the one before, not 7");
    }

    @Test
    void aCountMustBeWhole() throws IOException {
        Path in = file("c.csv", "count\n4.5\n");
        assertThat(refused("suppress", "--in", in.toString()).err())
                .startsWith(in + ", row 2, column count, value '4.5': a count must be a whole number of 0 or more");
    }

    @Test
    void aMissingFileIsNamed() {
        Path in = dir.resolve("nowhere.csv");
        assertThat(refused("mean", "--in", in.toString()).err()).startsWith(in + ": no such file");
    }

    @Test
    void badOptionsExitWithTwoBeforeReadingAnything() {
        StatsRun run = run("proportion", "--in", resource("proportions.csv"), "--confidence", "90,95");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("--confidence: two confidence levels can only be produced if they are specified as 0.95"
                        + " and 0.998");
        assertThat(run("spc", "--in", resource("spc_deviations.csv"), "--fix-after", "6")
                        .err())
                .startsWith("--fix-after must be 12 or more, not 6");
        assertThat(run("forecast", "--in", resource("forecast_oildata.csv"), "--model", "ANA")
                        .err())
                .startsWith("--model ANA is seasonal: give --season M (2 to 24)");
    }
}
