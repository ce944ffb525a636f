package com.merchantanalysis.cashflow.forecast.model;

/**
 * Classical decomposition's seasonal indices: the series over its centred moving average, averaged
 * per position in the season and normalised (sum 0 additive, mean 1 multiplicative).
 */
final class SeasonalIndices {

    private SeasonalIndices() {
    }

    /**
     * Indices by position {@code t mod m} of {@code y[0..n)}; all 0 (or 1) when there are fewer than
     * two full seasons.
     */
    static double[] classical(double[] y, int n, int m, boolean multiplicative) {
        double[] index = new double[m];
        if (m <= 1 || n < 2 * m) {
            java.util.Arrays.fill(index, multiplicative ? 1 : 0);
            return index;
        }
        double[] sum = new double[m];
        int[] count = new int[m];
        int half = m / 2;
        for (int t = half; t < n - half; t++) {
            double trend = centredAverage(y, t, m);
            if (multiplicative && !(trend > 0)) {
                continue;
            }
            double detrended = multiplicative ? y[t] / trend : y[t] - trend;
            sum[t % m] += detrended;
            count[t % m]++;
        }
        double total = 0;
        for (int i = 0; i < m; i++) {
            index[i] = count[i] == 0 ? (multiplicative ? 1 : 0) : sum[i] / count[i];
            total += index[i];
        }
        double mean = total / m;
        for (int i = 0; i < m; i++) {
            index[i] = multiplicative ? (mean > 0 ? index[i] / mean : 1) : index[i] - mean;
        }
        return index;
    }

    /** A centred moving average of order m (2×m for even m); the caller keeps t within [m/2, n - m/2). */
    static double centredAverage(double[] y, int t, int m) {
        int half = m / 2;
        if (m % 2 == 1) {
            double s = 0;
            for (int i = t - half; i <= t + half; i++) {
                s += y[i];
            }
            return s / m;
        }
        if (t + half >= y.length) {
            return Double.NaN;
        }
        double s = 0.5 * y[t - half] + 0.5 * y[t + half];
        for (int i = t - half + 1; i < t + half; i++) {
            s += y[i];
        }
        return s / m;
    }
}
