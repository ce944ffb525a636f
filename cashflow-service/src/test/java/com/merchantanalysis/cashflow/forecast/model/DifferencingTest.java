package com.merchantanalysis.cashflow.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The unit-root and seasonal-strength decisions against R's. R's figures (Debian bookworm's r-base-core
 * and r-cran-forecast): the KPSS statistic as {@code forecast::ndiffs} computes it,
 * {@code urca::ur.kpss(lh, type = "mu", use.lag = trunc(3 * sqrt(48) / 13))@teststat} 0.367889110815209,
 * the same for {@code USAccDeaths} (n = 72) 0.291233804186483; {@code ndiffs(lh)} 0;
 * {@code nsdiffs(USAccDeaths)} 1.
 */
class DifferencingTest {

    @Test
    void kpssStatisticIsRsUrca() {
        assertThat(Differencing.kpss(ArimaTest.LH)).isCloseTo(0.367889110815209, within(1e-9));
        assertThat(Differencing.kpss(ArimaTest.US_ACC_DEATHS)).isCloseTo(0.291233804186483, within(1e-9));
    }

    @Test
    void differencesAsRDecides() {
        assertThat(Differencing.firstDifferences(ArimaTest.LH, 2)).isZero();
        assertThat(Differencing.seasonalDifferences(ArimaTest.US_ACC_DEATHS, 12)).isEqualTo(1);
    }

    @Test
    void aRandomWalkIsDifferencedOnceAndNoiseHasNoSeason() {
        Random random = new Random(3);
        double[] walk = new double[300];
        double[] noise = new double[300];
        for (int t = 1; t < walk.length; t++) {
            walk[t] = walk[t - 1] + random.nextGaussian();
            noise[t] = random.nextGaussian();
        }
        assertThat(Differencing.firstDifferences(walk, 2)).isEqualTo(1);
        assertThat(Differencing.firstDifferences(noise, 2)).isZero();
        assertThat(Differencing.seasonalDifferences(noise, 12)).isZero();
        assertThat(Differencing.seasonalStrength(noise, 12)).isLessThan(0.3);
    }
}
