package com.merchantanalysis.cashflow.forecast.model;

/**
 * A model fitted to one series, able to forecast it. Intervals are built from {@link #fitted()} and
 * {@link #psi(int)} by {@link PredictionIntervals}, so every model gets the same calibration.
 */
public interface FittedModel {

    /** A short name such as {@code ETS(A,Ad,A)} or {@code Theta}. */
    String name();

    /** Point forecasts for the next {@code horizon} steps. */
    double[] forecast(int horizon);

    /** One-step-ahead in-sample predictions, aligned with the fitted series; NaN where the model has none. */
    double[] fitted();

    /**
     * Weights of future innovations in the h-step error: the h-step variance is
     * {@code sigma^2 * sum(psi[j]^2, j < h)}; {@code psi[0]} is 1.
     */
    double[] psi(int horizon);

    /** Corrected Akaike information criterion; NaN for models without a likelihood. */
    default double aicc() {
        return Double.NaN;
    }
}
