package com.merchantanalysis.costs.anomaly.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.merchantanalysis.costs.anomaly.domain.PatternBreaks.Finding;
import com.merchantanalysis.costs.config.CostSettings;

import org.junit.jupiter.api.Test;

/**
 * The short-history rule on three to eight months of the noise real cost lines have: utilities with their
 * season and ±5-10% bills, payroll with overtime, COGS as a noisy share of sales with a busy month.
 */
class ShortHistoryBreaksTest {

    private static final CostSettings.Anomaly DEFAULTS = new CostSettings.Anomaly(24, 3.5, 0.8, 200, 0.75, 3, 0.15,
            Set.of(), Set.of(), 3, 0.1, 0.2);
    private static final double[] SEASON = { 1.15, 1.10, 1.00, 0.95, 1.00, 1.15, 1.30, 1.30, 1.10, 1.00, 1.00, 1.10 };

    private final ShortHistoryBreaks detector = new ShortHistoryBreaks(DEFAULTS);

    @Test
    void aTripledUtilitiesMonthIsFoundInThreeToEightMonthsWhereverItFalls() {
        for (int seed = 0; seed < 600; seed++) {
            Random random = new Random(seed);
            int months = 3 + seed % 6;
            int start = random.nextInt(12);
            int tripled = random.nextInt(months);
            double[] series = utilities(random, months, start, 0.05 + 0.05 * random.nextDouble(), tripled);

            List<Finding> found = detector.find(series, revenue(random, months, -1), false, all(months));

            assertThat(found).as("seed " + seed).hasSize(1);
            assertThat(found.get(0).index()).isEqualTo(tripled);
            assertThat(found.get(0).type()).isEqualTo("SPIKE");
        }
    }

    @Test
    void noisyLinesOfCleanMerchantsRaiseNothing() {
        for (int seed = 0; seed < 600; seed++) {
            Random random = new Random(seed);
            int months = 3 + seed % 6;
            int busy = random.nextInt(months);
            double[] revenue = revenue(random, months, busy);
            List<Finding> found = new ArrayList<>();
            found.addAll(detector.find(utilities(random, months, random.nextInt(12), 0.1, -1), revenue, false, all(months)));
            found.addAll(detector.find(payroll(random, months), revenue, false, all(months)));
            found.addAll(detector.find(cogs(random, revenue), revenue, true, all(months)));

            assertThat(found).as("seed " + seed).isEmpty();
        }
    }

    @Test
    void aBusyMonthIsNoSpikeInALineThatMovesWithSales() {
        Random random = new Random(11);
        double[] revenue = revenue(random, 5, 4);
        revenue[4] *= 1.6; // Double 11 on top of the busy month
        double[] cogs = cogs(random, revenue);

        assertThat(detector.find(cogs, revenue, true, all(5))).isEmpty();
        assertThat(detector.find(cogs, revenue, false, all(5))).extracting(Finding::index).containsExactly(4);
    }

    @Test
    void monthsBeforeALineWasFirstBookedAreNoDrop() {
        Random random = new Random(5);
        double[] tax = { 0, 1250, 1190, 1320, 1240, 1275 };

        assertThat(detector.find(tax, revenue(random, 6, -1), false, all(6))).isEmpty();
        tax[4] = 0;
        assertThat(detector.find(tax, revenue(random, 6, -1), false, all(6))).extracting(Finding::type)
                .containsExactly("DROP");
    }

    @Test
    void monthsOutsideThePeriodAreLearntFromButNotReported() {
        Random random = new Random(3);
        double[] series = utilities(random, 6, 0, 0.08, 1);

        assertThat(detector.find(series, revenue(random, 6, -1), false, Set.of(4, 5))).isEmpty();
    }

    private static Set<Integer> all(int months) {
        return IntStream.range(0, months).boxed().collect(Collectors.toSet());
    }

    /** Monthly revenue with ±4% noise and, if {@code busy} ≥ 0, a month 40% busier. */
    private static double[] revenue(Random random, int months, int busy) {
        double[] revenue = new double[months];
        for (int i = 0; i < months; i++) {
            revenue[i] = 120_000 * (1 + 0.04 * random.nextGaussian()) * (i == busy ? 1.4 : 1);
        }
        return revenue;
    }

    private static double[] utilities(Random random, int months, int start, double noise, int tripled) {
        double[] series = new double[months];
        for (int i = 0; i < months; i++) {
            series[i] = (3200 * SEASON[(start + i) % 12] * (1 + noise * random.nextGaussian())
                    + 1100 * (1 + noise * random.nextGaussian())) * (i == tripled ? 3 : 1);
        }
        return series;
    }

    private static double[] payroll(Random random, int months) {
        double[] series = new double[months];
        for (int i = 0; i < months; i++) {
            series[i] = 29_500 + 6 * 150 * (1 + 0.5 * random.nextGaussian());
        }
        return series;
    }

    private static double[] cogs(Random random, double[] revenue) {
        double[] series = new double[revenue.length];
        for (int i = 0; i < revenue.length; i++) {
            series[i] = revenue[i] * 0.38 * (1 + 0.05 * random.nextGaussian());
        }
        return series;
    }
}
