package com.merchantanalysis.cashflow.forecast.model;

/**
 * The ordinary least-squares line through y[0..n-1] at t = 1..n: ETS starts its level and trend
 * from it, Theta takes its slope as the drift.
 *
 * @param intercept  the line's value at t = 0
 * @param slope      its change per step
 */
record LeastSquaresLine(double intercept, double slope) {

    static LeastSquaresLine fit(double[] y) {
        int n = y.length;
        if (n < 2) {
            return new LeastSquaresLine(n == 0 ? 0 : y[0], 0);
        }
        double meanT = (n + 1) / 2.0;
        double meanY = 0;
        for (double v : y) {
            meanY += v;
        }
        meanY /= n;
        double sxy = 0;
        double sxx = 0;
        for (int t = 0; t < n; t++) {
            double dt = t + 1 - meanT;
            sxy += dt * (y[t] - meanY);
            sxx += dt * dt;
        }
        double slope = sxy / sxx;
        return new LeastSquaresLine(meanY - slope * meanT, slope);
    }
}
