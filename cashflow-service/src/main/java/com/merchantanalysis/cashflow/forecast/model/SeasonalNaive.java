package com.merchantanalysis.cashflow.forecast.model;

import java.util.Arrays;

/** Each step forecast by the value one season earlier; the benchmark every model must beat. */
public final class SeasonalNaive implements ForecastModel {

    @Override
    public String name() {
        return "SeasonalNaive";
    }

    @Override
    public FittedModel fit(double[] y, int period) {
        int m = Math.max(1, Math.min(period, y.length));
        double[] history = y.clone();
        return new FittedModel() {
            @Override
            public String name() {
                return m > 1 ? "SeasonalNaive" : "Naive";
            }

            @Override
            public double[] forecast(int horizon) {
                double[] out = new double[horizon];
                int n = history.length;
                for (int h = 0; h < horizon; h++) {
                    out[h] = history[n - m + (h % m)];
                }
                return out;
            }

            @Override
            public double[] fitted() {
                double[] fitted = new double[history.length];
                Arrays.fill(fitted, Double.NaN);
                for (int t = m; t < history.length; t++) {
                    fitted[t] = history[t - m];
                }
                return fitted;
            }

            @Override
            public double[][] originForecasts(int horizon, int from) {
                int n = history.length;
                double[][] out = new double[n][];
                for (int t = Math.max(from, m - 1); t < n - 1; t++) {
                    double[] row = new double[Math.min(horizon, n - 1 - t)];
                    for (int h = 0; h < row.length; h++) {
                        row[h] = history[t + 1 + (h % m) - m];
                    }
                    out[t] = row;
                }
                return out;
            }

            @Override
            public double[] psi(int horizon) {
                // The error of step h carries one new innovation per season passed.
                double[] psi = new double[horizon];
                for (int j = 0; j < horizon; j++) {
                    psi[j] = j % m == 0 ? 1 : 0;
                }
                return psi;
            }
        };
    }
}
