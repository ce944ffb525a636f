package com.merchantanalysis.cashflow.forecast.model;

/** Point and interval accuracy measures as used in the M4 competition. */
public final class Accuracy {

    private Accuracy() {
    }

    /**
     * The in-sample mean absolute seasonal-naive error, MASE's denominator; falls back to the lag-1
     * difference, and to 1, when the series is too short or constant.
     */
    public static double naiveScale(double[] history, int period) {
        for (int m : new int[] {Math.max(1, period), 1}) {
            double sum = 0;
            int count = 0;
            for (int t = m; t < history.length; t++) {
                sum += Math.abs(history[t] - history[t - m]);
                count++;
            }
            if (count > 0 && sum > 0) {
                return sum / count;
            }
        }
        return 1;
    }

    public static double meanAbsoluteError(double[] actual, double[] forecast) {
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            sum += Math.abs(actual[i] - forecast[i]);
        }
        return sum / actual.length;
    }

    /** Symmetric MAPE in percent (0–200); steps where both values are 0 count as exact. */
    public static double smape(double[] actual, double[] forecast) {
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            double denominator = Math.abs(actual[i]) + Math.abs(forecast[i]);
            sum += denominator == 0 ? 0 : 200 * Math.abs(actual[i] - forecast[i]) / denominator;
        }
        return sum / actual.length;
    }

    /** How many actual values fall inside [lower, upper]. */
    public static int inside(double[] actual, double[] lower, double[] upper) {
        int count = 0;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] >= lower[i] && actual[i] <= upper[i]) {
                count++;
            }
        }
        return count;
    }
}
