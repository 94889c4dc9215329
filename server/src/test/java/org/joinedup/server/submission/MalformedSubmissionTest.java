package org.joinedup.server.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.joinedup.server.StoreTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every kind of bad submission is refused with a precise message, and the store is left unchanged. */
class MalformedSubmissionTest extends StoreTestSupport {
    private static final String HEADER = "metric,area_code,period,breakdown,numerator,denominator,value,status\n";

    @Autowired
    SubmissionService submissions;

    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> malformedFiles() {
        return Stream.of(
                Arguments.of(
                        "unknown metric",
                        HEADER + "no_such_metric,RF4,2019-04,,1,2,,\n",
                        "bad.csv, row 2, column metric, value 'no_such_metric': unknown metric: not in the catalogue"),
                Arguments.of(
                        "unknown area",
                        HEADER + "ae_4hr,ZZZ99,2019-04,,1,2,,\n",
                        "bad.csv, row 2, column area_code, value 'ZZZ99': unknown area"),
                Arguments.of(
                        "area that did not exist in the period",
                        HEADER + "ae_attendances,D7T5G,2019-04,,10,,,\n",
                        "bad.csv, row 2, column area_code, value 'D7T5G': NHS Essex Integrated Care Board did not"
                                + " exist throughout 2019-04"),
                Arguments.of(
                        "malformed period label",
                        HEADER + "ae_4hr,RF4,April 2019,,1,2,,\n",
                        "bad.csv, row 2, column period, value 'April 2019': "),
                Arguments.of(
                        "period not of the metric's frequency",
                        HEADER + "ae_4hr,RF4,2018-19,,1,2,,\n",
                        "bad.csv, row 2, column period, value '2018-19': metric ae_4hr is monthly: a financial"
                                + " year period is not accepted"),
                Arguments.of(
                        "metric with no definition valid in the period",
                        HEADER + "los_14_plus,RF4,2024-04,,1,2,,\n",
                        "bad.csv, row 2, column period, value '2024-04': metric los_14_plus has no definition"
                                + " valid in 2024-04"),
                Arguments.of(
                        "negative count",
                        HEADER + "ae_attendances,RF4,2019-04,,-5,,,\n",
                        "bad.csv, row 2, column numerator, value '-5': numerator must not be negative"),
                Arguments.of(
                        "not a number",
                        HEADER + "ae_attendances,RF4,2019-04,,twelve,,,\n",
                        "bad.csv, row 2, column numerator, value 'twelve': not a number"),
                Arguments.of(
                        "numerator larger than denominator for a proportion",
                        HEADER + "ae_4hr,RF4,2019-04,,11,10,,\n",
                        "bad.csv, row 2, column numerator, value '11': numerator is larger than the denominator"),
                Arguments.of(
                        "value disagreeing with numerator and denominator",
                        HEADER + "ae_4hr,RF4,2019-04,,9,10,50,\n",
                        "bad.csv, row 2, column value, value '50': value does not agree with numerator /"
                                + " denominator, which gives 90"),
                Arguments.of(
                        "zero denominator",
                        HEADER + "ae_4hr,RF4,2019-04,,0,0,,\n",
                        "bad.csv, row 2, column denominator, value '0': denominator must be greater than zero"),
                Arguments.of(
                        "breakdown key the metric does not have",
                        HEADER + "ae_4hr,RF4,2019-04,colour=blue,1,2,,\n",
                        "bad.csv, row 2, column breakdown, value 'colour=blue': breakdown 'colour' is not defined"
                                + " for metric ae_4hr"),
                Arguments.of(
                        "malformed breakdown",
                        HEADER + "ae_4hr,RF4,2019-04,ae_type,1,2,,\n",
                        "bad.csv, row 2, column breakdown, value 'ae_type': "),
                Arguments.of(
                        "unknown status",
                        HEADER + "ae_4hr,RF4,2019-04,,1,2,,draft\n",
                        "bad.csv, row 2, column status, value 'draft': status must be 'provisional' or 'final'"),
                Arguments.of(
                        "neither value nor numerator",
                        HEADER + "ae_4hr,RF4,2019-04,,,,,\n",
                        "bad.csv, row 2, column value: give a value, a numerator, or both"),
                Arguments.of(
                        "duplicate key within the file",
                        HEADER + "ae_4hr,RF4,2019-04,,1,2,,\n" + "ae_4hr,RF4,2019-04,,1,3,,\n",
                        "bad.csv, row 3: duplicate of row 2: the same metric, area, period and breakdown"),
                Arguments.of(
                        "missing required column",
                        "metric,period,value\nae_4hr,2019-04,5\n",
                        "bad.csv, row 1, value 'area_code': required column is missing"),
                Arguments.of(
                        "unknown column",
                        "metric,area_code,period,value,comment\nae_4hr,RF4,2019-04,5,hello\n",
                        "bad.csv, row 1, column E, value 'comment': unknown column"),
                Arguments.of("unterminated quote", HEADER + "ae_4hr,\"RF4,2019-04,,1,2,,\n", "bad.csv, row 2: "),
                Arguments.of(
                        "row with too many fields", HEADER + "ae_4hr,RF4,2019-04,,1,2,,,extra\n", "bad.csv, row 2: "),
                Arguments.of("empty file", "", "bad.csv: the file is empty"),
                Arguments.of("header only", HEADER, "bad.csv: the file has no data rows"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFiles")
    void isRefusedPreciselyAndChangesNothing(String kind, String csv, String expected) {
        StoreCounts before = counts(jdbc);
        SubmissionReport report = submissions.submit("bad.csv", csv.getBytes(StandardCharsets.UTF_8), "test", "t");
        assertThat(report.accepted()).as(kind).isFalse();
        assertThat(report.problems())
                .as(kind)
                .anySatisfy(p -> assertThat(p.toString()).startsWith(expected));
        assertThat(counts(jdbc)).as(kind).isEqualTo(before);
    }

    @Test
    void everyProblemInAFileIsReportedAtOnce() {
        String csv = HEADER + "ae_4hr,RF4,2019-04,,1,2,,\n" + "nope,RF4,2019-04,,1,2,,\n"
                + "ae_4hr,ZZZ,2019-04,,1,2,,\n" + "ae_4hr,RF4,2019-13,,1,2,,\n";
        SubmissionReport report = submissions.submit("many.csv", csv.getBytes(StandardCharsets.UTF_8), "test", "t");
        assertThat(report.problems()).extracting(SubmissionProblem::row).containsExactly(3, 4, 5);
        assertThat(report.summary()).isEqualTo("many.csv was refused: 3 problems; nothing was stored.");
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        byte[] latin1 = (HEADER + "ae_4hr,RF4,2019-04,caf\u00e9=1,1,2,,\n").getBytes(StandardCharsets.ISO_8859_1);
        SubmissionReport report = submissions.submit("latin1.csv", latin1, "test", "t");
        assertThat(report.accepted()).isFalse();
        assertThat(report.problems().get(0).reason()).contains("not UTF-8");
    }

    @Test
    void anXlsFileIsRefusedWithAdvice() {
        SubmissionReport report = submissions.submit("old.xls", new byte[] {1, 2, 3}, "test", "t");
        assertThat(report.problems().get(0).reason()).contains("save the sheet as .xlsx or .csv");
    }

    @Test
    void aCorruptXlsxIsRefused() {
        SubmissionReport report =
                submissions.submit("broken.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8), "test", "t");
        assertThat(report.problems().get(0).reason()).startsWith("the file is not a readable XLSX workbook");
    }
}
