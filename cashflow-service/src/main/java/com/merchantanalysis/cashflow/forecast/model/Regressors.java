package com.merchantanalysis.cashflow.forecast.model;

/**
 * Known-in-advance explanatory columns (calendar effects, yearly Fourier terms): one row per history
 * step and one per forecast step.
 */
public record Regressors(String[] names, double[][] history, double[][] future) {

    public int count() {
        return names.length;
    }

    /** The first {@code n} history rows, with the following {@code horizon} rows as the future (for backtests). */
    public Regressors cut(int n, int horizon) {
        double[][] h = new double[n][];
        double[][] f = new double[horizon][];
        for (int t = 0; t < n; t++) {
            h[t] = history[t];
        }
        for (int t = 0; t < horizon; t++) {
            int source = n + t;
            f[t] = source < history.length ? history[source] : future[source - history.length];
        }
        return new Regressors(names, h, f);
    }
}
