package com.merchantanalysis.cashflow.forecast.model;

/** Weighted isotonic regression by pool-adjacent-violators (commons-math3 has none). */
final class Isotonic {

    private Isotonic() {
    }

    /** The non-decreasing sequence closest to {@code values} in weighted least squares. */
    static double[] nonDecreasing(double[] values, double[] weights) {
        int n = values.length;
        double[] level = new double[n];
        double[] weight = new double[n];
        int[] length = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            level[blocks] = values[i];
            weight[blocks] = weights[i];
            length[blocks] = 1;
            blocks++;
            while (blocks > 1 && level[blocks - 2] > level[blocks - 1]) {
                double w = weight[blocks - 2] + weight[blocks - 1];
                level[blocks - 2] = (level[blocks - 2] * weight[blocks - 2] + level[blocks - 1] * weight[blocks - 1]) / w;
                weight[blocks - 2] = w;
                length[blocks - 2] += length[blocks - 1];
                blocks--;
            }
        }
        double[] out = new double[n];
        int i = 0;
        for (int b = 0; b < blocks; b++) {
            for (int j = 0; j < length[b]; j++) {
                out[i++] = level[b];
            }
        }
        return out;
    }
}
