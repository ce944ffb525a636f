package com.merchantanalysis.cashflow.forecast.model;

/**
 * How many differences a series needs, as R's {@code forecast::ndiffs} and {@code nsdiffs} decide by
 * default: first differences while the KPSS test (level stationarity, Kwiatkowski et al. 1992; Newey–West
 * long-run variance with {@code trunc(3 sqrt(n) / 13)} lags, as {@code ndiffs} calls
 * {@code urca::ur.kpss}) rejects stationarity at 5%; one seasonal difference when the seasonal strength
 * (Wang, Smith and Hyndman 2006) of a decomposition exceeds 0.64 (R's uses STL, this a classical one).
 */
final class Differencing {

    /** The KPSS statistic's 5% critical value for level stationarity (Kwiatkowski et al., table 1). */
    static final double KPSS_CRITICAL_5 = 0.463;

    /** R's {@code nsdiffs} threshold on the seasonal strength. */
    static final double SEASONAL_STRENGTH_THRESHOLD = 0.64;

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
     * {@code max(0, 1 - var(remainder) / var(season + remainder))} of an additive classical decomposition
     * (a centred moving average for the trend).
     */
    static double seasonalStrength(double[] y, int m) {
        int n = y.length;
        double[] index = SeasonalIndices.classical(y, n, m, false);
        int half = m / 2;
        double[] detrended = new double[n];
        double[] remainder = new double[n];
        int k = 0;
        for (int t = half; t < n - half; t++) {
            double trend = SeasonalIndices.centredAverage(y, t, m);
            if (!Double.isFinite(trend)) {
                continue;
            }
            detrended[k] = y[t] - trend;
            remainder[k] = detrended[k] - index[t % m];
            k++;
        }
        if (k < 3) {
            return 0;
        }
        double vd = variance(detrended, k);
        return vd > 0 ? Math.max(0, 1 - variance(remainder, k) / vd) : 0;
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
