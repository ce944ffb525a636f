package com.merchantanalysis.cashflow.forecast.model;

/**
 * The Theta method as shown equivalent to simple exponential smoothing with drift by Hyndman and
 * Billah (2003): on the seasonally adjusted series, SES plus half the slope of the linear trend,
 * then the season put back.
 */
public final class Theta implements ForecastModel {

    private final int maxEvaluations;

    public Theta(int maxEvaluations) {
        this.maxEvaluations = maxEvaluations;
    }

    @Override
    public String name() {
        return "Theta";
    }

    @Override
    public FittedModel fit(double[] y, int period) {
        int n = y.length;
        boolean seasonal = period > 1 && n >= 2 * period;
        boolean positive = true;
        for (double v : y) {
            positive &= v > 0;
        }
        boolean multiplicative = seasonal && positive;
        double[] index = seasonal ? SeasonalIndices.classical(y, n, period, multiplicative) : new double[] {0};
        int m = seasonal ? period : 1;
        double[] adjusted = new double[n];
        for (int t = 0; t < n; t++) {
            adjusted[t] = !seasonal ? y[t] : multiplicative ? y[t] / index[t % m] : y[t] - index[t % m];
        }
        EtsFit ses = new EtsEstimator(EtsSpec.parse("ANN"), 1, true, maxEvaluations).fit(adjusted);
        if (ses == null) {
            throw new IllegalStateException("SES could not be fitted");
        }
        double slope = LeastSquaresLine.fit(adjusted).slope();
        double alpha = ses.parameters().alpha();
        double[] sesFitted = ses.fitted();
        double[] fitted = new double[n];
        for (int t = 0; t < n; t++) {
            fitted[t] = reseason(sesFitted[t] + 0.5 * slope, t, index, m, seasonal, multiplicative);
        }
        return new FittedModel() {
            @Override
            public String name() {
                return "Theta";
            }

            @Override
            public double[] forecast(int horizon) {
                double[] base = ses.forecast(horizon);
                double[] out = new double[horizon];
                double decay = Math.pow(1 - alpha, n) / alpha;
                for (int h = 0; h < horizon; h++) {
                    double drift = 0.5 * slope * (h + 1.0 / alpha - decay);
                    out[h] = reseason(base[h] + drift, n + h, index, m, seasonal, multiplicative);
                }
                return out;
            }

            @Override
            public double[] fitted() {
                return fitted.clone();
            }

            @Override
            public int estimatedCount() {
                return 3 + (seasonal ? m - 1 : 0);
            }

            @Override
            public double[][] originForecasts(int horizon, int from) {
                // After y[t] the SES level is its one-step forecast of y[t + 1]; the drift term is the
                // same as from the end, with t + 1 observations seen.
                double[][] out = new double[n][];
                for (int t = Math.max(0, from); t < n - 1; t++) {
                    double[] row = new double[Math.min(horizon, n - 1 - t)];
                    double decay = Math.pow(1 - alpha, t + 1) / alpha;
                    for (int h = 0; h < row.length; h++) {
                        double drift = 0.5 * slope * (h + 1.0 / alpha - decay);
                        row[h] = reseason(sesFitted[t + 1] + drift, t + 1 + h, index, m, seasonal, multiplicative);
                    }
                    out[t] = row;
                }
                return out;
            }

            @Override
            public double[] psi(int horizon) {
                return ses.psi(horizon);
            }
        };
    }

    private static double reseason(double value, int t, double[] index, int m, boolean seasonal,
            boolean multiplicative) {
        if (!seasonal) {
            return value;
        }
        return multiplicative ? value * index[t % m] : value + index[t % m];
    }
}
