package com.merchantanalysis.costs.anomaly.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.merchantanalysis.costs.anomaly.domain.PatternBreaks.Finding;
import com.merchantanalysis.costs.config.CostSettings;

import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Finds the months where one cost line broke its own level when there is too little history for
 * {@link PatternBreaks} (no seasonal baseline, too few residuals to score): each month against the median
 * of all the line's complete months, the residual on a log scale (costs vary by percentages) scored with
 * a robust z-score, (r − median r) / (1.4826 · MAD), the scale kept between a floor and a cap because a
 * MAD of a few months is itself unsteady: with three months it is half the gap between the two ordinary
 * ones.
 * The median of all months, not of the others, so that with three months a single spike cannot drag the
 * yardstick of the other two. Lines that move with sales are compared per yuan of revenue, so that a
 * busy month is no spike. A month is reported only if it is also material, as in the long rule. Step
 * changes are not looked for: a few months cannot tell a new level from a spike.
 */
final class ShortHistoryBreaks {

    private static final double MAD_TO_SIGMA = 1.4826;

    private final CostSettings.Anomaly settings;

    ShortHistoryBreaks(CostSettings.Anomaly settings) {
        this.settings = settings;
    }

    /**
     * @param values          the line's amount per complete month, in order (at least
     *                        {@code shortHistoryMonths} of them)
     * @param revenue         the revenue of the same months
     * @param perYuanOfSales  whether the line is compared per yuan of revenue
     * @param evaluate        indexes of the months to report on
     */
    List<Finding> find(double[] values, double[] revenue, boolean perYuanOfSales, Set<Integer> evaluate) {
        // Months before the line was first booked are not its history (a bill paid in arrears, a new line).
        int first = 0;
        while (first < values.length && values[first] <= 0) {
            first++;
        }
        int n = values.length - first;
        if (n < settings.shortHistoryMonths()) {
            return List.of();
        }
        double[] line = Arrays.copyOfRange(values, first, values.length);
        double[] sales = Arrays.copyOfRange(revenue, first, revenue.length);
        boolean perYuan = perYuanOfSales && Arrays.stream(sales).allMatch(r -> r > 0);
        double[] basis = new double[n];
        for (int i = 0; i < n; i++) {
            basis[i] = perYuan ? line[i] / sales[i] : line[i];
        }
        double level = median(basis);
        double[] expected = new double[n];
        double[] residual = new double[n];
        for (int i = 0; i < n; i++) {
            expected[i] = perYuan ? level * sales[i] : level;
            residual[i] = Math.log1p(Math.max(line[i], 0)) - Math.log1p(Math.max(expected[i], 0));
        }
        double center = median(residual);
        double mad = median(Arrays.stream(residual).map(r -> Math.abs(r - center)).toArray());
        double scale = Math.min(Math.max(MAD_TO_SIGMA * mad, settings.shortHistoryScaleFloor()),
                settings.shortHistoryScaleCap());
        double minLogChange = Math.log1p(settings.minRelativeChange());
        Baseline baseline = Baseline.of(perYuan ? "medianPerYuan" : "median", n, PatternBreaks.MIN_MONTHS);
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!evaluate.contains(first + i)) {
                continue;
            }
            double z = (residual[i] - center) / scale;
            boolean material = Math.abs(line[i] - expected[i]) >= settings.minAmount()
                    && Math.abs(residual[i]) >= minLogChange;
            if (Math.abs(z) >= settings.zThreshold() && material) {
                found.add(new Finding(first + i, residual[i] > 0 ? "SPIKE" : "DROP", line[i], expected[i], z, baseline,
                        expected[i]));
            }
        }
        return found;
    }

    private static double median(double[] values) {
        return new Median().evaluate(values);
    }
}
