package org.joinedup.core.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.joinedup.core.catalogue.Polarity;
import org.junit.jupiter.api.Test;

/** Fingertips quintiles and quartiles, and ranks among peers. */
class QuantilesTest {
    private static List<Double> oneTo(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> (double) i).toList();
    }

    @Test
    void quintileBoundsOfOneToFiftyAreThoseInMethodsSection4() {
        // methods.md §4: "Test bounds for 1..50: quintiles 1, 10.8, 20.6, 30.4, 40.2, 50"
        assertThat(Quantiles.quintiles(oneTo(50)).bounds()).containsExactly(1.0, 10.8, 20.6, 30.4, 40.2, 50.0);
    }

    @Test
    void quartileBoundsOfOneToFiftyAreThoseInMethodsSection4() {
        // methods.md §4: "quartiles 1, 13.25, 25.5, 37.75, 50"
        assertThat(Quantiles.quartiles(oneTo(50)).bounds()).containsExactly(1.0, 13.25, 25.5, 37.75, 50.0);
    }

    @Test
    void theOrderOfTheInputDoesNotMatter() {
        List<Double> shuffled = new ArrayList<>(oneTo(50));
        Collections.shuffle(shuffled, new java.util.Random(7));
        assertThat(Quantiles.quintiles(shuffled)).isEqualTo(Quantiles.quintiles(oneTo(50)));
    }

    @Test
    void quintileCategoriesOfOneToTenAreFingertipsTestCategories() {
        // fingertips-open AnalysisTest/QuintilesComparerTest.cs: values 1..10
        Quantiles q = Quantiles.quintiles(oneTo(10));
        // no polarity set: 1 -> 1 and 10 -> 5
        assertThat(q.categorise(1, Polarity.NO_JUDGEMENT).fingertipsCategory()).isEqualTo(1);
        assertThat(q.categorise(10, Polarity.NO_JUDGEMENT).fingertipsCategory()).isEqualTo(5);
        // RAG high is good: reversed, "values 1..10 and x = 1 give 5" (methods.md §4)
        int[] values = {1, 3, 5, 7, 9};
        int[] highIsGood = {5, 4, 3, 2, 1};
        int[] lowIsGood = {1, 2, 3, 4, 5};
        for (int i = 0; i < values.length; i++) {
            assertThat(q.categorise(values[i], Polarity.HIGHER_IS_BETTER).fingertipsCategory())
                    .as("high is good, x = %s", values[i])
                    .isEqualTo(highIsGood[i]);
            assertThat(q.categorise(values[i], Polarity.LOWER_IS_BETTER).fingertipsCategory())
                    .as("low is good, x = %s", values[i])
                    .isEqualTo(lowIsGood[i]);
        }
    }

    @Test
    void tooFewValuesGiveNoBoundsAndCategoryZero() {
        // fingertips-open QuintilesComparerTest: {1, 2, 3, 4} gives category 0; no values gives 0
        Quantiles four = Quantiles.quintiles(oneTo(4));
        assertThat(four.hasBounds()).isFalse();
        assertThat(four.categorise(1, Polarity.HIGHER_IS_BETTER)).isEqualTo(QuantileCategory.NOT_COMPARED);
        assertThat(Quantiles.quintiles(List.of()).band(1)).isZero();
        // quartiles need 4 values (and bounds need more than 3)
        assertThat(Quantiles.quartiles(oneTo(4)).bounds()).containsExactly(1.0, 1.75, 2.5, 3.25, 4.0);
        assertThat(Quantiles.quartiles(oneTo(3)).hasBounds()).isFalse();
        assertThat(Quantiles.quintiles(oneTo(5)).hasBounds()).isTrue();
    }

    @Test
    void aValueOnABoundJoinsTheLowerBandAndOneAboveTheMaximumIsRejected() {
        Quantiles q = Quantiles.quintiles(oneTo(50));
        assertThat(q.band(10.8)).isEqualTo(1);
        assertThat(q.band(10.800000001)).isEqualTo(2);
        assertThat(q.band(-5)).isEqualTo(1);
        assertThat(q.band(50)).isEqualTo(5);
        assertThatThrownBy(() -> q.band(50.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quantiles.quintiles(List.of(1.0, Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelsFollowThePolarity() {
        Quantiles q = Quantiles.quintiles(oneTo(10));
        assertThat(q.categorise(1, Polarity.NO_JUDGEMENT).label()).isEqualTo(QuantileLabel.LOWEST);
        assertThat(q.categorise(10, Polarity.NO_JUDGEMENT).label()).isEqualTo(QuantileLabel.HIGHEST);
        assertThat(q.categorise(5, Polarity.NO_JUDGEMENT).label()).isEqualTo(QuantileLabel.MIDDLE);
        assertThat(q.categorise(10, Polarity.HIGHER_IS_BETTER).label()).isEqualTo(QuantileLabel.BEST);
        assertThat(q.categorise(1, Polarity.HIGHER_IS_BETTER).label()).isEqualTo(QuantileLabel.WORST);
        assertThat(q.categorise(1, Polarity.LOWER_IS_BETTER).label()).isEqualTo(QuantileLabel.BEST);
        assertThat(q.categorise(3, Polarity.LOWER_IS_BETTER).label()).isEqualTo(QuantileLabel.BETTER);
        Quantiles quartiles = Quantiles.quartiles(oneTo(10));
        assertThat(quartiles.categorise(10, Polarity.LOWER_IS_BETTER).label()).isEqualTo(QuantileLabel.WORST);
        assertThat(quartiles.categorise(4, Polarity.NO_JUDGEMENT).label()).isEqualTo(QuantileLabel.LOW);
    }

    @Test
    void roundingToTenPlacesRemovesFloatingPointArtefactsAndRoundsHalvesAwayFromZero() {
        // the artefact Fingertips' comment names: 30.8 returned as 30.8000000000000000006
        assertThat(Quantiles.roundTo10Places(30.800000000000004)).isEqualTo(30.8);
        assertThat(Quantiles.roundTo10Places(0.00000000005)).isEqualTo(0.0000000001);
        assertThat(Quantiles.roundTo10Places(-0.00000000005)).isEqualTo(-0.0000000001);
        assertThat(Quantiles.roundTo10Places(0.00000000004)).isEqualTo(0.0);
    }

    /** PERCENTILE.INC is R's type 7; checked against an independent form, 1-based h = (n − 1)p. */
    @Property
    void boundsAreTypeSevenQuantilesAscendingFromMinToMax(
            @ForAll @Size(min = 5, max = 60) List<@DoubleRange(min = -1000, max = 1000) Double> values) {
        for (Quantiles q : List.of(Quantiles.quintiles(values), Quantiles.quartiles(values))) {
            List<Double> sorted = values.stream().sorted().toList();
            List<Double> bounds = q.bounds();
            assertThat(bounds.get(0)).isEqualTo(sorted.get(0));
            assertThat(bounds.get(q.count())).isEqualTo(sorted.get(sorted.size() - 1));
            for (int i = 1; i < q.count(); i++) {
                double h = (sorted.size() - 1) * ((double) i / q.count());
                int lo = (int) Math.floor(h);
                int hi = Math.min(lo + 1, sorted.size() - 1);
                double expected = sorted.get(lo) + (h - lo) * (sorted.get(hi) - sorted.get(lo));
                assertThat(Math.abs(bounds.get(i) - expected)).isLessThanOrEqualTo(1e-9);
                assertThat(bounds.get(i)).isGreaterThanOrEqualTo(bounds.get(i - 1));
            }
            int previous = 0;
            for (double v : sorted) {
                int band = q.band(v);
                assertThat(band).isBetween(Math.max(1, previous), q.count());
                previous = band;
            }
        }
    }

    @Test
    void ranksUseStandardCompetitionRankingWithOneTheBest() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("A", 10.0);
        values.put("B", 30.0);
        values.put("C", 20.0);
        values.put("D", 20.0);
        values.put("E", 5.0);
        List<PeerRank<String>> high = PeerRanks.rank(values, Polarity.HIGHER_IS_BETTER);
        assertThat(high.stream().map(PeerRank::key).toList()).containsExactly("A", "B", "C", "D", "E");
        assertThat(high.stream().map(PeerRank::rank).toList()).containsExactly(4, 1, 2, 2, 5);
        List<PeerRank<String>> low = PeerRanks.rank(values, Polarity.LOWER_IS_BETTER);
        assertThat(low.stream().map(PeerRank::rank).toList()).containsExactly(2, 5, 3, 3, 1);
        assertThat(PeerRanks.rank(values, Polarity.NO_JUDGEMENT).stream()
                        .map(PeerRank::rank)
                        .toList())
                .containsExactly(4, 1, 2, 2, 5);
        assertThat(high.get(0).peers()).isEqualTo(5);
        // quartile bounds 5, 10, 20, 20, 30 (PERCENTILE.INC at positions 2, 3 and 4). A value on a bound joins
        // the band below it: E and A (on 10) are in band 1, C and D (on 20) in band 2, B in band 4.
        assertThat(high.stream().map(PeerRank::quartile).toList()).containsExactly(4, 1, 3, 3, 4);
        assertThat(low.stream().map(PeerRank::quartile).toList()).containsExactly(1, 4, 2, 2, 1);
    }

    @Test
    void fewerThanFourPeersHaveRanksButNoQuartile() {
        List<PeerRank<String>> r = PeerRanks.rank(Map.of("A", 1.0, "B", 2.0), Polarity.HIGHER_IS_BETTER);
        assertThat(r).allSatisfy(p -> assertThat(p.quartile()).isZero());
        assertThat(PeerRanks.rank(Map.of(), Polarity.HIGHER_IS_BETTER)).isEmpty();
    }

    /** A better rank never has a worse quartile, and ties share both. */
    @Property
    void ranksAndQuartilesAgree(
            @ForAll @Size(min = 1, max = 40) List<@DoubleRange(min = 0, max = 100) Double> values,
            @ForAll Polarity polarity) {
        Map<Integer, Double> peers = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            peers.put(i, Math.rint(values.get(i)));
        }
        List<PeerRank<Integer>> ranks = PeerRanks.rank(peers, polarity);
        for (PeerRank<Integer> a : ranks) {
            assertThat(a.rank()).isBetween(1, values.size());
            for (PeerRank<Integer> b : ranks) {
                if (a.value() == b.value()) {
                    assertThat(a.rank()).isEqualTo(b.rank());
                    assertThat(a.quartile()).isEqualTo(b.quartile());
                } else if (a.rank() < b.rank()) {
                    assertThat(a.quartile()).isLessThanOrEqualTo(b.quartile());
                }
            }
        }
        assertThat(ranks.stream().filter(r -> r.rank() == 1)).isNotEmpty();
    }
}
