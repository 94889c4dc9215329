package org.joinedup.server.opendata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Upper-tier local authority to ICB cross-walk (hierarchy {@code crosswalk}).
 *
 * <p>No LSOA/LA to ICB lookup is shipped, so the cross-walk is built only from what the shipped files
 * support: an upper-tier authority is assigned to an ICB when the ICB's name names it (or names the
 * metropolitan county of a metropolitan district), e.g. "NHS Derby and Derbyshire ICB" covers Derby and
 * Derbyshire. Each assignment is whole (weight 1 = the whole LA population), and an LA named by more than
 * one ICB, or by none, is left out and counted in the {@link LoadReport}. See docs/opendata.md for the
 * limits of this method.
 */
final class CrosswalkBuilder {

    static final String DATASET = "crosswalk (utla -> icb)";
    static final LocalDate[] SNAPSHOTS = {LocalDate.of(2023, 1, 1), LocalDate.of(2026, 8, 1)};

    private final ShippedGeography g;
    private final GeographyBuilder gb;
    private final LoadReport report;

    CrosswalkBuilder(ShippedGeography g, GeographyBuilder gb, LoadReport report) {
        this.g = g;
        this.gb = gb;
        this.report = report;
    }

    void build() {
        Map<String, String> metCountyOf = new LinkedHashMap<>();
        gb.metCountyDistricts.forEach((county, ds) -> ds.forEach(d -> metCountyOf.put(d, norm(county))));
        Set<String> done = new HashSet<>();
        for (LocalDate snapshot : SNAPSHOTS) {
            List<AreaRow> icbs = g.areasOfType("icb", snapshot);
            Map<String, Set<String>> phrases = new LinkedHashMap<>();
            for (AreaRow icb : icbs) {
                phrases.put(icb.code(), phrases(icb.name()));
            }
            for (AreaRow la : g.areasOfType("utla", snapshot)) {
                String name = norm(la.name());
                String met = metCountyOf.get(la.code());
                List<AreaRow> hits = new ArrayList<>();
                for (AreaRow icb : icbs) {
                    Set<String> p = phrases.get(icb.code());
                    if (p.contains(name) || (met != null && p.contains(met))) {
                        hits.add(icb);
                    }
                }
                if (hits.size() != 1) {
                    report.skip(
                            DATASET,
                            (hits.isEmpty() ? "no ICB names this LA" : "LA named by more than one ICB") + " ("
                                    + (snapshot.getYear() < 2026 ? "2022" : "2026") + " structure)");
                    continue;
                }
                AreaRow icb = hits.get(0);
                if (!done.add(la.code() + ">" + icb.code())) {
                    continue; // same ICB area across both structures: one link
                }
                LocalDate from = later(la.validFrom(), icb.validFrom());
                LocalDate to = earlier(la.validTo(), icb.validTo());
                g.link(new AreaLinkRow(la.code(), icb.code(), GeographyBuilder.CROSSWALK, from, to, 1.0));
            }
        }
    }

    /** Place names an ICB name lists: "NHS Bath and North East Somerset, Swindon and Wiltshire ICB". */
    static Set<String> phrases(String icbName) {
        String core = icbName.replaceFirst("^NHS ", "")
                .replace(" Integrated Care Board", "")
                .replace(" ICB", "");
        List<String> tokens = new ArrayList<>();
        for (String part : core.split(", ")) {
            for (String t : part.split(" and ")) {
                tokens.add(t);
            }
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = i; j < Math.min(tokens.size(), i + 3); j++) {
                if (j > i) {
                    sb.append(" and ");
                }
                sb.append(tokens.get(j));
                out.add(norm(sb.toString()));
            }
        }
        return out;
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT)
                .replace(", city of", "")
                .replace(", county of", "")
                .replace(" (county council)", "")
                .replaceFirst("^the ", "")
                .trim();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
