package com.merchantanalysis.cashflow.forecast.model;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Prediction intervals for any model from its in-sample one-step errors: the h-step spread is the
 * error scale times the model's innovation weights, and the quantiles are the errors' own (empirical,
 * so skewed or heavy-tailed errors get honest bounds) once there are enough of them, normal before.
 */
public final class PredictionIntervals {

    /** Fewer standardised errors than this and the normal quantiles are used. */
    static final int EMPIRICAL_FROM = 60;

    private static final NormalDistribution NORMAL = new NormalDistribution();

    private PredictionIntervals() {
    }

    /**
     * @param y       the series the model was fitted to
     * @param levels  coverage levels in percent, each in (0, 100)
     */
    public static ModelForecast of(FittedModel model, double[] y, int horizon, double[] levels) {
        double[] mean = model.forecast(horizon);
        double[] fitted = model.fitted();
        double[] errors = new double[y.length];
        int k = 0;
        double sumSquares = 0;
        for (int t = 0; t < y.length; t++) {
            if (Double.isFinite(fitted[t])) {
                double e = y[t] - fitted[t];
                errors[k++] = e;
                sumSquares += e * e;
            }
        }
        double sigma = k > 0 ? Math.sqrt(sumSquares / k) : spread(y);
        if (!(sigma > 0)) {
            sigma = Math.max(1e-9, spread(y));
        }
        double[] shocks = new double[k];
        for (int i = 0; i < k; i++) {
            shocks[i] = errors[i] / sigma;
        }
        double[] psi = model.psi(horizon);
        double[] scale = new double[horizon];
        double cumulative = 0;
        for (int h = 0; h < horizon; h++) {
            cumulative += psi[h] * psi[h];
            scale[h] = sigma * Math.sqrt(cumulative);
        }
        Map<Double, double[]> lower = new TreeMap<>();
        Map<Double, double[]> upper = new TreeMap<>();
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        double[] sorted = shocks.clone();
        Arrays.sort(sorted);
        for (double level : levels) {
            double tail = (1 - level / 100) / 2;
            double qLow;
            double qHigh;
            if (k >= EMPIRICAL_FROM) {
                percentile.setData(sorted);
                qLow = percentile.evaluate(100 * tail);
                qHigh = percentile.evaluate(100 * (1 - tail));
            } else {
                qHigh = NORMAL.inverseCumulativeProbability(1 - tail);
                qLow = -qHigh;
            }
            double[] lo = new double[horizon];
            double[] hi = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                lo[h] = mean[h] + qLow * scale[h];
                hi[h] = mean[h] + qHigh * scale[h];
            }
            lower.put(level, lo);
            upper.put(level, hi);
        }
        return new ModelForecast(model.name(), mean, lower, upper, model.aicc(), sigma, psi, shocks, null);
    }

    private static double spread(double[] y) {
        if (y.length < 2) {
            return y.length == 1 ? Math.abs(y[0]) * 0.1 : 0;
        }
        double mean = Arrays.stream(y).average().orElse(0);
        double ss = 0;
        for (double v : y) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (y.length - 1));
    }
}
