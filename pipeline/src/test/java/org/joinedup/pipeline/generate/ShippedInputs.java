package org.joinedup.pipeline.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.joinedup.core.text.Csv;
import org.joinedup.core.text.CsvReader;
import org.joinedup.core.text.CsvRow;
import org.joinedup.pipeline.input.ReferenceCodes;

/**
 * Generator inputs read straight from the repository's {@code opendata/} folder, for tests (the command
 * reads them through the server's loader, which also knows each area's ICB; here areas have no ICB, so
 * people register anywhere in England).
 */
final class ShippedInputs {
    static final Path OPENDATA = Path.of("..", "opendata");

    /** 2019 districts merged into the 2021 unitaries the ONS mid-2021 file uses. */
    static final Map<String, String> DISTRICT_2019_TO_2021 = Map.of(
            "E07000004", "E06000060",
            "E07000005", "E06000060",
            "E07000006", "E06000060",
            "E07000007", "E06000060",
            "E07000150", "E06000061",
            "E07000152", "E06000061",
            "E07000153", "E06000061",
            "E07000156", "E06000061",
            "E07000151", "E06000062",
            "E07000154", "E06000062");

    private static GeneratorInputs cached;

    private ShippedInputs() {}

    static synchronized GeneratorInputs load() throws IOException {
        if (cached != null) {
            return cached;
        }
        Map<String, long[][]> pop = new LinkedHashMap<>();
        read("population/ons_mye2021_lad_sex_single_year_age_uk.csv.gz", r -> {
            if (!r.get("ladcode21").startsWith("E")) {
                return;
            }
            long[][] p = pop.computeIfAbsent(r.get("ladcode21"), k -> new long[2][91]);
            p["1".equals(r.get("sex")) ? 0 : 1][Integer.parseInt(r.get("age"))] +=
                    Long.parseLong(r.get("population_2021"));
        });
        Map<String, List<String>> lsoas = new HashMap<>();
        read("geography/lsoa11_to_la2019_imd2019_score_decile.csv.gz", r -> {
            String la = DISTRICT_2019_TO_2021.getOrDefault(r.get("la_code"), r.get("la_code"));
            lsoas.computeIfAbsent(la, k -> new ArrayList<>()).add(r.get("lsoa_code"));
        });
        List<GeneratorInputs.Area> areas = new ArrayList<>();
        pop.forEach((code, p) -> areas.add(
                new GeneratorInputs.Area(code, code, null, null, p[0], p[1], lsoas.getOrDefault(code, List.of()))));
        List<GeneratorInputs.Practice> practices = new ArrayList<>();
        read(
                "geography/gp-reg-pat-prac-map_2026-08.csv.gz",
                r -> practices.add(new GeneratorInputs.Practice(
                        r.get("PRACTICE_CODE"),
                        r.get("PCN_CODE"),
                        r.get("ONS_ICB_CODE"),
                        r.get("ONS_COMM_REGION_CODE"))));
        Map<String, long[]> pcn = new HashMap<>();
        read("population/gp-reg-pat-prac-sing-age-regions_2026-08.csv.gz", r -> {
            if (!"PCN".equals(r.get("ORG_TYPE")) || "ALL".equals(r.get("SEX")) || "ALL".equals(r.get("AGE"))) {
                return;
            }
            int age = Integer.parseInt(r.get("AGE").replace("+", ""));
            int g = ("MALE".equals(r.get("SEX")) ? 0 : 1) + (age >= 65 ? 2 : 0);
            pcn.computeIfAbsent(r.get("ORG_CODE"), k -> new long[4])[g] += Long.parseLong(r.get("NUMBER_OF_PATIENTS"));
        });
        Map<String, Double> type1 = new TreeMap<>();
        read("nhs_ae/ae_attendances.csv", r -> {
            if ("1".equals(r.get("type"))) {
                type1.merge(r.get("org_code"), Double.parseDouble(r.get("attendances")), Double::sum);
            }
        });
        List<GeneratorInputs.Provider> providers = new ArrayList<>();
        type1.forEach((code, n) -> providers.add(new GeneratorInputs.Provider(code, null, null, n)));
        List<GeneratorInputs.HfrsCode> hfrs = new ArrayList<>();
        for (String line : Files.readAllLines(OPENDATA.resolve("codelists/hfrs_gilbert2018_points.tsv"))
                .subList(1, 110)) {
            String[] f = line.split("\t");
            hfrs.add(new GeneratorInputs.HfrsCode(
                    f[0].strip(), Double.parseDouble(f[3].strip().replace("%", "")) / 100));
        }
        cached = new GeneratorInputs(areas, practices, pcn, providers, hfrs);
        return cached;
    }

    static ReferenceCodes referenceCodes(GeneratorInputs inputs) {
        Set<String> lsoas = new java.util.HashSet<>();
        Set<String> las = new java.util.HashSet<>();
        inputs.areas().forEach(a -> {
            lsoas.addAll(a.lsoas());
            las.add(a.code());
            las.add(a.socialCareAuthority());
        });
        Set<String> practices = new java.util.HashSet<>();
        inputs.practices().forEach(p -> practices.add(p.code()));
        Set<String> providers = new java.util.HashSet<>();
        inputs.providers().forEach(p -> providers.add(p.code()));
        return new ReferenceCodes(practices, lsoas, las, providers);
    }

    private static void read(String file, Consumer<CsvRow> handler) throws IOException {
        InputStream in = Files.newInputStream(OPENDATA.resolve(file));
        if (file.endsWith(".gz")) {
            in = new GZIPInputStream(in);
        }
        try (Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            CsvReader csv = Csv.open(reader, file);
            csv.forEachRemaining(handler);
        }
    }
}
