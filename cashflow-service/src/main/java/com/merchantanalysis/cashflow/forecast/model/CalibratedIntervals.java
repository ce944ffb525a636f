package com.merchantanalysis.cashflow.forecast.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prediction intervals calibrated on the model's own multi-step errors from past origins: from every
 * origin in the history the fitted model forecasts the following steps, and what really happened gives,
 * per horizon step, how far off it was. Conformal in the normalised form: each error is divided by its
 * step's error scale (made non-decreasing in the step) combined with the disagreement of the ensemble's
 * members at that origin and step, and the quantiles of these scores, every step weighted alike, give
 * the bounds at the forecast origin, where they are multiplied by its own step scale and member spread,
 * and by {@code sqrt(n / (n - k))} for the {@code k} values the model estimated from the same series.
 * <p>
 * Positive series are measured in relative errors (error over forecast), so that busy days and a rising
 * level get wider intervals; series with zeros or negative values in absolute ones. Steps beyond those
 * the history can measure grow like a random walk's errors. With too few origins the intervals
 * fall back to {@link PredictionIntervals}.
 */
public final class CalibratedIntervals {

    /** A step needs at least this many past origins to have its error scale measured. */
    static final int MIN_ORIGINS = 8;

    /** At most this many of the latest origins measure the far steps (more for the near ones). */
    static final int MAX_ORIGINS = 100;

    /** The standardised quantile function is kept at this many probabilities (0, 1/400, ..., 1). */
    static final int QUANTILE_POINTS = 401;

    private CalibratedIntervals() {
    }

    /**
     * @param y       the series the model was fitted to (errors are measured against it)
     * @param period  its season length: the first origins (the model's burn-in) are left out
     * @param levels  coverage levels in percent, each in (0, 100)
     */
    public static ModelForecast of(FittedModel model, double[] y, int period, int horizon, double[] levels,
            double widen) {
        int n = y.length;
        int from = firstOrigin(n, period, horizon);
        double[][] origins = horizon == 0 ? null : model.originForecasts(horizon, from);
        if (origins == null) {
            return PredictionIntervals.of(model, y, horizon, levels);
        }
        List<FittedModel> members = model.members();
        double[][][] memberOrigins = new double[members.size()][][];
        double[][] memberMeans = new double[members.size()][];
        for (int k = 0; k < members.size(); k++) {
            memberOrigins[k] = members.get(k).originForecasts(horizon, from);
            memberMeans[k] = members.get(k).forecast(horizon);
            if (memberOrigins[k] == null) {
                return PredictionIntervals.of(model, y, horizon, levels);
            }
        }
        double[] mean = model.forecast(horizon);
        boolean relative = positive(y) && positive(mean) && positiveOrigins(origins);
        Measured measured = measure(y, origins, memberOrigins, horizon, relative);
        if (measured == null) {
            return PredictionIntervals.of(model, y, horizon, levels);
        }
        // Errors measured with parameters estimated on the same values are too small by about this.
        int estimated = Math.min(model.estimatedCount(), n / 2);
        double degreesOfFreedom = Math.sqrt((double) n / (n - estimated));
        double[] scale = new double[horizon];
        double[] spreadNow = new double[members.size()];
        for (int h = 0; h < horizon; h++) {
            for (int k = 0; k < members.size(); k++) {
                spreadNow[k] = memberMeans[k][h];
            }
            double spread = members.isEmpty() ? 0 : deviation(spreadNow, members.size());
            double unit = relative ? mean[h] : 1;
            if (relative) {
                spread /= mean[h];
            }
            double step = measured.stepScale()[h];
            scale[h] = widen * degreesOfFreedom * unit * Math.sqrt(step * step + spread * spread);
        }
        ErrorDistribution errors = new ErrorDistribution(scale, measured.quantiles(), measured.origins(),
                measured.stepCorrelation(), measured.correlationSteps());
        Map<Double, double[]> lower = new TreeMap<>();
        Map<Double, double[]> upper = new TreeMap<>();
        for (double level : levels) {
            double tail = (1 - level / 100) / 2;
            double qLow = errors.standardQuantile(tail);
            double qHigh = errors.standardQuantile(1 - tail);
            double[] lo = new double[horizon];
            double[] hi = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                lo[h] = mean[h] + qLow * scale[h];
                hi[h] = mean[h] + qHigh * scale[h];
            }
            lower.put(level, lo);
            upper.put(level, hi);
        }
        return new ModelForecast(model.name(), mean, lower, upper, model.aicc(), measured.stepScale()[0],
                model.psi(horizon), new double[0], errors);
    }

    /** The first origin measured: after the model's burn-in, and no more than needed for the far steps. */
    static int firstOrigin(int n, int period, int horizon) {
        int m = Math.max(1, period);
        return Math.max(Math.max(m - 1, Math.min(2 * m, n / 4)), n - 1 - horizon - MAX_ORIGINS);
    }

    /**
     * The step scales (measured, then grown with the innovation weights), the scores' quantiles, and the
     * average correlation of one origin's scores across the measured steps.
     */
    private record Measured(double[] stepScale, double[] quantiles, int origins, double stepCorrelation,
            int correlationSteps) {
    }

    private static Measured measure(double[] y, double[][] origins, double[][][] memberOrigins, int horizon,
            boolean relative) {
        int n = y.length;
        double[] sumSquares = new double[horizon];
        int[] count = new int[horizon];
        int originCount = 0;
        for (int t = 0; t < n - 1; t++) {
            double[] row = origins[t];
            if (row == null) {
                continue;
            }
            originCount++;
            for (int h = 0; h < row.length; h++) {
                double e = error(y[t + 1 + h], row[h], relative);
                if (Double.isFinite(e)) {
                    sumSquares[h] += e * e;
                    count[h]++;
                }
            }
        }
        int measurable = 0;
        while (measurable < horizon && count[measurable] >= MIN_ORIGINS) {
            measurable++;
        }
        if (measurable == 0) {
            return null;
        }
        double[] rmse = new double[measurable];
        double[] weights = new double[measurable];
        for (int h = 0; h < measurable; h++) {
            rmse[h] = Math.sqrt(sumSquares[h] / count[h]);
            weights[h] = count[h];
        }
        double[] step = Arrays.copyOf(Isotonic.nonDecreasing(rmse, weights), horizon);
        // Beyond the measured steps: a random-walk-like growth (errors of far steps are rarely smaller).
        for (int h = measurable; h < horizon; h++) {
            step[h] = step[measurable - 1] * Math.sqrt((h + 1.0) / measurable);
        }

        int total = 0;
        for (int h = 0; h < measurable; h++) {
            total += count[h];
        }
        double[] scores = new double[total];
        int[] steps = new int[total];
        double[] stepWeights = new double[measurable];
        for (int h = 0; h < measurable; h++) {
            stepWeights[h] = 1.0 / count[h];
        }
        int k = 0;
        double[] values = new double[memberOrigins.length];
        // For the steps' dependence: per step the scores' mean square, and per origin that covers every
        // measured step the square of its scores' sum.
        double[] stepSquares = new double[measurable];
        double originSumSquares = 0;
        int complete = 0;
        for (int t = 0; t < n - 1; t++) {
            double[] row = origins[t];
            if (row == null) {
                continue;
            }
            double originSum = 0;
            int originSteps = 0;
            for (int h = 0; h < Math.min(row.length, measurable); h++) {
                double e = error(y[t + 1 + h], row[h], relative);
                if (!Double.isFinite(e)) {
                    continue;
                }
                double spread = 0;
                if (memberOrigins.length > 0) {
                    for (int j = 0; j < memberOrigins.length; j++) {
                        values[j] = memberOrigins[j][t] == null ? row[h] : memberOrigins[j][t][h];
                    }
                    spread = deviation(values, values.length) / (relative ? row[h] : 1);
                }
                double sd = Math.sqrt(step[h] * step[h] + spread * spread);
                if (!(sd > 0)) {
                    continue;
                }
                scores[k] = e / sd;
                steps[k] = h;
                originSum += scores[k];
                originSteps++;
                k++;
            }
            if (originSteps == measurable) {
                for (int j = k - measurable; j < k; j++) {
                    stepSquares[steps[j]] += scores[j] * scores[j];
                }
                originSumSquares += originSum * originSum;
                complete++;
            }
        }
        if (k < MIN_ORIGINS) {
            return null;
        }
        double correlation = complete < MIN_ORIGINS ? Double.NaN
                : averageCorrelation(originSumSquares / complete, stepSquares, complete);
        return new Measured(step, quantileTable(Arrays.copyOf(scores, k), Arrays.copyOf(steps, k), stepWeights),
                originCount, correlation, measurable);
    }

    /**
     * The average correlation between steps that makes the sums' mean square what it was:
     * {@code E[(sum z)^2] = sum v_h + rho * sum_{h != k} sqrt(v_h v_k)}, with {@code v_h} each step's mean
     * square; NaN with a single step.
     */
    static double averageCorrelation(double sumMeanSquare, double[] stepSquares, int origins) {
        double variances = 0;
        double roots = 0;
        for (double squares : stepSquares) {
            variances += squares / origins;
            roots += Math.sqrt(squares / origins);
        }
        double pairs = roots * roots - variances;
        return pairs > 0 ? Math.max(-1, Math.min(1, (sumMeanSquare - variances) / pairs)) : Double.NaN;
    }

    /** Actual minus forecast, over the forecast when relative. */
    private static double error(double actual, double forecast, boolean relative) {
        return relative ? (actual - forecast) / forecast : actual - forecast;
    }

    /**
     * The scores' quantile function at {@link #QUANTILE_POINTS} probabilities, every step weighted alike
     * (a score weighs {@code stepWeights[its step]}): each score sits at the middle of its weight (Hazen's
     * plotting position), linear in between, the extremes beyond.
     */
    static double[] quantileTable(double[] scores, int[] steps, double[] stepWeights) {
        int bits = SortKeys.bits(stepWeights.length);
        long[] keys = new long[scores.length];
        double total = 0;
        for (int i = 0; i < keys.length; i++) {
            keys[i] = SortKeys.key(scores[i], steps[i], bits);
            total += stepWeights[steps[i]];
        }
        Arrays.sort(keys);
        double[] position = new double[keys.length];
        double[] sorted = new double[keys.length];
        double cumulative = 0;
        for (int i = 0; i < keys.length; i++) {
            double w = stepWeights[SortKeys.tag(keys[i], bits)];
            position[i] = (cumulative + w / 2) / total;
            sorted[i] = SortKeys.value(keys[i], bits);
            cumulative += w;
        }
        double[] table = new double[QUANTILE_POINTS];
        int j = 0;
        for (int i = 0; i < QUANTILE_POINTS; i++) {
            double p = (double) i / (QUANTILE_POINTS - 1);
            while (j < sorted.length - 1 && position[j + 1] < p) {
                j++;
            }
            if (p <= position[0]) {
                table[i] = sorted[0];
            } else if (j >= sorted.length - 1) {
                table[i] = sorted[sorted.length - 1];
            } else {
                double span = position[j + 1] - position[j];
                double weight = span > 0 ? (p - position[j]) / span : 0;
                table[i] = sorted[j] * (1 - weight) + sorted[j + 1] * weight;
            }
        }
        return table;
    }

    /** The sample standard deviation of the first {@code k} values (0 for fewer than two). */
    private static double deviation(double[] values, int k) {
        if (k < 2) {
            return 0;
        }
        double mean = 0;
        for (int i = 0; i < k; i++) {
            mean += values[i];
        }
        mean /= k;
        double ss = 0;
        for (int i = 0; i < k; i++) {
            ss += (values[i] - mean) * (values[i] - mean);
        }
        return Math.sqrt(ss / (k - 1));
    }

    private static boolean positive(double[] values) {
        for (double v : values) {
            if (!(v > 0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean positiveOrigins(double[][] origins) {
        for (double[] row : origins) {
            if (row != null && !positive(row)) {
                return false;
            }
        }
        return true;
    }
}
