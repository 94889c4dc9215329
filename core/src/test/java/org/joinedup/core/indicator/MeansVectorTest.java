package org.joinedup.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.core.indicator.Vectors.assertClose;
import static org.joinedup.core.indicator.Vectors.assertMatches;
import static org.joinedup.core.indicator.Vectors.number;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joinedup.core.text.CsvRow;
import org.junit.jupiter.api.Test;

/** phe_means_input.csv grouped by area, and ungrouped, through {@link Means}, against phe_means_expected.csv. */
class MeansVectorTest {
    @Test
    void everyMeanRowMatchesTheReference() {
        Map<String, List<Double>> groups = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        for (CsvRow row : Vectors.rows("phe_means_input.csv")) {
            groups.computeIfAbsent(row.get("area"), a -> new ArrayList<>()).add(number(row, "value"));
            all.add(number(row, "value"));
        }
        groups.put("ALL (ungrouped)", all);
        int checked = 0;
        for (CsvRow row : Vectors.rows("phe_means_expected.csv")) {
            String what = "group " + row.get("group");
            double[] values = groups.get(row.get("group")).stream()
                    .mapToDouble(Double::doubleValue)
                    .toArray();
            MeanValue mean = Means.of(values, 0.95, 0.998);
            assertClose(what + " sum", number(row, "value_sum"), mean.sum(), Vectors.RELATIVE, 0);
            assertThat(mean.count()).isEqualTo(number(row, "value_count").intValue());
            assertMatches(what + " sd", number(row, "stdev"), mean.standardDeviation());
            IndicatorValue result = mean.indicator();
            assertMatches(what + " value", number(row, "value"), result.value());
            assertMatches(what + " lower 95", number(row, "lower95_0cl"), result.lower(0.95));
            assertMatches(what + " upper 95", number(row, "upper95_0cl"), result.upper(0.95));
            assertMatches(what + " lower 99.8", number(row, "lower99_8cl"), result.lower(0.998));
            assertMatches(what + " upper 99.8", number(row, "upper99_8cl"), result.upper(0.998));
            checked++;
        }
        assertThat(checked).isEqualTo(3);
    }
}
