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
     * every step's spread across the paths is the calibrated one (the intervals'). The paths keep the
     * model's dependence between steps, weakened to what the past origins showed where the model claims
     * more: a calibrated day's error is mostly that day's noise, and carrying it whole into every later day
     * (as a persistent level would) adds the days' errors up as if they were one, which widened a 60-day
     * balance band to several times the shop's turnover.
     */
    public double[][] simulateErrors(int paths, SplittableRandom random) {
        double[][] out = innovationPaths(paths, random);
        if (errors == null || paths == 0) {
            return out;
        }
        int horizon = mean.length;
        mixIndependentNoise(out, random);
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

    /**
     * Blends each standardised path step with independent noise, {@code w * path + sqrt(1 - w^2) * noise}, so
     * that the steps' average correlation over the calibrated window, {@code w^2} times the model's, becomes
     * the measured one. Ranks are all that is used afterwards, so only the blend's dependence matters.
     */
    private void mixIndependentNoise(double[][] out, SplittableRandom random) {
        double measured = errors.stepCorrelation();
        int window = Math.min(mean.length, errors.correlationSteps());
        double implied = impliedCorrelation(window);
        if (!Double.isFinite(measured) || !(implied > 0) || measured >= implied) {
            return;
        }
        double w = Math.sqrt(Math.max(0, measured) / implied);
        double rest = Math.sqrt(1 - w * w);
        double[] sd = new double[mean.length];
        for (int h = 0; h < mean.length; h++) {
            double ss = 0;
            for (int j = 0; j <= h; j++) {
                ss += psi[j] * psi[j];
            }
            sd[h] = Math.sqrt(ss);
        }
        for (double[] path : out) {
            for (int h = 0; h < path.length; h++) {
                double standard = sd[h] > 0 ? path[h] / (sigma * sd[h]) : 0;
                path[h] = w * (Double.isFinite(standard) ? standard : 0) + rest * random.nextGaussian();
            }
        }
    }

    /**
     * The model's average correlation between the errors of two of the first {@code window} steps: with unit
     * shocks, step h's error is {@code sum_j psi[j] e[h - j]}, so two steps share the shocks up to the earlier.
     */
    double impliedCorrelation(int window) {
        double[][] cov = new double[window][window];
        for (int h = 0; h < window; h++) {
            for (int k = h; k < window; k++) {
                double c = 0;
                for (int i = 0; i <= h; i++) {
                    c += psi[h - i] * psi[k - i];
                }
                cov[h][k] = c;
                cov[k][h] = c;
            }
        }
        double sum = 0;
        int pairs = 0;
        for (int h = 0; h < window; h++) {
            for (int k = 0; k < window; k++) {
                if (h != k && cov[h][h] > 0 && cov[k][k] > 0) {
                    sum += cov[h][k] / Math.sqrt(cov[h][h] * cov[k][k]);
                    pairs++;
                }
            }
        }
        return pairs == 0 ? Double.NaN : sum / pairs;
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
