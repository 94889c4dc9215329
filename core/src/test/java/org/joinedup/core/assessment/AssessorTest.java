package org.joinedup.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joinedup.core.benchmark.BenchmarkResult;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.Polarity;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.AreaLink;
import org.joinedup.core.geography.AreaType;
import org.joinedup.core.geography.Geography;
import org.joinedup.core.geography.Hierarchy;
import org.joinedup.core.indicator.Proportions;
import org.joinedup.core.observation.Aggregation;
import org.joinedup.core.observation.Breakdown;
import org.joinedup.core.observation.Observation;
import org.joinedup.core.observation.ObservationKey;
import org.joinedup.core.observation.Status;
import org.joinedup.core.period.Period;
import org.joinedup.core.quality.KiteMarkConfig;
import org.joinedup.core.quality.Rating;
import org.joinedup.core.spc.PointType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AssessorTest {
    private static final LocalDate DATE = LocalDate.of(2024, 1, 1);

    /** England > region Y63 > ICB QHM; trusts RTF and RR7 in QHM; a second ICB QOQ with trust RCB. */
    private static final Geography GEO = Geography.of(
            List.of(
                    Area.of("ENG", "England", AreaType.COUNTRY),
                    Area.of("Y63", "Region", AreaType.NHS_REGION),
                    Area.of("QHM", "ICB 1", AreaType.ICB),
                    Area.of("QOQ", "ICB 2", AreaType.ICB),
                    Area.of("RTF", "Trust 1", AreaType.TRUST),
                    Area.of("RR7", "Trust 2", AreaType.TRUST),
                    Area.of("RCB", "Trust 3", AreaType.TRUST)),
            List.of(
                    AreaLink.of("Y63", "ENG", Hierarchy.NHS),
                    AreaLink.of("QHM", "Y63", Hierarchy.NHS),
                    AreaLink.of("QOQ", "Y63", Hierarchy.NHS),
                    AreaLink.of("RTF", "QHM", Hierarchy.PROVIDER),
                    AreaLink.of("RR7", "QHM", Hierarchy.PROVIDER),
                    AreaLink.of("RCB", "QOQ", Hierarchy.PROVIDER)));

    private static final MetricDefinition PCT = Fixtures.percentage(Polarity.HIGHER_IS_BETTER);
    private static final PeriodCalendar CALENDAR = Fixtures.months(24);
    private static final AreaIndex AREAS = AreaIndex.of(GEO, DATE);
    private static final Aggregation AGGREGATION =
            new Aggregation((id, v) -> id.equals(PCT.id()) ? Optional.of(PCT) : Optional.empty());

    private final Assessor assessor = new Assessor(KiteMarkConfig.DEFAULT, Fixtures.AS_AT, 2);

    @AfterEach
    void close() {
        assessor.close();
    }

    private static ObservationSeries.Supplied supplied(String area, int month, double num, double den) {
        Period period = CALENDAR.period(month);
        Observation o = new Observation(
                new ObservationKey(PCT.id(), area, period, Breakdown.TOTAL), 1, num, den, null, Status.FINAL);
        return new ObservationSeries.Supplied(o, (int) period.end().plusDays(10).toEpochDay());
    }

    private static List<ObservationSeries.Supplied> trusts(double rtfNumeratorInLastMonth) {
        List<ObservationSeries.Supplied> out = new ArrayList<>();
        for (int t = 0; t < CALENDAR.size(); t++) {
            out.add(supplied("RTF", t, t == CALENDAR.size() - 1 ? rtfNumeratorInLastMonth : 900 + t % 3, 1000));
            out.add(supplied("RR7", t, 600 + t % 5, 1000));
            out.add(supplied("RCB", t, 800, 1000));
        }
        return out;
    }

    private static Map<Integer, SeriesInput> series(List<ObservationSeries.Supplied> supplied) {
        return ObservationSeries.of(0, supplied, AGGREGATION, GEO, p -> DATE, CALENDAR, AREAS);
    }

    private Assessments assessAll(List<ObservationSeries.Supplied> supplied) {
        return assessor.assess(
                CALENDAR,
                AREAS,
                List.of(MetricSpec.of(PCT, 90, KiteMarkConfig.DEFAULT)),
                series(supplied).values());
    }

    @Test
    void theLatestPointCarriesFingertipsRecentTrendWithItsJudgement() {
        List<ObservationSeries.Supplied> supplied = new ArrayList<>();
        for (int t = 0; t < CALENDAR.size(); t++) {
            int fromEnd = CALENDAR.size() - 1 - t;
            // RTF climbs steeply over the last five months; RCB stays level throughout.
            supplied.add(supplied("RTF", t, fromEnd < 5 ? 900 - 100 * fromEnd : 500, 1000));
            supplied.add(supplied("RR7", t, 600 + t % 5, 1000));
            supplied.add(supplied("RCB", t, 800, 1000));
        }
        Assessments all = assessAll(supplied);
        assertThat(all.latest(PCT.id(), "RTF").orElseThrow().trend()).isEqualTo("Increasing and getting better");
        assertThat(all.latest(PCT.id(), "RCB").orElseThrow().trend()).isEqualToIgnoringCase("No significant change");
    }

    @Test
    void everyAreaWithAFigureIsAssessedAndTrustsReachEngland() {
        Assessments all = assessAll(trusts(902));
        assertThat(all.seriesCount()).isEqualTo(7);
        assertThat(all.pointCount()).isEqualTo(7 * 24);

        Assessment england = all.latest(PCT.id(), "ENG").orElseThrow();
        assertThat(england.rolledUp()).isTrue();
        assertThat(england.denominator()).isEqualTo(3000.0);
        assertThat(england.numerator()).isEqualTo(902.0 + (600 + 23 % 5) + 800);
        assertThat(england.vsEngland()).isNull();
        assertThat(england.parentCode()).isNull();

        Assessment trust = all.latest(PCT.id(), "RTF").orElseThrow();
        assertThat(trust.rolledUp()).isFalse();
        assertThat(trust.parentCode()).isEqualTo("QHM");
        assertThat(trust.value()).isCloseTo(90.2, within(1e-12));
        var reference = Proportions.of(902, 1000, 100, 0.95, 0.998);
        assertThat(trust.ci95()).isEqualTo(reference.interval(0.95));
        assertThat(trust.ci998().lower().getAsDouble())
                .isCloseTo(reference.lower(0.998).getAsDouble(), within(1e-12));
        // England is about 77.5%, far below the trust's interval; the ICB about 75%
        assertThat(trust.vsEngland().result()).isEqualTo(BenchmarkResult.BETTER);
        assertThat(trust.vsParent().result()).isEqualTo(BenchmarkResult.BETTER);
        assertThat(all.latest(PCT.id(), "RR7").orElseThrow().vsParent().result())
                .isEqualTo(BenchmarkResult.WORSE);
        assertThat(trust.pointType()).isEqualTo(PointType.COMMON_CAUSE);
        assertThat(trust.target()).isEqualTo(90.0);
        assertThat(trust.assurance()).isNotNull();
        assertThat(trust.kiteMark().overall()).isEqualTo(Rating.GOOD); // official statistics, received in time
        assertThat(trust.latest()).isTrue();
        assertThat(trust.planStatus()).isNull();

        assertThat(all.latestForArea("QHM")).hasSize(1);
        assertThat(all.history(PCT.id(), "QHM")).hasSize(24);
        assertThat(all.at(PCT.id(), "QHM", CALENDAR.period(0)).orElseThrow().parentCode())
                .isEqualTo("Y63");
    }

    @Test
    void anUpdateReassessesTheSeriesAndItsAncestorsAndComparesEveryAreaAgain() {
        Assessments before = assessAll(trusts(902));
        Map<Integer, SeriesInput> changed = series(trusts(990));
        int rtf = AREAS.indexOf("RTF");
        List<SeriesInput> replaced = new ArrayList<>();
        replaced.add(changed.get(rtf));
        for (int a : AREAS.ancestors(rtf)) {
            replaced.add(changed.get(a));
        }
        Assessments after = assessor.update(before, 0, replaced, Set.of());

        for (String area : List.of("RTF", "QHM", "Y63", "ENG")) {
            assertThat(after.latest(PCT.id(), area).orElseThrow().numerator())
                    .as(area)
                    .isEqualTo(before.latest(PCT.id(), area).orElseThrow().numerator() + 88);
        }
        // the last point of RTF jumps far above its limits
        assertThat(after.latest(PCT.id(), "RTF").orElseThrow().pointType())
                .isEqualTo(PointType.SPECIAL_CAUSE_IMPROVEMENT);
        // untouched series are shared, but compared again with the new England figure
        assertThat(after.series(PCT.id(), "RCB").orElseThrow().input())
                .isSameAs(before.series(PCT.id(), "RCB").orElseThrow().input());
        // a full assessment of the changed data gives the same codes everywhere
        Assessments full = assessAll(trusts(990));
        full.all().forEach(s -> {
            SeriesAssessment u = after.series(s.metricId(), s.areaCode()).orElseThrow();
            for (int i = 0; i < s.size(); i++) {
                assertThat(u.vsEnglandCode(i)).isEqualTo(s.vsEnglandCode(i));
                assertThat(u.vsParentCode(i)).isEqualTo(s.vsParentCode(i));
                assertThat(u.pointTypeCode(i)).isEqualTo(s.pointTypeCode(i));
                assertThat(u.value(i)).isEqualTo(s.value(i));
            }
        });
    }
}
