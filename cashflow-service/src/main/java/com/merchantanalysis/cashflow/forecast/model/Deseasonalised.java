package com.merchantanalysis.cashflow.forecast.model;

/**
 * A non-seasonal model fitted to the seasonally adjusted series (classical decomposition, multiplicative
 * for positive series), with the season put back on its forecasts: for long seasons such as 52 weeks,
 * where a seasonal ETS would estimate dozens of seasonal states (R's {@code ets} refuses periods above
 * 24; this is its {@code stlf} way round).
 */
final class Deseasonalised {

    private Deseasonalised() {
    }

    static FittedModel fit(ForecastModel inner, double[] y, int period) {
        int n = y.length;
        if (period <= 1 || n < 2 * period) {
            return inner.fit(y, 1);
        }
        boolean positive = true;
        for (double v : y) {
            positive &= v > 0;
        }
        boolean multiplicative = positive;
        double[] index = SeasonalIndices.classical(y, n, period, multiplicative);
        double[] adjusted = new double[n];
        for (int t = 0; t < n; t++) {
            adjusted[t] = multiplicative ? y[t] / index[t % period] : y[t] - index[t % period];
        }
        FittedModel model = inner.fit(adjusted, 1);
        String name = model.name() + " on seasonally adjusted data (period " + period + ")";
        return new FittedModel() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public double[] forecast(int horizon) {
                double[] out = model.forecast(horizon);
                for (int h = 0; h < horizon; h++) {
                    out[h] = reseason(out[h], n + h);
                }
                return out;
            }

            @Override
            public double[] fitted() {
                double[] out = model.fitted();
                for (int t = 0; t < out.length; t++) {
                    out[t] = reseason(out[t], t);
                }
                return out;
            }

            @Override
            public double[] psi(int horizon) {
                return model.psi(horizon);
            }

            @Override
            public double aicc() {
                return model.aicc();
            }

            @Override
            public int estimatedCount() {
                return model.estimatedCount() + period - 1;
            }

            /**
             * The season put back on each past origin's forecasts is the one estimated from the values up
             * to that origin (none before two full seasons): with dozens of indices from two or three
             * years, the whole window's indices would make those errors, and so the intervals and the
             * ensemble's choice, too rosy.
             */
            @Override
            public double[][] originForecasts(int horizon, int from) {
                double[][] out = model.originForecasts(horizon, from);
                if (out == null) {
                    return null;
                }
                for (int t = 0; t < out.length; t++) {
                    if (out[t] == null) {
                        continue;
                    }
                    if (t + 1 < 2 * period) {
                        out[t] = null;
                        continue;
                    }
                    double[] seen = SeasonalIndices.classical(y, t + 1, period, multiplicative);
                    for (int h = 0; h < out[t].length; h++) {
                        int position = (t + 1 + h) % period;
                        out[t][h] = multiplicative ? out[t][h] * seen[position] : out[t][h] + seen[position];
                    }
                }
                return out;
            }

            private double reseason(double value, int t) {
                return multiplicative ? value * index[t % period] : value + index[t % period];
            }
        };
    }
}
