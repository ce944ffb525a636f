package com.merchantanalysis.cashflow.forecast.model;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * How many differences a series needs, as R's {@code forecast::ndiffs} and {@code nsdiffs} decide by
 * default: first differences while the KPSS test (level stationarity, Kwiatkowski et al. 1992; Newey–West
 * long-run variance with {@code trunc(3 sqrt(n) / 13)} lags, as {@code ndiffs} calls
 * {@code urca::ur.kpss}) rejects stationarity at 5%; one seasonal difference when the seasonal strength
 * (Wang, Smith and Hyndman 2006) of a decomposition exceeds 0.64. R decomposes with STL, whose season
 * may change from year to year; this one too ({@link #seasonalStrength}), so that a season that grows
 * with the level (quarterly gas, Johnson &amp; Johnson's earnings) counts as strong here as it does in R.
 */
final class Differencing {

    /** The KPSS statistic's 5% critical value for level stationarity (Kwiatkowski et al., table 1). */
    static final double KPSS_CRITICAL_5 = 0.463;

    /** R's {@code nsdiffs} threshold on the seasonal strength. */
    static final double SEASONAL_STRENGTH_THRESHOLD = 0.64;

    /** How many seasons each seasonal value is smoothed over: STL's {@code s.window} as R's {@code mstl} sets it. */
    static final int SEASONAL_WINDOW = 11;

    private Differencing() {
    }

    /** The number of first differences (at most {@code maxD}) after which KPSS no longer rejects. */
    static int firstDifferences(double[] y, int maxD) {
        double[] x = y;
        int d = 0;
        if (constant(x)) {
            return 0;
        }
        while (d < maxD && kpss(x) > KPSS_CRITICAL_5) {
            x = ArimaFit.difference(x, 1);
            d++;
            if (x.length < 3 || constant(x)) {
                break;
            }
        }
        return d;
    }

    /** 1 when the series has a strong season of length {@code m} (and at least two of them), else 0. */
    static int seasonalDifferences(double[] y, int m) {
        if (m <= 1 || y.length < 2 * m + 1 || constant(y)) {
            return 0;
        }
        return seasonalStrength(y, m) > SEASONAL_STRENGTH_THRESHOLD ? 1 : 0;
    }

    /** The KPSS level-stationarity statistic. */
    static double kpss(double[] x) {
        int n = x.length;
        double mean = 0;
        for (double v : x) {
            mean += v / n;
        }
        double[] e = new double[n];
        double cumulative = 0;
        double eta = 0;
        double s0 = 0;
        for (int t = 0; t < n; t++) {
            e[t] = x[t] - mean;
            cumulative += e[t];
            eta += cumulative * cumulative;
            s0 += e[t] * e[t];
        }
        eta /= (double) n * n;
        int lags = (int) Math.floor(3 * Math.sqrt(n) / 13);
        double longRun = s0 / n;
        for (int l = 1; l <= lags; l++) {
            double sum = 0;
            for (int t = l; t < n; t++) {
                sum += e[t] * e[t - l];
            }
            longRun += 2 * (1 - l / (lags + 1.0)) * sum / n;
        }
        return longRun > 0 ? eta / longRun : 0;
    }

    /**
     * {@code max(0, 1 - var(remainder) / var(season + remainder))} of a decomposition like STL's: the
     * trend a centred moving average; the season, at each position of the cycle, a tricube-weighted mean
     * of the detrended values of the {@link #SEASONAL_WINDOW} nearest seasons (STL's loess of degree 0),
     * less its own centred moving average (STL's low-pass step).
     */
    static double seasonalStrength(double[] y, int m) {
        int n = y.length;
        int half = m / 2;
        double[] detrended = new double[n];
        Arrays.fill(detrended, Double.NaN);
        for (int t = half; t < n - half; t++) {
            detrended[t] = y[t] - SeasonalIndices.centredAverage(y, t, m);
        }
        double[] smoothed = new double[n];
        Arrays.fill(smoothed, Double.NaN);
        for (int position = 0; position < m; position++) {
            int[] times = IntStream.iterate(position, t -> t < n, t -> t + m)
                    .filter(t -> Double.isFinite(detrended[t])).toArray();
            for (int i = 0; i < times.length; i++) {
                smoothed[times[i]] = localMean(detrended, times, i);
            }
        }
        double[] seasonPlusRemainder = new double[n];
        double[] remainder = new double[n];
        int k = 0;
        for (int t = 2 * half; t < n - 2 * half; t++) {
            double level = SeasonalIndices.centredAverage(smoothed, t, m);
            if (!Double.isFinite(level) || !Double.isFinite(detrended[t])) {
                continue;
            }
            seasonPlusRemainder[k] = detrended[t];
            remainder[k] = detrended[t] - (smoothed[t] - level);
            k++;
        }
        if (k < 3) {
            return 0;
        }
        double total = variance(seasonPlusRemainder, k);
        return total > 0 ? Math.max(0, 1 - variance(remainder, k) / total) : 0;
    }

    /**
     * Loess of degree 0 at {@code times[i]} over the {@link #SEASONAL_WINDOW} nearest of {@code times}:
     * tricube weights on the distance in seasons, the bandwidth the farthest of them (widened, as STL
     * does, when there are fewer seasons than the window).
     */
    private static double localMean(double[] values, int[] times, int i) {
        int count = times.length;
        int from = Math.max(0, Math.min(i - SEASONAL_WINDOW / 2, count - SEASONAL_WINDOW));
        int to = Math.min(count - 1, from + SEASONAL_WINDOW - 1);
        double bandwidth = Math.max(i - from, to - i) + Math.max(0, SEASONAL_WINDOW - count) / 2.0;
        double weights = 0;
        double sum = 0;
        for (int j = from; j <= to; j++) {
            double r = Math.abs(j - i);
            double w = r <= 0.001 * bandwidth ? 1
                    : r <= 0.999 * bandwidth ? Math.pow(1 - Math.pow(r / bandwidth, 3), 3) : 0;
            weights += w;
            sum += w * values[times[j]];
        }
        return sum / weights;
    }

    private static double variance(double[] v, int k) {
        double mean = 0;
        for (int i = 0; i < k; i++) {
            mean += v[i] / k;
        }
        double ss = 0;
        for (int i = 0; i < k; i++) {
            ss += (v[i] - mean) * (v[i] - mean);
        }
        return ss / (k - 1);
    }

    private static boolean constant(double[] x) {
        for (double v : x) {
            if (v != x[0]) {
                return false;
            }
        }
        return true;
    }
}
