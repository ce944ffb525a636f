package com.merchantanalysis.cashflow.forecast.model;

/**
 * A forecast's calibrated error distribution, step by step: the error of step {@code h} (actual minus
 * forecast) is {@code scale[h]} times a draw from one standardised distribution, given by its quantile
 * function. Intervals and simulated paths both read it, so that they say the same.
 *
 * @param scale      per forecast step, in the series' unit
 * @param quantiles  the standardised distribution's quantile at probability {@code i / (length - 1)}
 * @param origins    how many past origins it was measured from
 */
public record ErrorDistribution(double[] scale, double[] quantiles, int origins) {

    /** The error of step {@code h} not exceeded with probability {@code p}. */
    public double quantile(int h, double p) {
        return scale[h] * standardQuantile(p);
    }

    /** The standardised quantile at probability {@code p} (linear between the tabulated ones). */
    public double standardQuantile(double p) {
        int k = quantiles.length - 1;
        double position = Math.max(0, Math.min(1, p)) * k;
        int below = (int) Math.floor(position);
        if (below >= k) {
            return quantiles[k];
        }
        double weight = position - below;
        return quantiles[below] * (1 - weight) + quantiles[below + 1] * weight;
    }
}
