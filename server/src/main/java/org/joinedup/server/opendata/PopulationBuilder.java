package org.joinedup.server.opendata;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Population denominators: ONS mid-2021 by LA, sex and 5-year band; GP-registered patients August 2026. */
final class PopulationBuilder {

    static final String DS_MYE21 = "population/ons_mye2021_lad_sex_single_year_age_uk.csv";
    static final String DS_GP = "population/gp-reg-pat-prac-sing-age-regions_2026-08.csv";
    static final LocalDate MID_2021 = LocalDate.of(2021, 6, 30);
    static final LocalDate GP_EXTRACT = LocalDate.of(2026, 8, 1);

    private final OpenDataSource source;
    private final ShippedGeography g;
    private final LoadReport report;

    PopulationBuilder(OpenDataSource source, ShippedGeography g, LoadReport report) {
        this.source = source;
        this.g = g;
        this.report = report;
    }

    /** {@code 0-4}, ..., {@code 85-89}, {@code 90+} (90 in the source is 90 and over). */
    static String band(int age) {
        if (age >= 90) {
            return "90+";
        }
        int lo = age / 5 * 5;
        return lo + "-" + (lo + 4);
    }

    List<PopulationRow> build() throws IOException {
        List<PopulationRow> out = new ArrayList<>();
        Map<String, Long> acc = new TreeMap<>();
        Csv.read(source.open(DS_MYE21), r -> {
            report.read(DS_MYE21);
            String code = r.get("ladcode21");
            if (!code.startsWith("E")) {
                report.skip(DS_MYE21, "not an English local authority");
                return;
            }
            if (g.resolve(code, MID_2021).isEmpty()) {
                report.skip(DS_MYE21, "area code not in geography on 2021-06-30");
                return;
            }
            String sex = "1".equals(r.get("sex")) ? "M" : "F";
            String band = band(Integer.parseInt(r.get("age")));
            long n = Long.parseLong(r.get("population_2021"));
            acc.merge(code + "|" + sex + "|" + band, n, Long::sum);
            // counties: sum of their districts (local_government parent of an ltla)
            AreaRow a = g.area(code).orElseThrow();
            if ("ltla".equals(a.type())) {
                g.parent(code, GeographyBuilder.LOCAL_GOVERNMENT, MID_2021)
                        .filter(p -> "utla".equals(g.area(p).orElseThrow().type()))
                        .ifPresent(p -> acc.merge(p + "|" + sex + "|" + band, n, Long::sum));
            }
        });
        acc.forEach((k, n) -> {
            String[] p = k.split("\\|");
            out.add(new PopulationRow(PopulationRow.ONS_MYE_2021, p[0], "2021", p[1], p[2], n));
        });

        Map<String, Long> gp = new TreeMap<>();
        Csv.read(source.open(DS_GP), r -> {
            report.read(DS_GP);
            String org = r.get("ORG_CODE");
            if (GeographyBuilder.isUnallocatedPcn(org)) {
                report.skip(DS_GP, "unallocated PCN (practices not in a PCN)");
                return;
            }
            AreaRow a = g.resolve(org, GP_EXTRACT).orElse(null);
            if (a == null) {
                report.skip(DS_GP, "org code not in geography on 2026-08-01");
                return;
            }
            String sexIn = r.get("SEX");
            String age = r.get("AGE");
            long n = Long.parseLong(r.get("NUMBER_OF_PATIENTS"));
            if ("ALL".equals(sexIn)) {
                if ("ALL".equals(age)) {
                    gp.merge(a.code() + "|persons|all", n, Long::sum);
                }
                return;
            }
            String sex = "MALE".equals(sexIn) ? "M" : "F";
            if ("ALL".equals(age)) {
                gp.merge(a.code() + "|" + sex + "|all", n, Long::sum);
                return;
            }
            int years = Integer.parseInt(age.replace("+", ""));
            if (years >= 65) {
                gp.merge(a.code() + "|" + sex + "|65+", n, Long::sum);
                gp.merge(a.code() + "|persons|65+", n, Long::sum);
            }
        });
        gp.forEach((k, n) -> {
            String[] p = k.split("\\|");
            out.add(new PopulationRow(PopulationRow.GP_REGISTERED, p[0], "2026-08", p[1], p[2], n));
        });
        return out;
    }
}
