package org.joinedup.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.AreaLink;
import org.joinedup.core.geography.AreaType;
import org.joinedup.core.geography.Hierarchy;
import org.joinedup.core.period.Period;
import org.joinedup.server.database.DataSources;
import org.joinedup.server.store.AreaStore;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Puts a prefix of the national workload straight into the server's schema, for benchmarks that measure
 * what the server does with a full store rather than how it imports: the areas through the server's
 * {@link AreaStore}, then one submission row, every series and every observation by COPY, as the
 * submission writer would have left them (revision 1, current, one submission). The current-row index is
 * dropped during the COPY and built afterwards, then the tables are vacuumed and analysed.
 *
 * <p>The workload's codes look like real ones (E54000008, A81001 ...), and a running server writes the real
 * geography it ships into the same tables, so here every area gets a code of its own that no real area
 * has ({@link #code}): England stays E92000001 (both trees hang off it), ONS-style codes start with X
 * instead of E, PCNs with V instead of U, and practices are Z plus five digits.
 */
final class BulkLoader {
    private static final int BATCH_BYTES = 1 << 20;

    private final NationalWorkload workload;
    private final String[] codes;

    BulkLoader(NationalWorkload workload) {
        this.workload = workload;
        codes = new String[workload.areaCount()];
        int practice = 0;
        for (int a = 0; a < codes.length; a++) {
            String code = workload.code(a);
            codes[a] = switch (workload.type(a)) {
                case COUNTRY -> code;
                case PCN -> "V" + code.substring(1);
                case GP_PRACTICE -> String.format("Z%05d", ++practice);
                default -> "X" + code.substring(1);
            };
        }
    }

    /** The area's code in the loaded store. */
    String code(int area) {
        return codes[area];
    }

    /** The schema by the server's Flyway migrations, then the workload's areas and links. */
    void schemaAndAreas(String url) {
        try (HikariDataSource dataSource = DataSources.pooled(url)) {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            List<Area> areas = new ArrayList<>();
            List<AreaLink> links = new ArrayList<>();
            for (int a = 0; a < codes.length; a++) {
                String code = codes[a];
                AreaType type = AreaType.fromCsv(workload.type(a).csvName).orElseThrow();
                boolean ons = Character.isDigit(code.charAt(1));
                areas.add(new Area(
                        code,
                        ons ? null : code,
                        ons ? code : null,
                        a == 0 ? "England" : "Bench " + type.csvName() + " " + code,
                        type,
                        null,
                        null));
                int parent = workload.parent(a);
                if (parent >= 0) {
                    links.add(new AreaLink(
                            code,
                            codes[parent],
                            Hierarchy.fromCsv(workload.hierarchy(a)).orElseThrow(),
                            null,
                            null,
                            1.0));
                }
            }
            new AreaStore(dataSource).upsert(areas, links);
        }
    }

    /**
     * COPYs the series and observations of rows [0, rows) and builds the index.
     *
     * @return the seconds taken by the COPY of the observations, the index and the vacuum, in that order
     */
    double[] load(Connection connection, long rows) throws SQLException, IOException {
        int areas = workload.areaCount();
        long seriesCount = Math.min(rows, workload.rowsPerMonth());
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("insert into submission (id, file_name, fingerprint, source, received_at, received_by,"
                    + " rows_total, rows_new, rows_revised, rows_unchanged) values (1, 'national-workload.csv',"
                    + " 'bulk', 'bench', now(), 'bench', " + rows + ", " + rows + ", 0, 0)");
            statement.execute("select setval(pg_get_serial_sequence('submission', 'id'), 1)");
        }
        CopyIn series = copy(connection, "copy series (id, metric_id, area_code, breakdown) from stdin (format text)");
        try (Batch out = new Batch(series)) {
            for (long s = 0; s < seriesCount; s++) {
                out.number(s + 1)
                        .tab()
                        .append(workload.metricId((int) (s / areas)))
                        .tab()
                        .append(codes[(int) (s % areas)])
                        .tab()
                        .newline();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("select setval(pg_get_serial_sequence('series', 'id'), " + seriesCount + ")");
            statement.execute("drop index observation_current");
        }
        connection.commit();

        String[] months = new String[NationalWorkload.MONTHS];
        for (int m = 0; m < months.length; m++) {
            Period period = Period.month(YearMonth.parse(NationalWorkload.periodLabel(m)));
            months[m] = period.label() + "\tMONTH\t" + period.start() + "\t" + period.end() + "\t1\t";
        }
        long t = System.nanoTime();
        Progress progress = new Progress("COPY observations", rows);
        CopyIn observations = copy(
                connection,
                "copy observation (series_id, period, period_type, period_start, period_end, definition_version,"
                        + " numerator, denominator, value, status, revision, submission_id) from stdin (format text)");
        NationalWorkload.Row row = new NationalWorkload.Row();
        try (Batch out = new Batch(observations)) {
            for (long r = 0; r < rows; r++) {
                workload.row(r, row);
                out.number((long) row.metric * areas + row.area + 1)
                        .tab()
                        .append(months[row.month])
                        .number(row.numerator)
                        .tab()
                        .number(row.denominator)
                        .tab()
                        .decimal(row.valueHundredths)
                        .tab()
                        .append(row.provisional() ? "PROVISIONAL" : "FINAL")
                        .append("\t1\t1")
                        .newline();
                if ((r & 0xFFFF) == 0) {
                    progress.update(r);
                }
            }
        }
        connection.commit();
        progress.done(rows);
        double copySeconds = ImportBenchmark.seconds(t);

        t = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("set maintenance_work_mem = '1GB'");
            statement.execute("create unique index observation_current on observation (series_id, period)"
                    + " where superseded_at is null");
        }
        connection.commit();
        double indexSeconds = ImportBenchmark.seconds(t);

        t = System.nanoTime();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze");
        }
        return new double[] {copySeconds, indexSeconds, ImportBenchmark.seconds(t)};
    }

    private static CopyIn copy(Connection connection, String sql) throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    }

    /** COPY text lines collected into a byte buffer and sent a megabyte at a time. */
    private static final class Batch implements AutoCloseable {
        private final CopyIn copy;
        private final byte[] buffer = new byte[BATCH_BYTES + 4096];
        private int at;

        Batch(CopyIn copy) {
            this.copy = copy;
        }

        Batch append(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(bytes, 0, buffer, at, bytes.length);
            at += bytes.length;
            return this;
        }

        Batch number(long value) {
            at = Bytes.putLong(buffer, at, value);
            return this;
        }

        Batch decimal(long hundredths) {
            at = Bytes.putDecimal(buffer, at, hundredths, 2);
            return this;
        }

        Batch tab() {
            buffer[at++] = '\t';
            return this;
        }

        void newline() {
            buffer[at++] = '\n';
            if (at >= BATCH_BYTES) {
                flush();
            }
        }

        private void flush() {
            try {
                copy.writeToCopy(buffer, 0, at);
            } catch (SQLException e) {
                throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
            }
            at = 0;
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        }
    }
}
