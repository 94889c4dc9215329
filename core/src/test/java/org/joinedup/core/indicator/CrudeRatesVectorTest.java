package org.joinedup.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.core.indicator.Vectors.assertMatches;
import static org.joinedup.core.indicator.Vectors.number;

import org.joinedup.core.text.CsvRow;
import org.junit.jupiter.api.Test;

/** Every row of phe_rates.csv through {@link CrudeRates}: exact below 10 events, Byar's at 10 or more. */
class CrudeRatesVectorTest {
    @Test
    void everyRateRowMatchesTheReference() {
        int checked = 0;
        for (CsvRow row : Vectors.rows("phe_rates.csv")) {
            String what = "row " + row.number() + " " + row.get("area") + " multiplier " + row.get("multiplier");
            double multiplier = number(row, "multiplier");
            IndicatorValue result = CrudeRates.ofNullable(
                    number(row, "numerator"), number(row, "denominator"), multiplier, 0.95, 0.998);
            assertMatches(what + " value", number(row, "value"), result.value());
            assertMatches(what + " lower 95", number(row, "lower95_0cl"), result.lower(0.95));
            assertMatches(what + " upper 95", number(row, "upper95_0cl"), result.upper(0.95));
            if (number(row, "lower99_8cl") != null || result.isAbsent()) {
                assertMatches(what + " lower 99.8", number(row, "lower99_8cl"), result.lower(0.998));
                assertMatches(what + " upper 99.8", number(row, "upper99_8cl"), result.upper(0.998));
            }
            String method = row.get("method");
            assertThat(result.method()).as(what).isEqualTo(method.equals("NA") ? "" : method);
            assertThat(result.statistic()).isEqualTo("rate per " + Confidence.plain(multiplier));
            checked++;
        }
        assertThat(checked).isEqualTo(32);
    }
}
