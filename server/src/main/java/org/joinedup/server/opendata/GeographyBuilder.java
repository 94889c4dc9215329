package org.joinedup.server.opendata;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the canonical geography from the shipped ODS/ONS files. */
final class GeographyBuilder {

    static final LocalDate ICB_2022_FROM = LocalDate.of(2022, 7, 1);
    static final LocalDate ICB_2022_TO = LocalDate.of(2026, 3, 31);
    static final LocalDate STRUCTURE_2026_FROM = LocalDate.of(2026, 4, 1);

    static final String NHS = "nhs";
    static final String LOCAL_GOVERNMENT = "local_government";
    static final String PROVIDER = "provider";
    static final String CROSSWALK = "crosswalk";

    private static final String DS_MAP = "geography/gp-reg-pat-prac-map_2026-08.csv";
    private static final String DS_ICB22 = "geography/icb_2022_ods_ons_names.csv";
    private static final String DS_TRUST = "geography/nhs_trust_metadata_icb_region.csv";
    private static final String DS_MYE20 = "population/ons_mye2020_persons_single_year_age_uk_admin_areas.csv";
    private static final String DS_CHANGES = "geography/la_boundary_changes.csv";
    static final String[] FINGERTIPS = {
        "fingertips_la/admissions_falls.csv", "fingertips_la/deaths_at_home.csv", "fingertips_la/dementia_diagnosis.csv"
    };

    private final OpenDataSource source;
    private final LoadReport report;
    private final ShippedGeography g = new ShippedGeography();

    /** NHS region ODS (Y code) -> area code (E40). */
    final Map<String, String> regionByOds = new HashMap<>();
    /** NHS region upper-case name -> area code, for the discharge SitRep. */
    final Map<String, String> regionByName = new HashMap<>();
    /** Metropolitan county name -> its district codes (used by the crosswalk and combined authorities). */
    final Map<String, List<String>> metCountyDistricts = new LinkedHashMap<>();
    /** Metropolitan county name -> region code. */
    final Map<String, String> metCountyRegion = new HashMap<>();
    /** LA code -> population mid-2020, for weights. */
    final Map<String, Long> laPopulation2020 = new HashMap<>();

    GeographyBuilder(OpenDataSource source, LoadReport report) {
        this.source = source;
        this.report = report;
    }

    ShippedGeography build() throws IOException {
        g.add(new AreaRow(ShippedGeography.ENGLAND, null, ShippedGeography.ENGLAND, "England", "country", null, null));
        List<Csv.Row> map = new ArrayList<>();
        Csv.read(source.open(DS_MAP), r -> {
            report.read(DS_MAP);
            map.add(r);
        });
        buildNhsRegions(map);
        buildIcbs(map);
        buildPrimaryCare(map);
        buildTrusts();
        buildLocalGovernment();
        new CrosswalkBuilder(g, this, report).build();
        return g;
    }

    private void buildNhsRegions(List<Csv.Row> map) {
        for (Csv.Row r : map) {
            String ods = r.get("COMM_REGION_CODE");
            if (regionByOds.containsKey(ods)) {
                continue;
            }
            String ons = r.get("ONS_COMM_REGION_CODE");
            String name = r.get("COMM_REGION_NAME");
            g.add(new AreaRow(ons, ods, ons, name, "nhs_region", null, null));
            g.link(new AreaLinkRow(ons, ShippedGeography.ENGLAND, NHS, null, null, null));
            regionByOds.put(ods, ons);
            regionByName.put(name.toUpperCase(), ons);
        }
    }

    private void buildIcbs(List<Csv.Row> map) throws IOException {
        // 2026 structure: ODS -> [ons, name, region ODS]
        Map<String, String[]> icb26 = new TreeMap<>();
        for (Csv.Row r : map) {
            icb26.putIfAbsent(
                    r.get("ICB_CODE"),
                    new String[] {r.get("ONS_ICB_CODE"), r.get("ICB_NAME"), r.get("COMM_REGION_CODE")});
        }
        // 2022 ICB -> region from the trust metadata (the ICB each trust sits in, and its region).
        Map<String, String> icb22Region = new HashMap<>();
        Csv.read(source.open(DS_TRUST), r -> {
            if (!"NA".equals(r.get("ICB_Code"))) {
                icb22Region.putIfAbsent(r.get("ICB_Code"), r.get("National_grouping"));
            }
        });
        List<String[]> icb22 = new ArrayList<>();
        Csv.read(source.open(DS_ICB22), r -> {
            report.read(DS_ICB22);
            String ons = r.get("ICB_Boundary_Code");
            if (!ons.startsWith("E54")) {
                report.skip(DS_ICB22, "not an English ICB (" + r.get("ICB_Name") + ")");
                return;
            }
            icb22.add(new String[] {r.get("ICB_ODS_Code"), ons, r.get("ICB_Name")});
        });
        for (String[] i : icb22) {
            String ods = i[0];
            String[] later = icb26.get(ods);
            boolean continuing = later != null && later[0].equals(i[1]);
            LocalDate to = continuing ? null : ICB_2022_TO;
            g.add(new AreaRow(i[1], ods, i[1], i[2], "icb", ICB_2022_FROM, to));
            String regionOds = continuing ? later[2] : icb22Region.get(ods);
            if (regionOds == null) {
                report.note("2022 ICB without a derivable NHS region: " + ods);
                continue;
            }
            if (continuing
                    && icb22Region.containsKey(ods)
                    && !icb22Region.get(ods).equals(later[2])) {
                report.note("ICB region differs between trust metadata and 2026 map: " + ods);
            }
            g.link(new AreaLinkRow(i[1], regionByOds.get(regionOds), NHS, ICB_2022_FROM, to, null));
        }
        for (Map.Entry<String, String[]> e : icb26.entrySet()) {
            String[] v = e.getValue();
            if (g.contains(v[0])) {
                continue; // continuing ICB, already valid across both structures
            }
            g.add(new AreaRow(v[0], e.getKey(), v[0], v[1], "icb", STRUCTURE_2026_FROM, null));
            g.link(new AreaLinkRow(v[0], regionByOds.get(v[2]), NHS, STRUCTURE_2026_FROM, null, null));
        }
    }

    private void buildPrimaryCare(List<Csv.Row> map) {
        // sub-ICB locations
        for (Csv.Row r : map) {
            String ons = r.get("ONS_SUB_ICB_LOCATION_CODE");
            if (g.contains(ons)) {
                continue;
            }
            AreaRow icb = g.resolve(r.get("ICB_CODE"), STRUCTURE_2026_FROM).orElseThrow();
            LocalDate from = ICB_2022_FROM.equals(icb.validFrom()) ? ICB_2022_FROM : STRUCTURE_2026_FROM;
            g.add(new AreaRow(
                    ons, r.get("SUB_ICB_LOCATION_CODE"), ons, r.get("SUB_ICB_LOCATION_NAME"), "sub_icb", from, null));
            g.link(new AreaLinkRow(ons, icb.code(), NHS, from, null, null));
        }
        // PCNs: parent = the sub-ICB holding most of the PCN's practices
        Map<String, Map<String, Integer>> pcnSubs = new LinkedHashMap<>();
        Map<String, String> pcnNames = new HashMap<>();
        for (Csv.Row r : map) {
            String pcn = r.get("PCN_CODE");
            if (isUnallocatedPcn(pcn)) {
                continue;
            }
            pcnNames.putIfAbsent(pcn, r.get("PCN_NAME"));
            pcnSubs.computeIfAbsent(pcn, k -> new TreeMap<>())
                    .merge(r.get("ONS_SUB_ICB_LOCATION_CODE"), 1, Integer::sum);
        }
        for (Map.Entry<String, Map<String, Integer>> e : pcnSubs.entrySet()) {
            String best = null;
            int bestN = -1;
            for (Map.Entry<String, Integer> s : e.getValue().entrySet()) {
                if (s.getValue() > bestN) {
                    best = s.getKey();
                    bestN = s.getValue();
                }
            }
            if (e.getValue().size() > 1) {
                report.note("PCN with practices in more than one sub-ICB (linked to the majority sub-ICB)");
            }
            g.add(new AreaRow(e.getKey(), e.getKey(), null, pcnNames.get(e.getKey()), "pcn", null, null));
            g.link(new AreaLinkRow(e.getKey(), best, NHS, STRUCTURE_2026_FROM, null, null));
        }
        for (Csv.Row r : map) {
            String code = r.get("PRACTICE_CODE");
            String pcn = r.get("PCN_CODE");
            g.add(new AreaRow(code, code, null, r.get("PRACTICE_NAME"), "gp_practice", null, null));
            if (isUnallocatedPcn(pcn)) {
                report.note("practice not in a PCN (linked to its sub-ICB)");
                g.link(new AreaLinkRow(code, r.get("ONS_SUB_ICB_LOCATION_CODE"), NHS, STRUCTURE_2026_FROM, null, null));
            } else {
                g.link(new AreaLinkRow(code, pcn, NHS, STRUCTURE_2026_FROM, null, null));
            }
        }
    }

    static boolean isUnallocatedPcn(String pcn) {
        return pcn.isEmpty() || "U".equals(pcn);
    }

    private void buildTrusts() throws IOException {
        Csv.read(source.open(DS_TRUST), r -> {
            report.read(DS_TRUST);
            String grouping = r.get("National_grouping");
            String regionCode = regionByOds.get(grouping);
            if (regionCode == null) {
                report.skip(DS_TRUST, "not an English NHS region (" + grouping + ")");
                return;
            }
            String code = r.get("Trust_ODS_Code");
            LocalDate open = date(r.get("Open_date"));
            LocalDate close = date(r.get("Close_date"));
            g.add(new AreaRow(code, code, null, r.get("Trust_Name"), "trust", open, close));
            AreaRow icb = g.resolve(r.get("ICB_Code"), ICB_2022_FROM).orElse(null);
            LocalDate icbFrom = max(open, ICB_2022_FROM);
            LocalDate icbTo = icb == null ? null : min(close, icb.validTo());
            boolean icbLink = icb != null && (icbTo == null || !icbTo.isBefore(icbFrom));
            if (icb == null) {
                report.note("trust whose ICB is not a 2022 ICB: " + code);
            }
            if (icbLink) {
                g.link(new AreaLinkRow(code, icb.code(), PROVIDER, icbFrom, icbTo, null));
            }
            // region link wherever there is no ICB link: before July 2022, and after an abolished ICB ends
            if (!icbLink) {
                g.link(new AreaLinkRow(code, regionCode, PROVIDER, open, close, null));
                return;
            }
            if (open == null || open.isBefore(ICB_2022_FROM)) {
                g.link(new AreaLinkRow(code, regionCode, PROVIDER, open, ICB_2022_FROM.minusDays(1), null));
            }
            if (icbTo != null && (close == null || close.isAfter(icbTo))) {
                g.link(new AreaLinkRow(code, regionCode, PROVIDER, icbTo.plusDays(1), close, null));
            }
        });
    }

    private void buildLocalGovernment() throws IOException {
        // Boundary changes: project-authored table of documented ONS code changes.
        Map<String, Csv.Row> changes = new LinkedHashMap<>();
        Csv.read(source.open(DS_CHANGES), r -> changes.put(r.get("code"), r));

        record La(String code, String name, String type, String parent, String hierarchyParentKind) {}
        List<La> las = new ArrayList<>();
        String region = null;
        String county = null;
        String metCounty = null;
        List<String[]> mye = new ArrayList<>();
        Csv.read(source.open(DS_MYE20), r -> {
            report.read(DS_MYE20);
            mye.add(new String[] {r.get("code"), r.get("name"), r.get("geography"), r.get("all_ages")});
        });
        for (String[] m : mye) {
            String code = m[0];
            String name = m[1];
            String kind = m[2];
            if (!code.startsWith("E")) {
                report.skip(DS_MYE20, "not an English area (" + kind + ")");
                continue;
            }
            laPopulation2020.put(code, Long.parseLong(m[3]));
            switch (kind) {
                case "Country" -> {}
                case "Region" -> {
                    region = code;
                    county = null;
                    metCounty = null;
                    g.add(new AreaRow(code, null, code, name, "region", null, null));
                    g.link(new AreaLinkRow(code, ShippedGeography.ENGLAND, LOCAL_GOVERNMENT, null, null, null));
                }
                case "Metropolitan County" -> {
                    county = null;
                    metCounty = name.replace(" (Met County)", "");
                    metCountyDistricts.put(metCounty, new ArrayList<>());
                    metCountyRegion.put(metCounty, region);
                }
                case "County" -> {
                    county = code;
                    metCounty = null;
                    las.add(new La(code, name, "utla", region, "region"));
                }
                case "Non-metropolitan District" -> {
                    if (county == null) {
                        report.note("district without a derivable county: " + code);
                        las.add(new La(code, name, "ltla", region, "region"));
                    } else {
                        las.add(new La(code, name, "ltla", county, "county"));
                    }
                }
                case "Metropolitan District" -> {
                    if (metCounty != null) {
                        metCountyDistricts.get(metCounty).add(code);
                    }
                    las.add(new La(code, name, "utla", region, "region"));
                }
                case "Unitary Authority", "London Borough" -> {
                    county = null;
                    metCounty = null;
                    las.add(new La(code, name, "utla", region, "region"));
                }
                default -> report.skip(DS_MYE20, "unexpected geography " + kind);
            }
        }
        Map<String, La> laByCode = new LinkedHashMap<>();
        las.forEach(l -> laByCode.put(l.code(), l));
        // legacy areas that appear in the data but not in the 2021 geography
        for (Csv.Row c : changes.values()) {
            if (!laByCode.containsKey(c.get("code"))) {
                String parent = c.get("parent");
                laByCode.put(
                        c.get("code"),
                        new La(
                                c.get("code"),
                                c.get("name"),
                                c.get("type"),
                                parent,
                                parent.startsWith("E12") ? "region" : "county"));
            }
        }
        Map<String, LocalDate[]> validity = new HashMap<>();
        for (La l : laByCode.values()) {
            Csv.Row c = changes.get(l.code());
            LocalDate from = c == null ? null : date(c.get("valid_from"));
            LocalDate to = c == null ? null : date(c.get("valid_to"));
            if (to == null && "county".equals(l.hierarchyParentKind())) {
                Csv.Row pc = changes.get(l.parent());
                if (pc != null && date(pc.get("valid_to")) != null) {
                    to = date(pc.get("valid_to")); // districts end with their county
                }
            }
            validity.put(l.code(), new LocalDate[] {from, to});
            g.add(new AreaRow(l.code(), null, l.code(), l.name(), l.type(), from, to));
        }
        for (La l : laByCode.values()) {
            LocalDate[] v = validity.get(l.code());
            g.link(new AreaLinkRow(l.code(), l.parent(), LOCAL_GOVERNMENT, v[0], v[1], null));
        }
        // Combined authorities, as named in the Fingertips files; region via the metropolitan county of the
        // same name.
        Map<String, String> cas = new TreeMap<>();
        for (String f : FINGERTIPS) {
            Csv.read(source.open(f), r -> {
                if (r.get("area_code").startsWith("E47")) {
                    cas.putIfAbsent(r.get("area_code"), r.get("area_name"));
                }
            });
        }
        for (Map.Entry<String, String> ca : cas.entrySet()) {
            g.add(new AreaRow(ca.getKey(), null, ca.getKey(), ca.getValue(), "combined_authority", null, null));
            String reg = metCountyRegion.get(ca.getValue());
            if (reg == null) {
                report.note("combined authority without a derivable region (linked to England): " + ca.getKey());
                reg = ShippedGeography.ENGLAND;
            }
            g.link(new AreaLinkRow(ca.getKey(), reg, LOCAL_GOVERNMENT, null, null, null));
        }
    }

    static LocalDate date(String s) {
        return s == null || s.isEmpty() || "NA".equals(s) ? null : LocalDate.parse(s);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null || a.isBefore(b) ? b : a;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }
}
