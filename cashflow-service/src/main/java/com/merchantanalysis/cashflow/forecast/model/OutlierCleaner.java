package com.merchantanalysis.cashflow.forecast.model;

import java.util.Arrays;

/**
 * Replaces isolated extreme values (far from the same season position in the surrounding weeks once the
 * local level is taken out, in robust units, and unlike the steps next to them) by that local typical
 * value before the smoothing models are fitted, so that one catering order does not lift the level for
 * weeks, while a trend or a step change stays. Positive series are judged in logs. Days the caller
 * protects (holidays) are kept.
 */
final class OutlierCleaner {

    /** How many robust standard deviations make an outlier. */
    static final double THRESHOLD = 5;

    private OutlierCleaner() {
    }

    static double[] clean(double[] y, int period, boolean[] protectedSteps) {
        int n = y.length;
        int m = Math.max(1, period);
        if (n < 4 * m || n < 8) {
            return y.clone();
        }
        // Positive series are judged in logs: a growing series' swings grow with it.
        boolean positive = true;
        for (double v : y) {
            positive &= v > 0;
        }
        double[] x = new double[n];
        for (int t = 0; t < n; t++) {
            x[t] = positive ? Math.log(y[t]) : y[t];
        }
        // Detrended by a running median over one season either side, so that a trend does not make the
        // same season of other years look far away.
        double[] local = new double[n];
        double[] span = new double[2 * m + 1];
        for (int t = 0; t < n; t++) {
            int count = 0;
            for (int i = Math.max(0, t - m); i <= Math.min(n - 1, t + m); i++) {
                span[count++] = x[i];
            }
            local[t] = median(Arrays.copyOf(span, count));
        }
        double[] detrended = new double[n];
        for (int t = 0; t < n; t++) {
            detrended[t] = x[t] - local[t];
        }
        double[] baseline = new double[n];
        double[] residual = new double[n];
        double[] neighbours = new double[8];
        for (int t = 0; t < n; t++) {
            int count = 0;
            for (int k = 1; k <= 4; k++) {
                if (t - k * m >= 0) {
                    neighbours[count++] = detrended[t - k * m];
                }
                if (t + k * m < n) {
                    neighbours[count++] = detrended[t + k * m];
                }
            }
            double[] v = Arrays.copyOf(neighbours, count);
            baseline[t] = local[t] + median(v);
            residual[t] = x[t] - baseline[t];
        }
        double[] absolute = new double[n];
        for (int t = 0; t < n; t++) {
            absolute[t] = Math.abs(residual[t]);
        }
        double mad = median(absolute);
        if (!(mad > 0)) {
            return y.clone();
        }
        double limit = THRESHOLD * 1.4826 * mad;
        double[] cleaned = y.clone();
        for (int t = 0; t < n; t++) {
            boolean kept = protectedSteps != null && t < protectedSteps.length && protectedSteps[t];
            if (!kept && Math.abs(residual[t]) > limit && isolated(residual, t, limit)) {
                cleaned[t] = positive ? Math.exp(baseline[t]) : baseline[t];
            }
        }
        return cleaned;
    }

    /**
     * Whether step t's deviation is its own: the adjacent steps do not share it. A trending or shifted
     * stretch (every step far from the same season of earlier years) is a change, not an outlier.
     */
    private static boolean isolated(double[] residual, int t, double limit) {
        double sum = 0;
        int count = 0;
        if (t > 0) {
            sum += residual[t - 1];
            count++;
        }
        if (t + 1 < residual.length) {
            sum += residual[t + 1];
            count++;
        }
        return count == 0 || Math.abs(residual[t] - sum / count) > limit;
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int k = v.length;
        return k % 2 == 1 ? v[k / 2] : 0.5 * (v[k / 2 - 1] + v[k / 2]);
    }
}
