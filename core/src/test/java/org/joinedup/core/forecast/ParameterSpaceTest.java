package org.joinedup.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ParameterSpaceTest {
    @Test
    void largestRootOfAKnownPolynomial() {
        // (z - 0.5)(z + 0.8)(z^2 + 1) = z^4 + 0.3 z^3 + 0.6 z^2 + 0.3 z - 0.4
        assertThat(Polynomials.largestRootModulus(new double[] {1, 0.3, 0.6, 0.3, -0.4}))
                .isCloseTo(1, within(1e-12));
        assertThat(Polynomials.largestRootModulus(new double[] {1, -3, 2})).isCloseTo(2, within(1e-12));
    }

    @Test
    void seasonalModelWithoutTrendIsAdmissibleForUsualParameters() {
        // no trend and no damping always puts one root at z = 1, which R's tolerance admits
        assertThat(ParameterSpace.isAdmissible(new EtsParameters(0.3, 0, 0.1, 1), false, true, 12))
                .isTrue();
        assertThat(ParameterSpace.isAdmissible(new EtsParameters(0.3, 0.05, 0.1, 0.9), true, true, 4))
                .isTrue();
    }

    @Test
    void seasonalSmoothingAboveItsBoundIsNotAdmissible() {
        assertThat(ParameterSpace.isAdmissible(new EtsParameters(0.5, 0, 1.8, 1), false, true, 4))
                .isFalse();
    }

    @Test
    void nonSeasonalBoundsAreThoseOfHyndmanAkramArchibald() {
        assertThat(ParameterSpace.isAdmissible(new EtsParameters(1.5, 0, 0, 1), false, false, 1))
                .isTrue();
        assertThat(ParameterSpace.isAdmissible(new EtsParameters(2.1, 0, 0, 1), false, false, 1))
                .isFalse();
        assertThat(ParameterSpace.isAdmissible(new EtsParameters(0.5, 3.5, 0, 1), true, false, 1))
                .isFalse();
    }

    @Test
    void startingValuesAreThoseOfRsInitparam() {
        ParameterSpace space = new ParameterSpace(EtsModel.parse("AAdA"), 12, GivenParameters.none());
        double[] start = space.start();
        double alpha = 1e-4 + 0.2 * (0.9999 - 1e-4) / 12;
        assertThat(start[0]).isCloseTo(alpha, within(1e-15));
        assertThat(start[1]).isCloseTo(1e-4 + 0.1 * (alpha - 1e-4), within(1e-15));
        assertThat(start[2]).isCloseTo(1e-4 + 0.05 * (1 - alpha - 1e-4), within(1e-15));
        assertThat(start[3]).isCloseTo(0.8 + 0.99 * 0.18, within(1e-15));
    }
}
