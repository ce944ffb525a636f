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

    /** R's {@code datasets::JohnsonJohnson}, quarterly earnings per share 1960–1980. */
    static final double[] JOHNSON_JOHNSON = {0.71, 0.63, 0.85, 0.44, 0.61, 0.69, 0.92, 0.55, 0.72, 0.77, 0.92, 0.6,
        0.83, 0.8, 1, 0.77, 0.92, 1, 1.24, 1, 1.16, 1.3, 1.45, 1.25, 1.26, 1.38, 1.86, 1.56, 1.53, 1.59, 1.83, 1.86,
        1.53, 2.07, 2.34, 2.25, 2.16, 2.43, 2.7, 2.25, 2.79, 3.42, 3.69, 3.6, 3.6, 4.32, 4.32, 4.05, 4.86, 5.04, 5.04,
        4.41, 5.58, 5.85, 6.57, 5.31, 6.03, 6.39, 6.93, 5.85, 6.93, 7.74, 7.83, 6.12, 7.74, 8.91, 8.28, 6.84, 9.54,
        10.26, 9.54, 8.73, 11.88, 12.06, 12.15, 8.91, 14.04, 12.96, 14.85, 9.99, 16.2, 14.67, 16.02, 11.61};

    /**
     * A season that grows with the level is strong, as R's STL-based heuristic finds: R's
     * {@code 1 - var(remainder) / var(remainder + seasonal)} of {@code mstl(JohnsonJohnson)} is 0.8209 and
     * {@code nsdiffs(JohnsonJohnson)} 1 (a decomposition with a fixed season found no seasonal
     * difference; it gave 0.32). The tolerance, 0.05, is what separates this decomposition from STL's loess trend.
     */
    @Test
    void aSeasonThatGrowsWithTheLevelIsStrongAsInR() {
        assertThat(Differencing.seasonalStrength(JOHNSON_JOHNSON, 4)).isCloseTo(0.8209, within(0.05));
        assertThat(Differencing.seasonalDifferences(JOHNSON_JOHNSON, 4)).isEqualTo(1);
    }

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
