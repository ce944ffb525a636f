package com.merchantanalysis.costs.anomaly.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.merchantanalysis.costs.anomaly.domain.PatternBreaks.Finding;
import com.merchantanalysis.costs.anomaly.domain.PatternBreaks.StepMode;
import com.merchantanalysis.costs.config.CostSettings;

import org.junit.jupiter.api.Test;

/**
 * The detector on monthly series with the noise real cost lines have: utilities with a summer and winter
 * peak and ±5-10% bills, payroll with overtime, COGS as a noisy share of seasonal sales.
 */
class PatternBreaksTest {

    private static final CostSettings.Anomaly DEFAULTS = new CostSettings.Anomaly(24, 3.5, 0.8, 200, 0.75, 3, 0.15,
            Set.of(), Set.of(), 3, 0.1, 0.2);
    private static final double[] SEASON = { 1.15, 1.10, 1.00, 0.95, 1.00, 1.15, 1.30, 1.30, 1.10, 1.00, 1.00, 1.10 };
    private static final int MONTHS = 26;

    private final PatternBreaks detector = new PatternBreaks(DEFAULTS);

    @Test
    void noisySeasonalLinesOfCleanMerchantsRaiseNothing() {
        int falseAlarms = 0;
        for (int seed = 0; seed < 500; seed++) {
            Random random = new Random(seed);
            double noise = 0.05 + 0.05 * random.nextDouble();
            double[] revenue = revenue(random);
            List<Finding> found = new ArrayList<>();
            found.addAll(detector.find(utilities(random, noise, -1), revenue, StepMode.NONE, all()));
            found.addAll(detector.find(payroll(random), revenue, StepMode.AMOUNT, all()));
            found.addAll(detector.find(cogs(random, revenue, -1, 0), revenue, StepMode.SHARE_OF_REVENUE, all()));
            assertThat(found).as("seed " + seed).isEmpty();
            falseAlarms += found.size();
        }
        assertThat(falseAlarms).isZero();
    }

    @Test
    void aTripledUtilitiesMonthIsFoundOnItsMonthWhateverTheSeason() {
        for (int seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            int month = 6 + random.nextInt(MONTHS - 6);
            double[] series = utilities(random, 0.08, month);

            List<Finding> found = detector.find(series, revenue(random), StepMode.NONE, all());

            assertThat(found).as("seed " + seed).hasSize(1);
            assertThat(found.get(0).index()).isEqualTo(month);
            assertThat(found.get(0).type()).isEqualTo("SPIKE");
        }
    }

    @Test
    void aSupplierPriceRiseIsAStepInCogsPerYuanOfSalesNotABusySeason() {
        Random random = new Random(42);
        double[] revenue = revenue(random);
        double[] cogs = cogs(random, revenue, 15, 0.25);

        List<Finding> found = detector.find(cogs, revenue, StepMode.SHARE_OF_REVENUE, all());

        assertThat(found).extracting(Finding::type).containsExactly("STEP_UP");
        assertThat(found.get(0).index()).isEqualTo(15);
    }

    @Test
    void monthsOutsideThePeriodAreLearntFromButNotReported() {
        Random random = new Random(3);
        double[] series = utilities(random, 0.08, 10);

        assertThat(detector.find(series, revenue(random), StepMode.NONE, Set.of(20, 21, 22))).isEmpty();
    }

    private static Set<Integer> all() {
        return IntStream.range(0, MONTHS).boxed().collect(Collectors.toSet());
    }

    private static double[] revenue(Random random) {
        double[] revenue = new double[MONTHS];
        for (int i = 0; i < MONTHS; i++) {
            revenue[i] = 120_000 * (1 + 0.1 * Math.sin(2 * Math.PI * i / 12)) * (1 + 0.04 * random.nextGaussian());
        }
        return revenue;
    }

    private static double[] utilities(Random random, double noise, int tripled) {
        double[] series = new double[MONTHS];
        for (int i = 0; i < MONTHS; i++) {
            series[i] = (3200 * SEASON[i % 12] * (1 + noise * random.nextGaussian()) + 1100 * (1 + noise * random.nextGaussian()))
                    * (i == tripled ? 3 : 1);
        }
        return series;
    }

    private static double[] payroll(Random random) {
        double[] series = new double[MONTHS];
        for (int i = 0; i < MONTHS; i++) {
            series[i] = 29_500 + 6 * 150 * (1 + 0.5 * random.nextGaussian()) + (i >= 13 ? 1_500 : 0);
        }
        return series;
    }

    private static double[] cogs(Random random, double[] revenue, int rise, double by) {
        double[] series = new double[MONTHS];
        for (int i = 0; i < MONTHS; i++) {
            series[i] = revenue[i] * 0.38 * (1 + 0.03 * random.nextGaussian()) * (rise >= 0 && i >= rise ? 1 + by : 1);
        }
        return series;
    }
}
