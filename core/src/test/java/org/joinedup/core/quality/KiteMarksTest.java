package org.joinedup.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.joinedup.core.catalogue.MetricDefinition;
import org.joinedup.core.catalogue.SourceType;
import org.joinedup.core.observation.Breakdown;
import org.joinedup.core.observation.ObservationKey;
import org.joinedup.core.period.Frequency;
import org.joinedup.core.period.Period;
import org.junit.jupiter.api.Test;

class KiteMarksTest {
    static final Period MAY = Period.month(YearMonth.of(2024, 5));
    static final MetricDefinition MONTHLY_MI = MetricDefinition.builder("nel_admissions", 1)
            .frequency(Frequency.MONTHLY)
            .lagDays(20)
            .sourceType(SourceType.MANAGEMENT_INFORMATION)
            .source("SUS")
            .build();
    static final KiteMarks KITE = KiteMarks.withDefaults();

    static KiteMarkFacts facts(LocalDate asAt) {
        return KiteMarkFacts.of(MONTHLY_MI, "E06000001", MAY, asAt);
    }

    static Segment rate(Dimension d, KiteMarkFacts f) {
        return KITE.assess(f).segment(d).orElseThrow();
    }

    @Test
    void dueDateIsPeriodEndPlusTheMetricsLag() {
        assertThat(SegmentRules.dueDate(facts(LocalDate.of(2024, 7, 1)), KiteMarkConfig.DEFAULT))
                .isEqualTo(LocalDate.of(2024, 6, 20));
    }

    @Test
    void timelinessRatesOnTimeLateAndVeryLate() {
        KiteMarkFacts f = facts(LocalDate.of(2024, 8, 1));

        Segment onTime = rate(Dimension.TIMELINESS, f.withReceivedOn(LocalDate.of(2024, 6, 18)));
        Segment onTheDay = rate(Dimension.TIMELINESS, f.withReceivedOn(LocalDate.of(2024, 6, 20)));
        Segment late = rate(Dimension.TIMELINESS, f.withReceivedOn(LocalDate.of(2024, 6, 27)));
        Segment veryLate = rate(Dimension.TIMELINESS, f.withReceivedOn(LocalDate.of(2024, 6, 28)));

        assertThat(onTime.rating()).isEqualTo(Rating.GOOD);
        assertThat(onTime.reason())
                .isEqualTo("received 2 days before the due date 2024-06-20 (period end + 20 days lag)");
        assertThat(onTheDay.rating()).isEqualTo(Rating.GOOD);
        assertThat(onTheDay.reason()).startsWith("received on the due date");
        assertThat(late.rating()).isEqualTo(Rating.CAUTION);
        assertThat(late.reason()).isEqualTo("received 7 days late (due 2024-06-20, period end + 20 days lag)");
        assertThat(veryLate.rating()).isEqualTo(Rating.POOR);
        assertThat(veryLate.reason()).startsWith("received 8 days late");
    }

    @Test
    void timelinessOfAFigureNotYetReceivedDependsOnWhetherItIsDue() {
        assertThat(rate(Dimension.TIMELINESS, facts(LocalDate.of(2024, 6, 20))).rating())
                .isEqualTo(Rating.NOT_ASSESSED);
        Segment overdue = rate(Dimension.TIMELINESS, facts(LocalDate.of(2024, 6, 22)));
        assertThat(overdue.rating()).isEqualTo(Rating.CAUTION);
        assertThat(overdue.reason()).startsWith("not received, 2 days overdue");
        assertThat(rate(Dimension.TIMELINESS, facts(LocalDate.of(2024, 7, 22))).rating())
                .isEqualTo(Rating.POOR);
    }

    @Test
    void timelinessFallsBackToTheFrequencysDefaultLagWhenTheCatalogueHasNone() {
        MetricDefinition noLag =
                MetricDefinition.builder("m", 1).frequency(Frequency.QUARTERLY).build();
        KiteMarkFacts f = KiteMarkFacts.of(noLag, "E92000001", Period.quarter(2024, 1), LocalDate.of(2024, 12, 1))
                .withReceivedOn(LocalDate.of(2024, 9, 30));

        Segment s = rate(Dimension.TIMELINESS, f);

        assertThat(s.rating()).isEqualTo(Rating.GOOD);
        assertThat(s.reason()).contains("due date 2024-09-30").contains("92 days, the default for quarterly data");
    }

    @Test
    void completenessUsesTheShareOfExpectedKeysReceived() {
        Set<ObservationKey> expected = keys(100);
        Set<ObservationKey> received = new HashSet<>(expected);
        KiteMarkFacts f = facts(LocalDate.of(2024, 7, 1));

        assertThat(rate(Dimension.COMPLETENESS, f.withCoverage(new Coverage(expected, received)))
                        .reason())
                .isEqualTo("100 of 100 expected areas and breakdowns received (100.0%)");
        remove(received, 3);
        assertThat(rate(Dimension.COMPLETENESS, f.withCoverage(new Coverage(expected, received)))
                        .rating())
                .isEqualTo(Rating.GOOD);
        remove(received, 1);
        Segment caution = rate(Dimension.COMPLETENESS, f.withCoverage(new Coverage(expected, received)));
        assertThat(caution.rating()).isEqualTo(Rating.CAUTION);
        assertThat(caution.reason()).isEqualTo("96 of 100 expected areas and breakdowns received (96.0%), 4 missing");
        remove(received, 7);
        assertThat(rate(Dimension.COMPLETENESS, f.withCoverage(new Coverage(expected, received)))
                        .rating())
                .isEqualTo(Rating.POOR);
    }

    @Test
    void completenessIgnoresUnexpectedKeysAndIsNotAssessedWithNothingExpected() {
        Set<ObservationKey> expected = keys(2);
        Set<ObservationKey> received = new HashSet<>(keys(3));
        KiteMarkFacts f = facts(LocalDate.of(2024, 7, 1));

        Segment s = rate(Dimension.COMPLETENESS, f.withCoverage(new Coverage(expected, received)));

        assertThat(s.rating()).isEqualTo(Rating.GOOD);
        assertThat(s.reason()).endsWith(", 1 not expected");
        assertThat(rate(Dimension.COMPLETENESS, f.withCoverage(new Coverage(Set.of(), received)))
                        .rating())
                .isEqualTo(Rating.NOT_ASSESSED);
        assertThat(rate(Dimension.COMPLETENESS, f).reason())
                .isEqualTo("no record of the expected areas and breakdowns");
    }

    @Test
    void validityIsPoorWithErrorsAndCautionWithWarnings() {
        KiteMarkFacts f = facts(LocalDate.of(2024, 7, 1));

        assertThat(rate(Dimension.VALIDITY, f.withValidation(new Validation(2, 1))))
                .isEqualTo(new Segment(Dimension.VALIDITY, Rating.POOR, "failed validation: 2 errors, 1 warning"));
        assertThat(rate(Dimension.VALIDITY, f.withValidation(Validation.passed(3))))
                .isEqualTo(new Segment(Dimension.VALIDITY, Rating.CAUTION, "passed validation with 3 warnings"));
        assertThat(rate(Dimension.VALIDITY, f.withValidation(Validation.passed(0))))
                .isEqualTo(new Segment(Dimension.VALIDITY, Rating.GOOD, "passed validation with no warnings"));

        KiteMarks lenient =
                new KiteMarks(KiteMarkConfig.DEFAULT.copy().warningsForGood(3).seal());
        assertThat(lenient.assess(f.withValidation(Validation.passed(3)))
                        .segment(Dimension.VALIDITY)
                        .orElseThrow()
                        .rating())
                .isEqualTo(Rating.GOOD);
    }

    @Test
    void consistencyFlagsAValueOutsideTheXmrLimitsOfTheEarlierPoints() {
        // mean 100, mean moving range 4: limits 89.36 to 110.64
        List<Double> earlier = List.of(98.0, 102.0, 98.0, 102.0, 98.0, 102.0, 98.0, 102.0);
        KiteMarkFacts f = facts(LocalDate.of(2024, 7, 1));

        Segment in = rate(Dimension.CONSISTENCY, f.withHistory(History.of(earlier, 110.0)));
        Segment out = rate(Dimension.CONSISTENCY, f.withHistory(History.of(earlier, 111.0)));

        assertThat(in.rating()).isEqualTo(Rating.GOOD);
        assertThat(in.reason())
                .isEqualTo(
                        "value 110 is within the limits 89.36 to 110.6 from the 8 earlier points (XmR); not revised");
        assertThat(out.rating()).isEqualTo(Rating.CAUTION);
        assertThat(out.reason()).startsWith("value 111 is outside the limits 89.36 to 110.6");
    }

    @Test
    void consistencyCanUseARobustZScoreThatIgnoresAnEarlierSpike() {
        List<Double> earlier = List.of(10.0, 11.0, 9.0, 10.0, 500.0, 10.0, 11.0, 9.0);
        KiteMarks robust = new KiteMarks(KiteMarkConfig.DEFAULT
                .copy()
                .outlierMethod(OutlierMethod.ROBUST_Z)
                .seal());
        KiteMarkFacts f = facts(LocalDate.of(2024, 7, 1)).withHistory(History.of(earlier, 20.0));

        // the spike widens the XmR limits so far that 20 passes; median 10, MAD 1 make z = 6.7
        assertThat(KITE.assess(f).segment(Dimension.CONSISTENCY).orElseThrow().rating())
                .isEqualTo(Rating.GOOD);
        Segment s = robust.assess(f).segment(Dimension.CONSISTENCY).orElseThrow();
        assertThat(s.rating()).isEqualTo(Rating.CAUTION);
        assertThat(s.reason()).startsWith("value 20 has a robust z-score of 6.745 against the median 10");
    }

    @Test
    void consistencyOfAFlatHistoryOnlyAcceptsTheSameValue() {
        List<Double> flat = List.of(5.0, 5.0, 5.0, 5.0, 5.0, 5.0);
        KiteMarkFacts f = facts(LocalDate.of(2024, 7, 1));

        assertThat(rate(Dimension.CONSISTENCY, f.withHistory(History.of(flat, 5.0)))
                        .rating())
                .isEqualTo(Rating.GOOD);
        assertThat(rate(Dimension.CONSISTENCY, f.withHistory(History.of(flat, 6.0)))
                        .reason())
                .startsWith("value 6 differs from the 6 earlier points, which were all 5");
    }

    @Test
    void consistencyRatesTheSizeOfARevision() {
        KiteMarkFacts f = facts(LocalDate.of(2024, 7, 1));

        Segment small = rate(Dimension.CONSISTENCY, f.withHistory(new History(List.of(), 104.0, 100.0)));
        Segment medium = rate(Dimension.CONSISTENCY, f.withHistory(new History(List.of(), 110.0, 100.0)));
        Segment large = rate(Dimension.CONSISTENCY, f.withHistory(new History(List.of(), 75.0, 100.0)));
        Segment fromZero = rate(Dimension.CONSISTENCY, f.withHistory(new History(List.of(), 3.0, 0.0)));

        assertThat(small.rating()).isEqualTo(Rating.GOOD);
        assertThat(small.reason())
                .isEqualTo("too short a history to judge outliers (0 earlier points, 6 needed);"
                        + " revised from 100 to 104 (4.0% change)");
        assertThat(medium.rating()).isEqualTo(Rating.CAUTION);
        assertThat(medium.reason()).endsWith("revised from 100 to 110 (10.0% change), more than 5.0%");
        assertThat(large.rating()).isEqualTo(Rating.POOR);
        assertThat(fromZero.rating()).isEqualTo(Rating.POOR);
        assertThat(fromZero.reason()).contains("(from zero change)");
        assertThat(rate(Dimension.CONSISTENCY, f.withHistory(History.of(List.of(1.0), 1.0)))
                        .rating())
                .isEqualTo(Rating.NOT_ASSESSED);
    }

    @Test
    void sourceFollowsTheCataloguesSourceType() {
        KiteMarkFacts f = facts(LocalDate.of(2024, 7, 1));
        assertThat(rate(Dimension.SOURCE, f))
                .isEqualTo(new Segment(Dimension.SOURCE, Rating.CAUTION, "management information (SUS)"));
        MetricDefinition local =
                MetricDefinition.builder("m", 1).sourceType(SourceType.LOCAL).build();
        assertThat(rate(Dimension.SOURCE, KiteMarkFacts.of(local, "E06000001", Period.financialYear(2024), f.asAt()))
                        .rating())
                .isEqualTo(Rating.POOR);
        MetricDefinition official = MetricDefinition.builder("m", 1).build();
        assertThat(rate(Dimension.SOURCE, KiteMarkFacts.of(official, "E06000001", Period.financialYear(2024), f.asAt()))
                        .rating())
                .isEqualTo(Rating.GOOD);
    }

    @Test
    void signOffIsNotAssessedUntilItIsInPlace() {
        KiteMarkFacts f = facts(LocalDate.of(2024, 7, 1));
        assertThat(rate(Dimension.SIGN_OFF, f))
                .isEqualTo(new Segment(
                        Dimension.SIGN_OFF, Rating.NOT_ASSESSED, "not assessed until sign-off is in place"));
        assertThat(rate(Dimension.SIGN_OFF, f.withSignOff(SignOff.SIGNED_OFF)).rating())
                .isEqualTo(Rating.GOOD);
        assertThat(rate(Dimension.SIGN_OFF, f.withSignOff(SignOff.AWAITING)).rating())
                .isEqualTo(Rating.CAUTION);
        assertThat(rate(Dimension.SIGN_OFF, f.withSignOff(SignOff.REFUSED)).rating())
                .isEqualTo(Rating.POOR);
    }

    @Test
    void overallIsTheWorstAssessedSegmentAndNamesIt() {
        KiteMarkFacts f = facts(LocalDate.of(2024, 7, 1))
                .withReceivedOn(LocalDate.of(2024, 6, 10))
                .withValidation(Validation.passed(0))
                .withCoverage(new Coverage(keys(10), keys(10)));

        KiteMark mark = KITE.assess(f);

        assertThat(mark.segments()).extracting(Segment::dimension).containsExactly(Dimension.values());
        assertThat(mark.overall()).isEqualTo(Rating.CAUTION);
        assertThat(mark.reason())
                .isEqualTo("caution from Source (worst of 4 assessed segments); not assessed: Consistency, Sign-off");
    }

    @Test
    void overallIsGoodOnlyWhenEveryAssessedSegmentIs() {
        MetricDefinition official = MetricDefinition.builder("m", 1)
                .frequency(Frequency.MONTHLY)
                .lagDays(10)
                .build();
        KiteMarkFacts f = KiteMarkFacts.of(official, "E92000001", MAY, LocalDate.of(2024, 7, 1))
                .withReceivedOn(LocalDate.of(2024, 6, 5))
                .withSignOff(SignOff.SIGNED_OFF);

        KiteMark mark = KITE.assess(f);

        assertThat(mark.overall()).isEqualTo(Rating.GOOD);
        assertThat(mark.reason())
                .isEqualTo("all 3 assessed segments good; not assessed: Completeness, Validity, Consistency");
    }

    @Test
    void overallIsNotAssessedWhenNoSegmentIs() {
        KiteMarks signOffOnly = new KiteMarks(KiteMarkConfig.DEFAULT
                .copy()
                .segments(List.of(Dimension.SIGN_OFF))
                .seal());

        KiteMark mark = signOffOnly.assess(facts(LocalDate.of(2024, 7, 1)));

        assertThat(mark.segments()).hasSize(1);
        assertThat(mark.overall()).isEqualTo(Rating.NOT_ASSESSED);
        assertThat(mark.reason()).isEqualTo("no segment could be assessed");
    }

    @Test
    void configurationIsValidatedWithNamesThenSealed() {
        KiteMarkConfig bad = KiteMarkConfig.DEFAULT
                .copy()
                .completenessGood(0.8)
                .completenessCaution(0.9)
                .minimumHistory(1)
                .segments(List.of(Dimension.SOURCE, Dimension.SOURCE));

        assertThat(bad.problems())
                .anyMatch(p -> p.startsWith("segments:"))
                .anyMatch(p -> p.startsWith("completenessGood and completenessCaution:"))
                .anyMatch(p -> p.startsWith("minimumHistory:"));
        assertThatThrownBy(bad::seal).hasMessageContaining("minimumHistory");
        assertThatThrownBy(() -> KiteMarkConfig.DEFAULT.lateDaysForCaution(3))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new KiteMarks(new KiteMarkConfig())).hasMessageContaining("seal()");
        assertThat(KiteMarkConfig.DEFAULT.copy().isSealed()).isFalse();
    }

    @Test
    void factsRejectAReceiptAfterTheAssessmentDay() {
        assertThatThrownBy(() -> facts(LocalDate.of(2024, 7, 1)).withReceivedOn(LocalDate.of(2024, 7, 2)))
                .hasMessageContaining("after the assessment day");
    }

    static Set<ObservationKey> keys(int n) {
        Set<ObservationKey> keys = new HashSet<>();
        for (int i = 0; i < n; i++) {
            keys.add(new ObservationKey("nel_admissions", "E06000001", MAY, Breakdown.parse("group=g" + i)));
        }
        return keys;
    }

    static void remove(Set<ObservationKey> keys, int n) {
        keys.removeAll(keys.stream().limit(n).toList());
    }
}
