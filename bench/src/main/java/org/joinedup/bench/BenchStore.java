package org.joinedup.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.joinedup.core.catalogue.BuiltInCatalogue;
import org.joinedup.core.catalogue.Catalogue;
import org.joinedup.core.catalogue.CatalogueCsv;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.AreaLink;
import org.joinedup.core.geography.AreaType;
import org.joinedup.core.geography.Geography;
import org.joinedup.core.geography.Hierarchy;
import org.joinedup.core.text.CsvSource;
import org.joinedup.server.database.DataSources;
import org.joinedup.server.reference.ReferenceData;
import org.joinedup.server.store.AreaStore;
import org.joinedup.server.store.ObservationWriter;
import org.joinedup.server.submission.SubmissionService;

/**
 * The server's own store and submission path over the benchmark's database: the real Flyway schema,
 * the workload's geography written by the real {@link AreaStore}, and the workload's 60 metrics as a
 * local catalogue extension, so an import is measured through exactly the code a user's file goes
 * through.
 */
final class BenchStore implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final SubmissionService submissions;

    private BenchStore(HikariDataSource dataSource, SubmissionService submissions) {
        this.dataSource = dataSource;
        this.submissions = submissions;
    }

    static BenchStore open(BenchDatabase db, NationalWorkload workload) {
        HikariDataSource dataSource = DataSources.pooled(db.url());
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        List<Area> areas = new ArrayList<>();
        List<AreaLink> links = new ArrayList<>();
        for (int a = 0; a < workload.areaCount(); a++) {
            String code = workload.code(a);
            boolean ons = code.startsWith("E");
            AreaType type = AreaType.fromCsv(workload.type(a).csvName).orElseThrow();
            areas.add(new Area(
                    code, ons ? null : code, ons ? code : null, type.csvName() + " " + code, type, null, null));
            int parent = workload.parent(a);
            if (parent >= 0) {
                links.add(new AreaLink(
                        code,
                        workload.code(parent),
                        Hierarchy.fromCsv(workload.hierarchy(a)).orElseThrow(),
                        null,
                        null,
                        1.0));
            }
        }
        AreaStore store = new AreaStore(dataSource);
        store.upsert(areas, links);
        Geography geography = Geography.of(store.areas(), store.links());
        ReferenceData reference = new ReferenceData(catalogue(workload), geography);
        return new BenchStore(
                dataSource, new SubmissionService(reference, new ObservationWriter(dataSource), java.util.List.of()));
    }

    /** The built-in catalogue plus the workload's metrics: monthly proportions, valid for every area type. */
    static Catalogue catalogue(NationalWorkload workload) {
        return CatalogueCsv.readExtension(
                BuiltInCatalogue.load(), null, null, CsvSource.of("bench-metrics.csv", metricsCsv(workload)));
    }

    /** The workload's metrics as a local catalogue extension's metrics.csv. */
    static String metricsCsv(NationalWorkload workload) {
        StringBuilder metrics = new StringBuilder("id,version,title,definition,value_type,unit,multiplier,polarity,"
                + "ci_method,frequency,source,source_type,scope,outcomes,impacts,sets,purpose,verified\n");
        for (int m = 0; m < NationalWorkload.METRICS; m++) {
            metrics.append(workload.metricId(m))
                    .append(",1,Benchmark metric ")
                    .append(m + 1)
                    .append(",A generated proportion,proportion,%,100,higher_is_better,wilson,monthly,")
                    .append("generated workload,local,local,S1,I-VS,,improvement,no\n");
        }
        return metrics.toString();
    }

    SubmissionService submissions() {
        return submissions;
    }

    HikariDataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
