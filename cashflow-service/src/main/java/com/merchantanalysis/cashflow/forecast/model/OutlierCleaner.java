package com.merchantanalysis.cashflow.forecast.model;

import java.util.Arrays;

/**
 * Replaces isolated extreme values (far from the same season position in the surrounding weeks, in
 * robust units) by that local typical value before the smoothing models are fitted, so that one
 * catering order does not lift the level for weeks. Days the caller protects (holidays) are kept.
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
        double[] baseline = new double[n];
        double[] residual = new double[n];
        double[] neighbours = new double[8];
        for (int t = 0; t < n; t++) {
            int count = 0;
            for (int k = 1; k <= 4; k++) {
                if (t - k * m >= 0) {
                    neighbours[count++] = y[t - k * m];
                }
                if (t + k * m < n) {
                    neighbours[count++] = y[t + k * m];
                }
            }
            double[] v = Arrays.copyOf(neighbours, count);
            baseline[t] = median(v);
            residual[t] = y[t] - baseline[t];
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
            if (!kept && Math.abs(residual[t]) > limit) {
                cleaned[t] = baseline[t];
            }
        }
        return cleaned;
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
