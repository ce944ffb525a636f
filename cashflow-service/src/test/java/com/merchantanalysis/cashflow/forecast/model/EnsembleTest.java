package com.merchantanalysis.cashflow.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class EnsembleTest {

    @Test
    void theEnsembleLeavesOutMembersFarBehindTheBestAndSaysSo() {
        assertThat(Ensemble.kept(new double[] {1, 1.08, 1.2, Double.NaN})).containsExactly(true, true, false, false);
        assertThat(Ensemble.kept(new double[] {Double.NaN})).isNull();

        double[] y = new double[60];
        for (int t = 0; t < y.length; t++) {
            y[t] = 100 + 10 * Math.sin(t / 3.0);
        }
        FittedModel good = new SeasonalNaive().fit(y, 1);
        FittedModel bad = constant("Far", 0, y.length);
        FittedModel combined = Ensemble.chosen(List.of(good, bad), y, 3, 10);
        assertThat(combined.name()).isEqualTo("Ensemble(median of Naive; left out by rolling-origin error: Far)");
        assertThat(combined.forecast(2)).containsExactly(good.forecast(2));
        assertThat(combined.members()).hasSize(2);
    }

    private static FittedModel constant(String name, double value, int n) {
        return new FittedModel() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public double[] forecast(int horizon) {
                return new double[horizon];
            }

            @Override
            public double[] fitted() {
                return new double[n];
            }

            @Override
            public double[] psi(int horizon) {
                return new double[horizon];
            }

            @Override
            public double[][] originForecasts(int horizon, int from) {
                double[][] out = new double[n][];
                for (int t = from; t < n - 1; t++) {
                    out[t] = new double[Math.min(horizon, n - 1 - t)];
                    java.util.Arrays.fill(out[t], value);
                }
                return out;
            }
        };
    }
}
