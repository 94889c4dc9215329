package org.joinedup.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NelderMeadTest {
    @Test
    void findsTheMinimumOfRosenbrocksFunctionFromRsStart() {
        // R: optim(c(-1.2, 1), fr) converges near (1, 1) with value about 8.8e-8 in 195 evaluations
        NelderMead.Result result = NelderMead.R_DEFAULTS.minimize(
                x -> 100 * Math.pow(x[1] - x[0] * x[0], 2) + Math.pow(1 - x[0], 2), new double[] {-1.2, 1});
        assertThat(result.converged()).isTrue();
        assertThat(result.point()[0]).isCloseTo(1, within(0.01));
        assertThat(result.point()[1]).isCloseTo(1, within(0.02));
        assertThat(result.value()).isLessThan(1e-6);
        assertThat(result.evaluations()).isLessThan(500);
    }

    @Test
    void treatsNonFiniteValuesAsAWallAndStaysInside() {
        NelderMead.Result result = NelderMead.R_DEFAULTS.minimize(
                x -> x[0] < 0.5 ? Double.POSITIVE_INFINITY : x[0] * x[0], new double[] {2});
        assertThat(result.point()[0]).isCloseTo(0.5, within(1e-3));
    }

    @Test
    void refusesAStartWhereTheFunctionCannotBeEvaluated() {
        assertThatThrownBy(() -> NelderMead.R_DEFAULTS.minimize(x -> Double.NaN, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stopsAtTheEvaluationLimit() {
        NelderMead.Result result = NelderMead.R_DEFAULTS
                .withMaxEvaluations(20)
                .minimize(x -> 100 * Math.pow(x[1] - x[0] * x[0], 2) + Math.pow(1 - x[0], 2), new double[] {-1.2, 1});
        assertThat(result.converged()).isFalse();
        assertThat(result.evaluations()).isLessThanOrEqualTo(23);
    }
}
