package org.joinedup.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class KiteMarkPropertiesTest {
    @Property
    void overallIsNeverBetterThanAnyAssessedSegmentAndIsOneOfThem(@ForAll("segments") List<Segment> segments) {
        KiteMark mark = KiteMarks.overall(segments);

        List<Rating> assessed = segments.stream()
                .map(Segment::rating)
                .filter(Rating::isAssessed)
                .toList();
        if (assessed.isEmpty()) {
            assertThat(mark.overall()).isEqualTo(Rating.NOT_ASSESSED);
        } else {
            assertThat(assessed).contains(mark.overall());
            assertThat(assessed).allMatch(r -> r.ordinal() <= mark.overall().ordinal());
        }
    }

    @Property
    void anOutlierCheckNeverRatesPoorAndAlwaysAcceptsTheMeanOfTheEarlierPoints(
            @ForAll @Size(min = 6, max = 24) List<@DoubleRange(min = -1e6, max = 1e6) Double> earlier) {
        double mean =
                earlier.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        for (OutlierMethod method : OutlierMethod.values()) {
            KiteMarkConfig config =
                    KiteMarkConfig.DEFAULT.copy().outlierMethod(method).seal();
            SegmentRules.Check check = SegmentRules.outlier(History.of(earlier, mean), config);
            assertThat(check.rating()).isIn(Rating.GOOD, Rating.CAUTION);
            if (method == OutlierMethod.XMR && earlier.stream().distinct().count() > 1) {
                assertThat(check.rating()).isEqualTo(Rating.GOOD);
            }
        }
    }

    @Property
    void aLargerRevisionIsNeverRatedBetter(
            @ForAll @DoubleRange(min = 1, max = 1e6) double before,
            @ForAll @DoubleRange(min = 0, max = 2) double smaller,
            @ForAll @DoubleRange(min = 0, max = 2) double extra) {
        History a = new History(List.of(), before * (1 + smaller), before);
        History b = new History(List.of(), before * (1 + smaller + extra), before);
        Rating ra = SegmentRules.revision(a, KiteMarkConfig.DEFAULT).rating();
        Rating rb = SegmentRules.revision(b, KiteMarkConfig.DEFAULT).rating();
        assertThat(rb.ordinal()).isGreaterThanOrEqualTo(ra.ordinal());
    }

    @Provide
    Arbitrary<List<Segment>> segments() {
        Arbitrary<Rating> ratings = Arbitraries.of(Rating.class);
        return Arbitraries.subsetOf(Dimension.values()).flatMap(dims -> {
            List<Arbitrary<Segment>> each = new ArrayList<>();
            for (Dimension d : dims) {
                each.add(ratings.map(r -> new Segment(d, r, "because")));
            }
            return Combinators.combine(each).as(list -> list);
        });
    }
}
