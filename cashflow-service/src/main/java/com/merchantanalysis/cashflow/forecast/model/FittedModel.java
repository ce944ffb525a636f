package com.merchantanalysis.cashflow.forecast.model;

import java.util.List;

/**
 * A model fitted to one series, able to forecast it. Intervals are built from the model's forecasts
 * from past origins ({@link #originForecasts}) by {@link CalibratedIntervals}, so every model gets the
 * same calibration; {@link #fitted()} and {@link #psi(int)} serve when there are too few of them.
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

    /**
     * Forecasts made from past origins with the fitted parameters: {@code out[t][h]} forecasts
     * {@code y[t + 1 + h]} after seeing {@code y[0..t]}, for the steps that have an actual value
     * ({@code h < n - 1 - t}); rows before {@code from} (or where the model cannot forecast yet) are null.
     * Null when the model cannot give them.
     */
    default double[][] originForecasts(int horizon, int from) {
        return null;
    }

    /**
     * How many values were estimated from the series (smoothing weights, initial states, seasonal
     * indices, a drift): errors measured on the same series are that much too small.
     */
    default int estimatedCount() {
        return 0;
    }

    /** The models this one combines (an ensemble's members); empty for a single model. */
    default List<FittedModel> members() {
        return List.of();
    }
}
