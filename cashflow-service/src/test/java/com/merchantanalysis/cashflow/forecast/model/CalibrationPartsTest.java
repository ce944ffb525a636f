package com.merchantanalysis.cashflow.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The small pieces the calibrated intervals rest on. */
class CalibrationPartsTest {

    @Test
    void sortKeysKeepTheOrderOfTheValuesAndTheirTags() {
        SplittableRandom random = new SplittableRandom(3);
        double[] values = new double[1_000];
        long[] keys = new long[values.length];
        int bits = SortKeys.bits(values.length);
        for (int i = 0; i < values.length; i++) {
            values[i] = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-3, 6));
            keys[i] = SortKeys.key(values[i], i, bits);
        }
        Arrays.sort(keys);
        double previous = Double.NEGATIVE_INFINITY;
        for (long key : keys) {
            double original = values[SortKeys.tag(key, bits)];
            assertThat(SortKeys.value(key, bits)).isCloseTo(original, within(1e-9 * Math.abs(original)));
            assertThat(original).isGreaterThanOrEqualTo(previous);
            previous = original;
        }
    }

    @Test
    void isotonicRegressionPoolsTheStepsThatGoDown() {
        double[] fitted = Isotonic.nonDecreasing(new double[] {1, 3, 2, 4, 3.5, 5}, new double[] {1, 1, 1, 1, 3, 1});

        assertThat(fitted).containsExactly(1, 2.5, 2.5, 3.625, 3.625, 5);
    }

    @Test
    void anIsolatedSpikeIsCleanedButTheEndOfAGrowingSeriesIsKept() {
        double[] y = new double[80];
        for (int t = 0; t < y.length; t++) {
            y[t] = Math.exp(0.04 * t) * (1 + 0.3 * (t % 4)) * (1 + 0.02 * Math.sin(t));
        }
        y[30] *= 4;

        double[] cleaned = OutlierCleaner.clean(y, 4, null);

        assertThat(cleaned[30]).isLessThan(y[30] / 2);
        for (int t = 0; t < y.length; t++) {
            if (t != 30) {
                assertThat(cleaned[t]).as("step %d", t).isEqualTo(y[t]);
            }
        }
    }

    @Test
    void theQuantileTableWeighsEveryStepAlike() {
        // Step 0 has nine scores of 0, step 1 one score of 10: with steps weighted alike, the median lies
        // between them, not at 0 as it would with every score weighted alike.
        double[] scores = {0, 0, 0, 0, 0, 0, 0, 0, 0, 10};
        int[] steps = {0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
        double[] table = CalibratedIntervals.quantileTable(scores, steps, new double[] {1.0 / 9, 1.0});

        ErrorDistribution distribution = new ErrorDistribution(new double[] {1}, table, 1);
        assertThat(distribution.standardQuantile(0.5)).isGreaterThan(0).isLessThan(10);
        assertThat(distribution.standardQuantile(0.2)).isZero();
        assertThat(distribution.standardQuantile(0.9)).isEqualTo(10);
    }

    @Test
    void quantilesFromFewOriginsAreStretchedAboutTheMedianByOnePlusOneOverTheirNumber() {
        double[] uniform = new double[CalibratedIntervals.QUANTILE_POINTS];
        for (int i = 0; i < uniform.length; i++) {
            uniform[i] = (double) i / (uniform.length - 1);
        }

        assertThat(new ErrorDistribution(new double[] {1}, uniform, 4).standardQuantile(0.75))
                .isCloseTo(0.5 + 0.25 * 1.25, within(1e-9));
        assertThat(new ErrorDistribution(new double[] {1}, uniform, 4).standardQuantile(0.5)).isCloseTo(0.5, within(1e-9));
        assertThat(new ErrorDistribution(new double[] {1}, uniform, 100).standardQuantile(0.1))
                .isCloseTo(0.5 - 0.4 * 1.01, within(1e-9));
        assertThat(new ErrorDistribution(new double[] {1}, uniform, 0).standardQuantile(0.75)).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void aRandomWalkHasNoYearlySeasonButAYearlyPatternHas() {
        SplittableRandom random = new SplittableRandom(11);
        double[] walk = new double[300];
        double[] seasonal = new double[300];
        for (int t = 0; t < walk.length; t++) {
            walk[t] = (t == 0 ? 0 : walk[t - 1]) + random.nextGaussian();
            seasonal[t] = 100 + 0.1 * t + 10 * Math.sin(2 * Math.PI * t / 52) + random.nextGaussian();
        }

        assertThat(Seasonality.present(walk, 52)).isFalse();
        assertThat(Seasonality.present(seasonal, 52)).isTrue();
    }
}
