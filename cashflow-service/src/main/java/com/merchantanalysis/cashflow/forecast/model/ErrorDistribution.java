package com.merchantanalysis.cashflow.forecast.model;

/**
 * A forecast's calibrated error distribution, step by step: the error of step {@code h} (actual minus
 * forecast) is {@code scale[h]} times a draw from one standardised distribution, given by its quantile
 * function. Intervals and simulated paths both read it, so that they say the same.
 *
 * @param scale      per forecast step, in the series' unit
 * @param quantiles  the standardised distribution's quantile at probability {@code i / (length - 1)}
 * @param origins    how many past origins it was measured from
 * @param stepCorrelation  the average correlation between the errors of two steps of one forecast, measured
 *                   from the same past origins (NaN when not measured): how much of a day's error persists
 *                   into the next days, which decides how errors add up over the horizon
 * @param correlationSteps the first steps it was measured over
 */
public record ErrorDistribution(double[] scale, double[] quantiles, int origins, double stepCorrelation,
        int correlationSteps) {

    /** A distribution whose steps' dependence was not measured: paths keep the model's. */
    public ErrorDistribution(double[] scale, double[] quantiles, int origins) {
        this(scale, quantiles, origins, Double.NaN, 0);
    }

    /** The error of step {@code h} not exceeded with probability {@code p}. */
    public double quantile(int h, double p) {
        return scale[h] * standardQuantile(p);
    }

    /**
     * The standardised quantile at probability {@code p} (linear between the tabulated ones), with the
     * central probability stretched for the finite number of origins it was measured from.
     */
    public double standardQuantile(double p) {
        int k = quantiles.length - 1;
        if (origins > 0) {
            // Split-conformal's finite-sample correction: the quantiles of n past origins' errors cover a
            // new origin's error with probability c only at level c (1 + 1/n), so the central part is
            // stretched by that much.
            p = 0.5 + (p - 0.5) * (1 + 1.0 / origins);
        }
        double position = Math.max(0, Math.min(1, p)) * k;
        int below = (int) Math.floor(position);
        if (below >= k) {
            return quantiles[k];
        }
        double weight = position - below;
        return quantiles[below] * (1 - weight) + quantiles[below + 1] * weight;
    }
}
