package org.joinedup.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsHeaderAndRowsWithSpreadsheetRowNumbers() {
        CsvTable table = Csv.read("a,b\n1,2\n3,4\n", "t.csv");

        assertThat(table.header().names()).containsExactly("a", "b");
        assertThat(table.header().index()).containsEntry("a", 0).containsEntry("b", 1);
        assertThat(table.rows()).extracting(CsvRow::number).containsExactly(2, 3);
        assertThat(table.rows().get(1).get("b")).isEqualTo("4");
    }

    @Test
    void unquotesFieldsWithEmbeddedCommasQuotesAndNewlines() {
        CsvTable table = Csv.read("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\nnext,row,here\n", "t.csv");

        assertThat(table.rows().get(0).values()).containsExactly("x, y", "say \"hi\"", "two\r\nlines");
        // a quoted line break does not start a new spreadsheet row
        assertThat(table.rows().get(1).number()).isEqualTo(3);
    }

    @Test
    void acceptsCrlfAndLoneCrLineEndsAndNoFinalNewline() {
        assertThat(Csv.read("a,b\r\n1,2\r\n3,4", "t").rows()).hasSize(2);
        assertThat(Csv.read("a,b\r1,2\r3,4\r", "t").rows())
                .extracting(r -> r.get("a"))
                .containsExactly("1", "3");
    }

    @Test
    void stripsByteOrderMarkAndTrimsHeaderNames() {
        CsvTable table = Csv.read("\uFEFFid , name\nx,y\n", "t");

        assertThat(table.header().names()).containsExactly("id", "name");
        assertThat(table.rows().get(0).get("id")).isEqualTo("x");
    }

    @Test
    void keepsEmptyFieldsAndSkipsEmptyLinesButCountsThem() {
        CsvTable table = Csv.read("a,b,c\n,,\n\n1,,3\n", "t");

        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).values()).containsExactly("", "", "");
        assertThat(table.rows().get(0).isBlank()).isTrue();
        assertThat(table.rows().get(1).number()).isEqualTo(4);
        assertThat(table.rows().get(1).values()).containsExactly("1", "", "3");
    }

    @Test
    void missingColumnReadsAsEmpty() {
        CsvRow row = Csv.read("a\n1\n", "t").rows().get(0);

        assertThat(row.get("breakdown")).isEmpty();
    }

    @Test
    void reportsUnterminatedQuoteWithSourceAndRow() {
        assertThatThrownBy(() -> Csv.read("a,b\n1,2\n3,\"open\n4,5\n", "sub.csv"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("sub.csv row 3")
                .hasMessageContaining("unterminated quote");
    }

    @Test
    void reportsTextAfterAClosingQuote() {
        assertThatThrownBy(() -> Csv.read("a\n\"x\"y\n", "t.csv"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("row 2")
                .hasMessageContaining("after the closing quote");
    }

    @Test
    void reportsRowsWithTheWrongNumberOfFields() {
        assertThatThrownBy(() -> Csv.read("a,b\n1,2\n1,2,3\n", "t.csv"))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.row()).isEqualTo(3);
                    assertThat(e.source()).isEqualTo("t.csv");
                    assertThat(e.reason()).contains("expected 2 fields");
                });
    }

    @Test
    void rejectsEmptyFilesAndDuplicateColumns() {
        assertThatThrownBy(() -> Csv.read("", "e.csv")).hasMessageContaining("e.csv row 1");
        assertThatThrownBy(() -> Csv.read("a,b,a\n", "d.csv")).hasMessageContaining("'a' appears twice");
    }

    @Test
    void readsFieldsThatStraddleTheReadBuffer() {
        String longValue = "x".repeat(200_000);
        String text = "a,b\n\"" + longValue + "\"\"" + longValue + "\"," + longValue + "\n";

        CsvRow row = Csv.read(text, "t").rows().get(0);

        assertThat(row.get("a")).hasSize(400_001).contains("\"");
        assertThat(row.get("b")).isEqualTo(longValue);
    }

    @Test
    void streamsAMillionRowsQuickly() {
        Reader reader = new GeneratedReader(1_000_000);
        CsvReader csv = Csv.open(reader, "big.csv");
        long start = System.nanoTime();
        int count = 0;
        long sum = 0;
        while (csv.hasNext()) {
            CsvRow row = csv.next();
            sum += row.get(2).length();
            count++;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(count).isEqualTo(1_000_000);
        assertThat(sum).isPositive();
        assertThat(millis).isLessThan(10_000);
    }

    @Test
    void writerQuotesOnlyWhenNeededAndRoundTrips() {
        StringBuilder out = new StringBuilder();
        new CsvWriter(out)
                .row("id", "text")
                .row("a", "plain")
                .row("b", "with, comma")
                .row("c", "say \"x\"\nnext");

        assertThat(out.toString()).isEqualTo("id,text\na,plain\nb,\"with, comma\"\nc,\"say \"\"x\"\"\nnext\"\n");
        assertThat(Csv.read(out.toString(), "t").rows())
                .extracting(r -> r.get("text"))
                .containsExactly("plain", "with, comma", "say \"x\"\nnext");
        assertThat(CsvWriter.field(" padded")).isEqualTo("\" padded\"");
        assertThat(CsvWriter.field(null)).isEmpty();
    }

    @Test
    void csvNamesMapEnumsBothWays() {
        assertThat(CsvNames.of(Thread.State.TIMED_WAITING)).isEqualTo("timed_waiting");
        assertThat(CsvNames.parse(Thread.State.class, " Timed_Waiting ")).contains(Thread.State.TIMED_WAITING);
        assertThat(CsvNames.parse(Thread.State.class, "asleep")).isEmpty();
        assertThat(CsvNames.accepted(Thread.State.class)).endsWith("waiting or terminated");
    }

    /** Generates "metric,area,period,value" rows on the fly so the test needs no big string. */
    private static final class GeneratedReader extends Reader {
        private final int rows;
        private int row = -1;
        private StringReader current = new StringReader("metric,area_code,period,value\n");

        GeneratedReader(int rows) {
            this.rows = rows;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws java.io.IOException {
            while (true) {
                int n = current.read(cbuf, off, len);
                if (n > 0) {
                    return n;
                }
                row++;
                if (row >= rows) {
                    return -1;
                }
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < 1000 && row < rows; i++, row++) {
                    sb.append("ae_4hr,RF4,\"Q1 2024-25\",").append(row).append('\n');
                }
                row--;
                current = new StringReader(sb.toString());
            }
        }

        @Override
        public void close() {}
    }
}
