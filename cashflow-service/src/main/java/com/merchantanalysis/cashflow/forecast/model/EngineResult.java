package com.merchantanalysis.cashflow.forecast.model;

import java.util.Map;

/**
 * Every model's forecast from one origin.
 *
 * @param models    by method name ({@link ForecastEngine#ENSEMBLE}, {@code ETS}, {@code ARIMA}, {@code Theta},
 *                  {@code SeasonalNaive})
 * @param chosen    the method the engine recommends
 * @param fallback  true when the history was too short for anything but the simple model
 * @param note      why, in words, when falling back
 */
public record EngineResult(Map<String, ModelForecast> models, String chosen, boolean fallback, String note) {

    public ModelForecast best() {
        return models.get(chosen);
    }
}
