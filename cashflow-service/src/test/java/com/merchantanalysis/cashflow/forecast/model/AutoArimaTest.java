package com.merchantanalysis.cashflow.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

class AutoArimaTest {

    @Test
    void choosesRsDifferencesForUsAccDeathsAndBeatsTheAirlineModelsAicc() {
        // R's auto.arima(USAccDeaths) gives ARIMA(0,1,1)(2,1,0)[12]: one difference of each kind.
        ArimaFit fit = AutoArima.standard().fit(ArimaTest.US_ACC_DEATHS, 12);

        assertThat(fit.spec().d()).isEqualTo(1);
        assertThat(fit.spec().seasonalD()).isEqualTo(1);
        assertThat(fit.spec().constant()).isFalse();
        ArimaFit airline = ArimaFit.estimate(new ArimaSpec(0, 1, 1, 0, 1, 1, 12, false), ArimaTest.US_ACC_DEATHS, 40);
        assertThat(fit.aicc()).isLessThanOrEqualTo(airline.aicc());
    }

    @Test
    void findsAnAr1AndARandomWalkWithDrift() {
        Random random = new Random(11);
        double[] ar = new double[500];
        double[] walk = new double[500];
        for (int t = 1; t < ar.length; t++) {
            ar[t] = 0.7 * ar[t - 1] + random.nextGaussian();
            walk[t] = walk[t - 1] + 0.5 + random.nextGaussian();
        }
        ArimaFit arFit = AutoArima.standard().fit(ar, 1);
        assertThat(arFit.spec().d()).isZero();
        assertThat(arFit.spec().p() + arFit.spec().q()).isPositive();

        ArimaFit walkFit = AutoArima.standard().fit(walk, 1);
        assertThat(walkFit.spec().d()).isEqualTo(1);
        assertThat(walkFit.spec().constant()).isTrue();
        assertThat(walkFit.mean()).isCloseTo(0.5, within(0.15));
    }

    @Test
    void rootsNearTheUnitCircleAreFound() {
        assertThat(AutoArima.smallestRoot(new double[] {1, -0.5})).isCloseTo(2, within(1e-9));
        // 1 - 1.5 z + 0.5 z^2 = (1 - z)(1 - 0.5 z): roots 1 and 2.
        assertThat(AutoArima.smallestRoot(new double[] {1, -1.5, 0.5})).isCloseTo(1, within(1e-9));
        assertThat(AutoArima.smallestRoot(new double[] {1})).isInfinite();
    }
}
