package org.joinedup.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.SourceType;
import org.joinedup.core.period.Frequency;
import org.joinedup.core.period.Period;
import org.joinedup.core.quality.Dimension;
import org.joinedup.core.quality.KiteMarkConfig;
import org.joinedup.core.quality.KiteMarkFacts;
import org.joinedup.core.quality.KiteMarks;

/** The fast overall rating is that of {@link KiteMarks#assess} on the facts an assessment has. */
class FastKiteMarkEquivalenceTest {
    private static final KiteMarkConfig NO_SOURCE = KiteMarkConfig.DEFAULT
            .copy()
            .segments(List.of(Dimension.TIMELINESS, Dimension.VALIDITY))
            .seal();

    @Property(tries = 3000)
    void sameOverallRating(
            @ForAll SourceType source,
            @ForAll boolean lagKnown,
            @ForAll @IntRange(min = 0, max = 40) int lag,
            @ForAll @IntRange(min = -60, max = 60) int receivedAfterDue,
            @ForAll boolean received,
            @ForAll @IntRange(min = -60, max = 60) int asAtAfterDue,
            @ForAll boolean withoutSource) {
        KiteMarkConfig config = withoutSource ? NO_SOURCE : KiteMarkConfig.DEFAULT;
        MetricDefinition metric = MetricDefinition.builder("m", 1)
                .sourceType(source)
                .frequency(Frequency.MONTHLY)
                .lagDays(lagKnown ? lag : null)
                .build();
        Period period = Period.month(YearMonth.of(2024, 5));
        int effectiveLag = lagKnown ? lag : config.defaultLagDays(Frequency.MONTHLY);
        LocalDate due = period.end().plusDays(effectiveLag);
        LocalDate asAt = due.plusDays(asAtAfterDue);
        LocalDate on = due.plusDays(receivedAfterDue);
        KiteMarkFacts facts = KiteMarkFacts.of(metric, "X", period, asAt);
        boolean counts = received && !on.isAfter(asAt);
        if (counts) {
            facts = facts.withReceivedOn(on);
        }
        byte expected = (byte) new KiteMarks(config).assess(facts).overall().ordinal();

        MetricSpec spec = MetricSpec.of(metric, config);
        int dueDay = (int) period.end().toEpochDay() + spec.lagDays();
        byte fast = new FastKiteMark(config)
                .rating(source, dueDay, received ? (int) on.toEpochDay() : FastKiteMark.UNKNOWN_DAY, (int)
                        asAt.toEpochDay());
        assertThat(fast).isEqualTo(expected);
    }
}
