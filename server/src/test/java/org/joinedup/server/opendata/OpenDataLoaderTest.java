package org.joinedup.server.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenDataLoaderTest {

    static final Path BASE = locate();
    static OpenData data;

    static Path locate() {
        Path p = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
            if (Files.isDirectory(p.resolve("opendata/geography"))) {
                return p.resolve("opendata");
            }
        }
        throw new IllegalStateException(
                "opendata folder not found above " + Path.of("").toAbsolutePath());
    }

    @BeforeAll
    static void load() {
        data = OpenDataLoader.load(OpenDataSource.directory(BASE));
        System.out.println(data.report());
        System.out.println(data.summary());
    }

    ShippedGeography geo() {
        return data.geography();
    }

    @Test
    void loadsWellUnderTenSeconds() {
        assertThat(data.report().elapsedMillis()).isLessThan(10_000);
    }

    @Test
    void icbCountsPerStructure() {
        assertThat(geo().areasOfType("icb", LocalDate.of(2026, 8, 1))).hasSize(36);
        assertThat(geo().areasOfType("icb", LocalDate.of(2023, 1, 1))).hasSize(42);
        // unchanged ODS and ONS code: one area across both structures
        assertThat(geo().area("E54000050")).get().satisfies(a -> {
            assertThat(a.odsCode()).isEqualTo("QHM");
            assertThat(a.validFrom()).isEqualTo(LocalDate.of(2022, 7, 1));
            assertThat(a.validTo()).isNull();
        });
        // QRL kept its ODS code but has a new ONS code in 2026: resolved by date
        assertThat(geo().resolve("QRL", LocalDate.of(2024, 1, 1)).orElseThrow().code())
                .isEqualTo("E54000042");
        assertThat(geo().resolve("QRL", LocalDate.of(2026, 8, 1)).orElseThrow().code())
                .isEqualTo("E54000067");
        assertThat(geo().areasOfType("nhs_region", LocalDate.of(2026, 8, 1))).hasSize(7);
        assertThat(geo().areasOfType("sub_icb", LocalDate.of(2026, 8, 1))).hasSize(106);
    }

    @Test
    void everyPracticeHasAnAncestorChainToEngland() {
        LocalDate d = LocalDate.of(2026, 8, 1);
        List<AreaRow> practices = geo().areasOfType("gp_practice", d);
        assertThat(practices).hasSize(6129);
        for (AreaRow p : practices) {
            List<String> chain = geo().ancestors(p.code(), GeographyBuilder.NHS, d);
            assertThat(chain).as(p.code()).isNotEmpty().last().isEqualTo(ShippedGeography.ENGLAND);
            List<String> types =
                    chain.stream().map(c -> geo().area(c).orElseThrow().type()).toList();
            assertThat(types).as(p.code()).endsWith("sub_icb", "icb", "nhs_region", "country");
        }
    }

    @Test
    void districtsLinkToTheirCountyAndRegion() {
        LocalDate d = LocalDate.of(2021, 6, 30);
        // Allerdale -> Cumbria -> North West -> England
        assertThat(geo().ancestors("E07000026", GeographyBuilder.LOCAL_GOVERNMENT, d))
                .containsExactly("E10000006", "E12000002", ShippedGeography.ENGLAND);
        assertThat(geo().area("E07000026").orElseThrow().type()).isEqualTo("ltla");
        assertThat(geo().area("E10000006").orElseThrow().type()).isEqualTo("utla");
        assertThat(geo().parent("E47000001", GeographyBuilder.LOCAL_GOVERNMENT, d))
                .contains("E12000002");
        for (AreaRow a : geo().areasOfType("ltla", d)) {
            assertThat(geo().parent(a.code(), GeographyBuilder.LOCAL_GOVERNMENT, d))
                    .as(a.code())
                    .get()
                    .satisfies(p -> assertThat(p).startsWith("E10"));
        }
    }

    @Test
    void trustsLinkToIcbAfterJuly2022AndToRegionBefore() {
        // R0A Manchester University NHS FT, QOP Greater Manchester ICB
        assertThat(geo().parent("R0A", GeographyBuilder.PROVIDER, LocalDate.of(2023, 1, 1)))
                .contains("E54000057");
        assertThat(geo().parent("R0A", GeographyBuilder.PROVIDER, LocalDate.of(2018, 1, 1)))
                .contains("E40000014");
        assertThat(geo().area("RW6").orElseThrow().validTo()).isEqualTo(LocalDate.of(2021, 9, 30));
    }

    @Test
    void knownAeFourHourValue() {
        // ae_attendances.csv: 2017-03-01,RF4,1,21289,2879,5060
        CanonicalRow r = find("ae_4hr", "RF4", "2017-03", "ae_type=1");
        assertThat(r.numerator()).isEqualTo(21289.0 - 2879.0);
        assertThat(r.denominator()).isEqualTo(21289.0);
        assertThat(100 * r.numerator() / r.denominator()).isCloseTo(86.476, within(0.001));
        CanonicalRow total = find("ae_4hr", "RF4", "2017-03", "");
        assertThat(total.denominator()).isEqualTo(21289.0 + 813 + 2850);
        assertThat(total.numerator()).isEqualTo(21289.0 + 813 + 2850 - 2879 - 22 - 6);
        assertThat(find("ae_admissions", "RF4", "2017-03", "ae_type=1").value()).isEqualTo(5060.0);
    }

    @Test
    void dischargeNationalMonthlyAverageMatchesTheDailyFile() throws IOException {
        long sum = 0;
        int days = 0;
        long dis = 0;
        long ncr = 0;
        try (InputStream in = OpenDataSource.directory(BASE).open(ObservationBuilder.DS_DISCHARGE)) {
            String[] lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
            for (String line : lines) {
                String[] c = line.split(",");
                if (c[0].startsWith("2022-04") && c[1].equals("national")) {
                    days++;
                    ncr += Long.parseLong(c[5]);
                    dis += Long.parseLong(c[6]);
                    sum += Long.parseLong(c[7]);
                }
            }
        }
        assertThat(days).isEqualTo(30);
        CanonicalRow r = find("discharge_delay_patients", ShippedGeography.ENGLAND, "2022-04", "");
        assertThat(r.numerator()).isEqualTo((double) sum);
        assertThat(r.denominator()).isEqualTo(30.0);
        assertThat(r.status()).isEqualTo("provisional");
        CanonicalRow p = find("discharge_ncr_discharged_pct", ShippedGeography.ENGLAND, "2022-04", "");
        assertThat(p.numerator()).isEqualTo((double) dis);
        assertThat(p.denominator()).isEqualTo((double) ncr);
        // ICB rows use the 2022 ICB area codes, regions their E40 codes
        assertThat(find("discharge_delay_patients", "E54000056", "2023-01", "")).isNotNull();
        assertThat(find("discharge_delay_patients", "E40000013", "2023-01", "")).isNotNull();
        assertThat(data.report()
                        .skipped(ObservationBuilder.DS_DISCHARGE, "ICB row before ICBs were established (2022-07-01)"))
                .isPositive();
    }

    @Test
    void everyRowsAreaExistsAndIsValidInItsPeriod() {
        for (CanonicalRow r : data.rows()) {
            LocalDate[] span = span(r);
            assertThat(geo().resolve(r.areaCode(), span[0]))
                    .as(r.toString())
                    .get()
                    .satisfies(a -> assertThat(a.validOn(span[1])).isTrue());
            assertThat(r.numerator() != null || r.value() != null).isTrue();
            if (r.denominator() != null) {
                assertThat(r.denominator()).isPositive();
            }
        }
    }

    @Test
    void valuesOnExpectedScales() {
        assertThat(find("falls_65_dsr", ShippedGeography.ENGLAND, "2017-18", "").value())
                .isGreaterThan(1000);
        Map<String, Double> max = new HashMap<>();
        for (CanonicalRow r : data.rows()) {
            if (r.value() != null) {
                max.merge(r.metric(), r.value(), Math::max);
            }
        }
        assertThat(max.get("ascof_3d1_info_users")).isBetween(50.0, 100.0);
        assertThat(max.get("asc_short_term_sequel")).isLessThanOrEqualTo(100.0);
        assertThat(max.get("dementia_diagnosis_65")).isLessThanOrEqualTo(100.0);
        // Hartlepool: (995820 + 633569) / 72703
        CanonicalRow bcf = find("bcf_ic_spend_per_head", "E06000001", "2023-24", "");
        assertThat(bcf.value()).isCloseTo((995820.0 + 633569.0) / 72703.0, within(1e-9));
        assertThat(find("reablement_episodes_65_per_100k", "E06000001", "2022-23", "")
                        .value())
                .isCloseTo(1160.0 / 18336 * 100000, within(1e-6));
    }

    @Test
    void crosswalkWeightsSumToOnePerLaOnEachDate() {
        Map<String, List<AreaLinkRow>> byLa = geo().links().stream()
                .filter(l -> l.hierarchy().equals(GeographyBuilder.CROSSWALK))
                .collect(Collectors.groupingBy(AreaLinkRow::child));
        assertThat(byLa).isNotEmpty();
        for (LocalDate d : CrosswalkBuilder.SNAPSHOTS) {
            byLa.forEach((la, links) -> {
                double sum = links.stream()
                        .filter(l -> l.validOn(d))
                        .mapToDouble(AreaLinkRow::weight)
                        .sum();
                if (sum > 0) {
                    assertThat(sum).as(la + " on " + d).isCloseTo(1.0, within(1e-9));
                }
            });
        }
        // Derby and Derbyshire ICB names both its upper-tier authorities
        assertThat(geo().parent("E06000015", GeographyBuilder.CROSSWALK, LocalDate.of(2023, 1, 1)))
                .contains("E54000058");
        assertThat(geo().parent("E10000007", GeographyBuilder.CROSSWALK, LocalDate.of(2023, 1, 1)))
                .contains("E54000058");
    }

    @Test
    void populationTables() {
        long hartlepool = data.population().stream()
                .filter(p -> p.dataset().equals(PopulationRow.ONS_MYE_2021)
                        && p.areaCode().equals("E06000001"))
                .mapToLong(PopulationRow::population)
                .sum();
        assertThat(hartlepool).isBetween(90_000L, 95_000L);
        // counties are the sum of their districts
        assertThat(data.population().stream()
                        .filter(p -> p.dataset().equals(PopulationRow.ONS_MYE_2021)
                                && p.areaCode().equals("E10000006"))
                        .count())
                .isEqualTo(2 * 19);
        long icb65 = data.population().stream()
                .filter(p -> p.dataset().equals(PopulationRow.GP_REGISTERED)
                        && p.age().equals("65+")
                        && p.sex().equals("persons")
                        && geo().area(p.areaCode()).orElseThrow().type().equals("icb"))
                .count();
        assertThat(icb65).isEqualTo(36);
    }

    @Test
    void writersProduceCanonicalHeaders() throws IOException {
        StringWriter a = new StringWriter();
        OpenDataCsvWriter.writeAreas(geo().areas(), a);
        assertThat(a.toString()).startsWith("code,ods_code,ons_code,name,type,valid_from,valid_to\r\n");
        StringWriter l = new StringWriter();
        OpenDataCsvWriter.writeLinks(geo().links(), l);
        assertThat(l.toString()).startsWith("child,parent,hierarchy,valid_from,valid_to,weight\r\n");
        StringWriter r = new StringWriter();
        OpenDataCsvWriter.writeRows(data.rows().subList(0, 3), r);
        assertThat(r.toString()).startsWith("metric,area_code,period,breakdown,numerator,denominator,value,status\r\n");
        assertThat(OpenDataCsvWriter.n(0.00001)).isEqualTo("0.00001");
    }

    static LocalDate[] span(CanonicalRow r) {
        String p = r.period();
        if (p.length() == 4) {
            return Periods.yearSpan(p);
        }
        boolean fy = r.metric().startsWith("asc")
                || r.metric().startsWith("falls")
                || r.metric().startsWith("bcf")
                || r.metric().startsWith("reablement");
        return fy ? Periods.fySpan(p) : Periods.monthSpan(p);
    }

    CanonicalRow find(String metric, String area, String period, String breakdown) {
        return data.rows().stream()
                .filter(r -> r.metric().equals(metric)
                        && r.areaCode().equals(area)
                        && r.period().equals(period)
                        && r.breakdown().equals(breakdown))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + metric + " " + area + " " + period));
    }
}
