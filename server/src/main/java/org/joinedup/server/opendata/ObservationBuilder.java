package org.joinedup.server.opendata;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns the shipped statistics into canonical submission rows valid against the emitted geography. */
final class ObservationBuilder {

    static final String DS_AE = "nhs_ae/ae_attendances.csv";
    static final String DS_DISCHARGE = "discharge/acute_discharge_sitrep_table2_daily_tidy.csv";
    static final String DS_OFLOG = "social_care/oflog_adult_social_care_metrics_by_la_2015_2023.csv";
    static final String DS_BCF = "social_care/hf_bcf_intermediate_care_reablement_by_la.csv";

    /** Oflog measure code -> catalogue metric id. ASC2 is deliberately absent: see docs/opendata.md. */
    static final Map<String, String> OFLOG_METRICS = Map.of(
            "ASC1", "ascof_1d_carer_qol",
            "ASC3", "ascof_3d1_info_users",
            "ASC4", "ascof_3d2_info_carers",
            "ASC5", "asc_short_term_sequel",
            "ASC6", "asc_requests_resulting_service",
            "ASC7", "asc_workforce_turnover");

    static final String[][] FINGERTIPS_METRICS = {
        {GeographyBuilder.FINGERTIPS[0], "falls_65_dsr", "fy"},
        {GeographyBuilder.FINGERTIPS[1], "deaths_usual_residence_65", "year"},
        {GeographyBuilder.FINGERTIPS[2], "dementia_diagnosis_65", "year"},
    };

    private final OpenDataSource source;
    private final ShippedGeography g;
    private final GeographyBuilder gb;
    private final LoadReport report;
    private final List<CanonicalRow> rows = new ArrayList<>();

    ObservationBuilder(OpenDataSource source, ShippedGeography g, GeographyBuilder gb, LoadReport report) {
        this.source = source;
        this.g = g;
        this.gb = gb;
        this.report = report;
    }

    List<CanonicalRow> build() throws IOException {
        ae();
        discharge();
        fingertips();
        oflog();
        bcf();
        return rows;
    }

    /**
     * Adds a row if its area exists and is valid over the whole period, else counts it as skipped. Returns
     * whether it was added.
     */
    private boolean emit(String dataset, CanonicalRow row, LocalDate[] span) {
        List<AreaRow> areas = g.resolveAll(row.areaCode());
        if (areas.isEmpty()) {
            report.skip(dataset, "area code not in geography");
            return false;
        }
        AreaRow a = g.resolve(row.areaCode(), span[0]).orElse(null);
        if (a == null || !a.validOn(span[1])) {
            report.skip(dataset, "area not valid for the whole period (opened, closed or reorganised)");
            return false;
        }
        rows.add(row);
        return true;
    }

    // ---------------------------------------------------------------- A&E

    private void ae() throws IOException {
        // trust -> month -> [attendances, breaches, admissions] for the total row
        Map<String, long[]> totals = new TreeMap<>();
        Csv.read(source.open(DS_AE), r -> {
            report.read(DS_AE);
            String org = r.get("org_code");
            LocalDate month = LocalDate.parse(r.get("period"));
            List<AreaRow> areas = g.resolveAll(org);
            if (areas.isEmpty() || !"trust".equals(areas.get(0).type())) {
                report.skip(
                        DS_AE,
                        org.length() == 3 && org.charAt(0) == 'R'
                                ? "NHS trust code not in the 2022 trust list (merged or dissolved)"
                                : "org code not an NHS trust (independent sector provider or minor unit)");
                return;
            }
            String period = Periods.month(month);
            LocalDate[] span = Periods.monthSpan(period);
            AreaRow trust = areas.get(0);
            if (!trust.validOn(span[0]) || !trust.validOn(span[1])) {
                report.skip(DS_AE, "trust not open for the whole month");
                return;
            }
            long att = Long.parseLong(r.get("attendances"));
            long br = Long.parseLong(r.get("breaches"));
            long adm = Long.parseLong(r.get("admissions"));
            String type = r.get("type");
            aeRows(DS_AE, org, period, "ae_type=" + type, att, br, adm, span);
            long[] t = totals.computeIfAbsent(org + "|" + period, k -> new long[3]);
            t[0] += att;
            t[1] += br;
            t[2] += adm;
        });
        for (Map.Entry<String, long[]> e : totals.entrySet()) {
            String[] k = e.getKey().split("\\|");
            long[] t = e.getValue();
            aeRows(DS_AE + " (total)", k[0], k[1], "", t[0], t[1], t[2], Periods.monthSpan(k[1]));
        }
    }

    private void aeRows(
            String ds, String org, String period, String breakdown, long att, long br, long adm, LocalDate[] span) {
        if (br > att) {
            report.skip(ds, "breaches exceed attendances");
            return;
        }
        if (att > 0) {
            emit(
                    ds,
                    new CanonicalRow(
                            "ae_4hr", org, period, breakdown, (double) (att - br), (double) att, null, "final"),
                    span);
        } else {
            report.skip(ds, "ae_4hr: zero attendances (no denominator)");
        }
        emit(
                ds,
                new CanonicalRow("ae_attendances", org, period, breakdown, (double) att, null, (double) att, "final"),
                span);
        emit(
                ds,
                new CanonicalRow("ae_admissions", org, period, breakdown, (double) adm, null, (double) adm, "final"),
                span);
    }

    // ---------------------------------------------------------------- discharge

    private void discharge() throws IOException {
        // area|month -> [days, sum remaining, sum discharged, sum ncr]
        Map<String, long[]> acc = new TreeMap<>();
        Csv.read(source.open(DS_DISCHARGE), r -> {
            report.read(DS_DISCHARGE);
            String level = r.get("level");
            LocalDate day = LocalDate.parse(r.get("date"));
            String area;
            switch (level) {
                case "national" -> area = ShippedGeography.ENGLAND;
                case "region" -> area = gb.regionByName.get(r.get("org_name").toUpperCase());
                case "icb" ->
                    area = g.resolve(r.get("org_code"), day).map(AreaRow::code).orElse(null);
                case "trust" ->
                    area = g.resolve(r.get("org_code"), day).map(AreaRow::code).orElse(null);
                default -> area = null;
            }
            if (area == null) {
                if ("icb".equals(level) && day.isBefore(GeographyBuilder.ICB_2022_FROM)) {
                    report.skip(DS_DISCHARGE, "ICB row before ICBs were established (2022-07-01)");
                } else {
                    report.skip(DS_DISCHARGE, level + " not resolvable to an area on the day");
                }
                return;
            }
            String ncr = r.get("no_longer_meet_criteria_to_reside");
            String dis = r.get("discharged");
            String rem = r.get("remaining_not_meeting_criteria_to_reside");
            if (!isCount(ncr) || !isCount(dis) || !isCount(rem)) {
                report.skip(DS_DISCHARGE, "missing or non-numeric count (NA or suppressed)");
                return;
            }
            long[] a = acc.computeIfAbsent(area + "|" + Periods.month(day), k -> new long[4]);
            a[0]++;
            a[1] += Long.parseLong(rem);
            a[2] += Long.parseLong(dis);
            a[3] += Long.parseLong(ncr);
        });
        for (Map.Entry<String, long[]> e : acc.entrySet()) {
            String[] k = e.getKey().split("\\|");
            long[] a = e.getValue();
            LocalDate[] span = Periods.monthSpan(k[1]);
            String st = CanonicalRow.PROVISIONAL;
            emit(
                    DS_DISCHARGE + " (monthly)",
                    new CanonicalRow(
                            "discharge_delay_patients", k[0], k[1], "", (double) a[1], (double) a[0], null, st),
                    span);
            if (a[3] > 0) {
                emit(
                        DS_DISCHARGE + " (monthly)",
                        new CanonicalRow(
                                "discharge_ncr_discharged_pct", k[0], k[1], "", (double) a[2], (double) a[3], null, st),
                        span);
            } else {
                report.skip(
                        DS_DISCHARGE + " (monthly)",
                        "discharge_ncr_discharged_pct: no patients no longer meeting criteria");
            }
        }
    }

    private static boolean isCount(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- Fingertips

    private void fingertips() throws IOException {
        for (String[] f : FINGERTIPS_METRICS) {
            String ds = f[0];
            Csv.read(source.open(ds), r -> {
                report.read(ds);
                String v = r.get("value");
                if (v.isEmpty() || "NA".equals(v)) {
                    report.skip(ds, "value NA (not published or suppressed)");
                    return;
                }
                String period;
                LocalDate[] span;
                if ("fy".equals(f[2])) {
                    period = Periods.financialYear(r.get("period"));
                    span = Periods.fySpan(period);
                } else {
                    period = r.get("period");
                    span = Periods.yearSpan(period);
                }
                emit(
                        ds,
                        new CanonicalRow(
                                f[1], r.get("area_code"), period, "", null, null, Double.parseDouble(v), "final"),
                        span);
            });
        }
    }

    // ---------------------------------------------------------------- Oflog ASCOF

    private void oflog() throws IOException {
        Csv.read(source.open(DS_OFLOG), r -> {
            report.read(DS_OFLOG);
            String code = r.get("Code");
            String metric = OFLOG_METRICS.get(code);
            if (metric == null) {
                report.skip(DS_OFLOG, "ASC2 quality of life: values are on a 0-1 scale, not the ASCOF 1A 0-24 score");
                return;
            }
            String v = r.get("Value");
            if (v.isEmpty() || "NA".equals(v)) {
                report.skip(DS_OFLOG, "value NA or empty");
                return;
            }
            String period = Periods.financialYear(r.get("Financial year"));
            emit(
                    DS_OFLOG,
                    new CanonicalRow(
                            metric,
                            r.get("Local authority code"),
                            period,
                            "",
                            null,
                            null,
                            Double.parseDouble(v),
                            "final"),
                    Periods.fySpan(period));
        });
    }

    // ---------------------------------------------------------------- BCF

    /** BCF planned spend is for 2023-24; the reablement episodes and populations are for 2022-23. */
    static final String BCF_SPEND_PERIOD = "2023-24";

    private void bcf() throws IOException {
        Csv.read(source.open(DS_BCF), r -> {
            report.read(DS_BCF);
            String code = r.get("Code");
            if (!code.startsWith("E")) {
                report.skip(DS_BCF, "not a local authority row (" + code + ")");
                return;
            }
            String date = r.get("date");
            if ("NA".equals(date) || date.isEmpty()) {
                report.skip(DS_BCF, "no population date (NA)");
                return;
            }
            String epPeriod = Periods.financialYearOf(LocalDate.parse(date));
            Double bed = num(r.get("Bed based intermediate Care Services"));
            Double reab = num(r.get("Reablement in a persons own home"));
            Double pop = num(r.get("population"));
            if (bed == null || reab == null || pop == null || pop <= 0) {
                report.skip(DS_BCF, "bcf_ic_spend_per_head: spend or population NA");
            } else {
                double spend = bed + reab;
                emit(
                        DS_BCF,
                        new CanonicalRow(
                                "bcf_ic_spend_per_head", code, BCF_SPEND_PERIOD, "", spend, pop, spend / pop, "final"),
                        Periods.fySpan(BCF_SPEND_PERIOD));
            }
            Double ep = num(r.get("episodes_over65"));
            Double pop65 = num(r.get("over_65_pop.y"));
            if (ep == null || pop65 == null || pop65 <= 0) {
                report.skip(DS_BCF, "reablement_episodes_65_per_100k: episodes or 65+ population NA");
            } else {
                emit(
                        DS_BCF,
                        new CanonicalRow(
                                "reablement_episodes_65_per_100k",
                                code,
                                epPeriod,
                                "",
                                ep,
                                pop65,
                                ep / pop65 * 100000,
                                "final"),
                        Periods.fySpan(epPeriod));
            }
        });
    }

    private static Double num(String s) {
        if (s == null || s.isEmpty() || "NA".equals(s)) {
            return null;
        }
        return Double.parseDouble(s);
    }
}
