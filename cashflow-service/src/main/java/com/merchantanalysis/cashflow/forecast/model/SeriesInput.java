package com.merchantanalysis.cashflow.forecast.model;

/**
 * What the engine forecasts.
 *
 * @param y              the history, oldest first
 * @param period         season length (7 for daily data with a weekly pattern; 1 for none)
 * @param regressors     calendar effects known for history and future, or null
 * @param protectedSteps history steps never treated as outliers (holidays), or null
 */
public record SeriesInput(double[] y, int period, Regressors regressors, boolean[] protectedSteps) {

    public static SeriesInput of(double[] y, int period) {
        return new SeriesInput(y, period, null, null);
    }

    /** The first {@code n} steps, with regressors for {@code horizon} steps after them. */
    public SeriesInput cut(int n, int horizon) {
        double[] head = java.util.Arrays.copyOf(y, n);
        boolean[] kept = protectedSteps == null ? null : java.util.Arrays.copyOf(protectedSteps, n);
        return new SeriesInput(head, period, regressors == null ? null : regressors.cut(n, horizon), kept);
    }
}
