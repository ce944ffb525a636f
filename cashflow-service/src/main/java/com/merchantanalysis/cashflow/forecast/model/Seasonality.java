package com.merchantanalysis.cashflow.forecast.model;

/**
 * Whether a series has a season of length m: the autocorrelation of its first differences at lag m
 * beyond the 90% bound (Bartlett's, as the M4 benchmarks' seasonality test, here on differences so that
 * a trend or a random walk does not pass for a season).
 */
final class Seasonality {

    private Seasonality() {
    }

    static boolean present(double[] y, int m) {
        int n = y.length - 1;
        if (m <= 1 || n < 3 * m) {
            return m > 1 && n >= 2 * m;
        }
        double[] d = new double[n];
        double mean = 0;
        for (int t = 0; t < n; t++) {
            d[t] = y[t + 1] - y[t];
            mean += d[t] / n;
        }
        double variance = 0;
        for (double v : d) {
            variance += (v - mean) * (v - mean);
        }
        if (!(variance > 0)) {
            return false;
        }
        double sumSquares = 0;
        double rm = 0;
        for (int k = 1; k <= m; k++) {
            double c = 0;
            for (int t = k; t < n; t++) {
                c += (d[t] - mean) * (d[t - k] - mean);
            }
            double r = c / variance;
            if (k < m) {
                sumSquares += r * r;
            } else {
                rm = r;
            }
        }
        return Math.abs(rm) > 1.645 * Math.sqrt((1 + 2 * sumSquares) / n);
    }
}
