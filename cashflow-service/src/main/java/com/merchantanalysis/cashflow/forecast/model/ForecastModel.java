package com.merchantanalysis.cashflow.forecast.model;

/** A forecasting method: fits itself to a series with a given season length. */
public interface ForecastModel {

    String name();

    /**
     * Fits the model.
     *
     * @param y       the series, oldest first, finite values
     * @param period  season length (1 = none)
     */
    FittedModel fit(double[] y, int period);
}
