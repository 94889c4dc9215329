package org.joinedup.server.opendata;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;

/** Writes the canonical files of docs/formats.md: areas.csv, area_links.csv and submission rows. */
public final class OpenDataCsvWriter {

    private OpenDataCsvWriter() {}

    public static void writeAreas(Iterable<AreaRow> areas, Writer w) throws IOException {
        w.write("code,ods_code,ons_code,name,type,valid_from,valid_to\r\n");
        for (AreaRow a : areas) {
            line(w, a.code(), a.odsCode(), a.onsCode(), a.name(), a.type(), d(a.validFrom()), d(a.validTo()));
        }
    }

    public static void writeLinks(Iterable<AreaLinkRow> links, Writer w) throws IOException {
        w.write("child,parent,hierarchy,valid_from,valid_to,weight\r\n");
        for (AreaLinkRow l : links) {
            line(w, l.child(), l.parent(), l.hierarchy(), d(l.validFrom()), d(l.validTo()), n(l.weight()));
        }
    }

    public static void writeRows(Iterable<CanonicalRow> rows, Writer w) throws IOException {
        w.write("metric,area_code,period,breakdown,numerator,denominator,value,status\r\n");
        for (CanonicalRow r : rows) {
            line(
                    w,
                    r.metric(),
                    r.areaCode(),
                    r.period(),
                    r.breakdown(),
                    n(r.numerator()),
                    n(r.denominator()),
                    n(r.value()),
                    r.status());
        }
    }

    private static void line(Writer w, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(Csv.cell(cells[i]));
        }
        w.write("\r\n");
    }

    private static String d(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** Whole numbers without a decimal point; others in shortest round-trip form. */
    static String n(Double v) {
        if (v == null) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString(v.longValue());
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
