package org.joinedup.server.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.joinedup.core.geography.Area;
import org.joinedup.core.period.Period;
import org.joinedup.server.reference.ReferenceData;
import org.joinedup.server.store.ObservationQuery;
import org.joinedup.server.store.ObservationReader;
import org.springframework.stereotype.Service;

/** Writes stored observations as canonical submission CSV, so an export re-imports unchanged. */
@Service
public class ObservationExport {
    private final ObservationReader reader;
    private final ReferenceData reference;

    ObservationExport(ObservationReader reader, ReferenceData reference) {
        this.reader = reader;
        this.reference = reference;
    }

    /** What to export; empty lists mean everything, {@code asAt} null means current. */
    public record Request(List<String> metrics, List<String> areas, List<String> periods, Instant asAt) {}

    /** Writes the CSV and returns the number of observations written. */
    public long write(Request request, Writer out) {
        List<String> areaCodes = new ArrayList<>();
        for (String code : request.areas()) {
            Area area = reference
                    .geography()
                    .resolve(code)
                    .orElseThrow(() -> new IllegalArgumentException("unknown area: " + code));
            areaCodes.add(area.code());
        }
        List<String> periods = new ArrayList<>();
        for (String label : request.periods()) {
            periods.add(Period.parse(label).label());
        }
        ObservationQuery query = new ObservationQuery(request.metrics(), areaCodes, periods, false, request.asAt());
        StringBuilder buffer = new StringBuilder(1 << 16);
        CanonicalCsv csv = CanonicalCsv.withHeader(buffer);
        long[] count = {0};
        reader.read(query, o -> {
            csv.row(
                    o.metricId(),
                    o.areaCode(),
                    o.period(),
                    o.breakdown(),
                    o.numerator(),
                    o.denominator(),
                    o.value(),
                    o.status().toLowerCase(Locale.ROOT));
            count[0]++;
            if (buffer.length() > 1 << 16) {
                flush(buffer, out);
            }
        });
        flush(buffer, out);
        return count[0];
    }

    private static void flush(StringBuilder buffer, Writer out) {
        try {
            out.append(buffer);
            buffer.setLength(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
