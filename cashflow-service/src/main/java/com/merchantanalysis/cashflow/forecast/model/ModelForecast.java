package com.merchantanalysis.cashflow.forecast.model;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * One model's forecast with its prediction intervals, and what is needed to simulate error paths
 * consistent with them.
 *
 * @param lower      per level (e.g. 80.0) the lower bounds, step by step
 * @param sigma      the one-step error scale
 * @param psi        innovation weights ({@link FittedModel#psi(int)})
 * @param shocks     the model's standardised in-sample errors, drawn from when simulating
 * @param errors     the calibrated error distribution the intervals come from, or null when they come
 *                   from {@code sigma}, {@code psi} and {@code shocks} alone
 */
public record ModelForecast(String model, double[] mean, Map<Double, double[]> lower, Map<Double, double[]> upper,
        double aicc, double sigma, double[] psi, double[] shocks, ErrorDistribution errors) {

    /**
     * Simulated future error paths ({@code paths × horizon}): shocks run through the innovation
     * weights, so that errors add up over the horizon as the model says they do. With a calibrated
     * {@link ErrorDistribution} each step's values are then mapped, rank for rank, onto its quantiles:
     * every step's spread across the paths is the calibrated one (the intervals'), and the paths keep the
     * model's dependence between steps.
     */
    public double[][] simulateErrors(int paths, SplittableRandom random) {
        double[][] out = innovationPaths(paths, random);
        if (errors == null || paths == 0) {
            return out;
        }
        int horizon = mean.length;
        int bits = SortKeys.bits(paths);
        long[] keys = new long[paths];
        for (int h = 0; h < horizon; h++) {
            for (int p = 0; p < paths; p++) {
                keys[p] = SortKeys.key(out[p][h], p, bits);
            }
            java.util.Arrays.sort(keys);
            for (int rank = 0; rank < paths; rank++) {
                out[SortKeys.tag(keys[rank], bits)][h] = errors.quantile(h, (rank + 0.5) / paths);
            }
        }
        return out;
    }

    private double[][] innovationPaths(int paths, SplittableRandom random) {
        int horizon = mean.length;
        double[][] out = new double[paths][horizon];
        double[] e = new double[horizon];
        for (int p = 0; p < paths; p++) {
            for (int t = 0; t < horizon; t++) {
                e[t] = sigma * (shocks.length == 0 ? random.nextGaussian() : shocks[random.nextInt(shocks.length)]);
            }
            for (int h = 0; h < horizon; h++) {
                double sum = 0;
                for (int j = 0; j <= h; j++) {
                    if (psi[j] != 0) {
                        sum += psi[j] * e[h - j];
                    }
                }
                out[p][h] = sum;
            }
        }
        return out;
    }

    /** The same forecast shifted by a known effect (calendar regressors) at each step. */
    ModelForecast plus(double[] effect) {
        double[] m = mean.clone();
        Map<Double, double[]> lo = new java.util.TreeMap<>();
        Map<Double, double[]> hi = new java.util.TreeMap<>();
        for (int h = 0; h < m.length; h++) {
            m[h] += effect[h];
        }
        lower.forEach((level, bound) -> lo.put(level, shifted(bound, effect)));
        upper.forEach((level, bound) -> hi.put(level, shifted(bound, effect)));
        return new ModelForecast(model, m, lo, hi, aicc, sigma, psi, shocks, errors);
    }

    private static double[] shifted(double[] bound, double[] effect) {
        double[] out = bound.clone();
        for (int h = 0; h < out.length; h++) {
            out[h] += effect[h];
        }
        return out;
    }
}
