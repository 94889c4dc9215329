package org.joinedup.server.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenDataSourceTest {

    private final OpenDataSource classpath = OpenDataSource.classpath();

    private List<String> read(String path, String column) throws IOException {
        List<String> out = new ArrayList<>();
        Csv.read(classpath.open(path), r -> out.add(r.get(column)));
        return out;
    }

    @Test
    void readsPlainFilesFromTheClasspathWithQuotedCells() throws IOException {
        assertThat(read("sample/plain.csv", "name")).containsExactly("Hartlepool, \"the\" town");
    }

    @Test
    void findsGzippedFilesByTheirPlainName() throws IOException {
        assertThat(read("sample/packed.csv", "b")).containsExactly("1");
    }

    @Test
    void missingFileIsAnError() {
        assertThatThrownBy(() -> classpath.open("sample/absent.csv")).isInstanceOf(FileNotFoundException.class);
    }

    @Test
    void directorySourceReadsTheShippedFolder() throws IOException {
        List<String> out = new ArrayList<>();
        Csv.read(
                OpenDataSource.directory(OpenDataLoaderTest.BASE).open("geography/icb_2022_ods_ons_names.csv"),
                r -> out.add(r.get("ICB_ODS_Code")));
        assertThat(out).hasSize(43).contains("QHM", "Q99");
    }

    @Test
    void cellQuoting() {
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell(null)).isEmpty();
    }
}
