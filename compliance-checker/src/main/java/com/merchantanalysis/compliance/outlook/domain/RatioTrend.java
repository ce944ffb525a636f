package com.merchantanalysis.compliance.outlook.domain;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Next month's ratio from the monthly history: a least-squares trend line (three months or more, else the
 * mean), with a normal predictive distribution whose variance adds the trend's prediction error and, for
 * count ratios, the binomial noise of a month with {@code expectedCount} trials.
 */
public final class RatioTrend {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private RatioTrend() {
    }

    /** @param expected mean of next month's ratio; @param sd its standard deviation; @param slope per month */
    public record Prediction(double expected, double sd, double slope, int months) {

        /** Probability that next month's ratio is at or above {@code threshold}. */
        public double probabilityAtOrAbove(double threshold) {
            if (sd < 1e-12) {
                return expected >= threshold ? 1 : 0;
            }
            return 1 - STANDARD_NORMAL.cumulativeProbability((threshold - expected) / sd);
        }

        /** Probability that next month's ratio is at or below {@code threshold}. */
        public double probabilityAtOrBelow(double threshold) {
            if (sd < 1e-12) {
                return expected <= threshold ? 1 : 0;
            }
            return STANDARD_NORMAL.cumulativeProbability((threshold - expected) / sd);
        }
    }

    /** Returns null without history. {@code expectedCount} ≤ 0 leaves out the binomial term. */
    public static Prediction predict(double[] ratios, double expectedCount) {
        int n = ratios.length;
        if (n == 0) {
            return null;
        }
        double expected;
        double variance;
        double slope = 0;
        if (n >= 3) {
            SimpleRegression regression = new SimpleRegression();
            SummaryStatistics x = new SummaryStatistics();
            for (int i = 0; i < n; i++) {
                regression.addData(i, ratios[i]);
                x.addValue(i);
            }
            slope = regression.getSlope();
            expected = regression.predict(n);
            double mse = Double.isNaN(regression.getMeanSquareError()) ? 0 : regression.getMeanSquareError();
            double sxx = x.getVariance() * (n - 1);
            variance = mse * (1 + 1.0 / n + Math.pow(n - x.getMean(), 2) / sxx);
        } else {
            SummaryStatistics stats = new SummaryStatistics();
            for (double ratio : ratios) {
                stats.addValue(ratio);
            }
            expected = stats.getMean();
            variance = n > 1 ? stats.getVariance() : 0;
        }
        expected = Math.max(0, expected);
        if (expectedCount > 0) {
            double p = Math.min(1, expected);
            variance += p * (1 - p) / expectedCount;
        }
        return new Prediction(expected, Math.sqrt(variance), slope, n);
    }
}
