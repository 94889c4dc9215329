package org.joinedup.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.joinedup.server.StoreTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Commentary is append-only: every edit a new revision, none lost, even when written at once. */
class CommentaryStoreTest extends StoreTestSupport {
    @Autowired
    CommentaryStore store;

    @Test
    void revisionsAreNumberedInTurnAndAllKept() {
        StoredCommentary first = store.add("los_21_plus", "E06000002", "2023-24", "One.", "", "", "A");
        StoredCommentary second = store.add("los_21_plus", "E06000002", "2023-24", "Two.", "Because.", "Acting.", "B");
        assertThat(first.revision()).isEqualTo(1);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.recordedAt()).isAfterOrEqualTo(first.recordedAt());

        List<StoredCommentary> revisions = store.revisions("los_21_plus", "E06000002", "2023-24");
        assertThat(revisions).extracting(StoredCommentary::revision).containsExactly(2, 1);
        assertThat(revisions).extracting(StoredCommentary::whatHappened).containsExactly("Two.", "One.");
        assertThat(store.latest("los_21_plus", "E06000002", "2023-24"))
                .get()
                .extracting(StoredCommentary::why)
                .isEqualTo("Because.");
        // Another period of the same metric and area is a key of its own.
        assertThat(store.add("los_21_plus", "E06000002", "2022-23", "Earlier year.", "", "", "C")
                        .revision())
                .isEqualTo(1);
    }

    @Test
    void latestForAreaGivesTheLatestRevisionOfEachMetricAndPeriod() {
        store.add("los_14_plus", "E06000003", "2023-24", "Old.", "", "", "A");
        store.add("los_14_plus", "E06000003", "2023-24", "New.", "", "", "A");
        store.add("los_14_plus", "E06000003", "2022-23", "Last year.", "", "", "A");
        store.add("los_21_plus", "E06000003", "2023-24", "Other metric.", "", "", "A");
        store.add("los_14_plus", "E06000004", "2023-24", "Other area.", "", "", "A");

        List<StoredCommentary> latest = store.latestForArea("E06000003");
        assertThat(latest)
                .extracting(c -> c.metricId() + " " + c.period() + " " + c.revision() + " " + c.whatHappened())
                .containsExactlyInAnyOrder(
                        "los_14_plus 2023-24 2 New.",
                        "los_14_plus 2022-23 1 Last year.",
                        "los_21_plus 2023-24 1 Other metric.");
    }

    @Test
    void editsWrittenAtOnceEachGetTheirOwnRevision() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<StoredCommentary>> writes = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String text = "Edit " + i;
                writes.add(pool.submit(() -> store.add("ae_4hr", "E06000005", "2019-03", text, "", "", "W")));
            }
            for (Future<StoredCommentary> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(store.revisions("ae_4hr", "E06000005", "2019-03"))
                .extracting(StoredCommentary::revision)
                .containsExactly(12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
    }
}
