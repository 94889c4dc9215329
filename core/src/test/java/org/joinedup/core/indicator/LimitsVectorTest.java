package org.joinedup.core.indicator;

import static org.joinedup.core.indicator.Vectors.assertMatches;
import static org.joinedup.core.indicator.Vectors.number;

import java.util.OptionalDouble;
import org.joinedup.core.text.CsvRow;
import org.junit.jupiter.api.Test;

/** Every row of phe_byars_wilson.csv through {@link ByarsLimits} and {@link WilsonLimits}. */
class LimitsVectorTest {
    @Test
    void everyByarsAndWilsonRowMatchesTheReference() {
        int checked = 0;
        for (CsvRow row : Vectors.rows("phe_byars_wilson.csv")) {
            String what = "row " + row.number() + " " + row.get("method") + " x=" + row.get("x") + " n=" + row.get("n")
                    + " confidence=" + row.get("confidence");
            double x = number(row, "x");
            double confidence = number(row, "confidence");
            OptionalDouble lower;
            OptionalDouble upper;
            if (row.get("method").equals("Byars")) {
                lower = ByarsLimits.lower(x, confidence);
                upper = OptionalDouble.of(ByarsLimits.upper(x, confidence));
            } else {
                double n = number(row, "n");
                lower = OptionalDouble.of(WilsonLimits.lower(x, n, confidence));
                upper = OptionalDouble.of(WilsonLimits.upper(x, n, confidence));
            }
            assertMatches(what + " lower", number(row, "expected_lower"), lower);
            assertMatches(what + " upper", number(row, "expected_upper"), upper);
            checked++;
        }
        org.assertj.core.api.Assertions.assertThat(checked).isEqualTo(16);
    }
}
