package com.merchantanalysis.cashflow.forecast.model;

import java.util.Map;

/**
 * Every model's forecast from one origin.
 *
 * @param models        by method name ({@link ForecastEngine#ENSEMBLE}, {@code ETS}, {@code ARIMA}, {@code Theta},
 *                      {@code SeasonalNaive})
 * @param chosen        the method the engine recommends
 * @param shortHistory  why no model was fitted when the history was too short for anything but the simple
 *                      model, else null (the words are the web layer's, in the reader's language)
 */
public record EngineResult(Map<String, ModelForecast> models, String chosen, ShortHistory shortHistory) {

    /**
     * @param observations  how many the series had
     * @param needed        how many fitting a model needs
     * @param seasonal      whether the simple forecast repeats the last season (else the last value)
     */
    public record ShortHistory(int observations, int needed, boolean seasonal) {
    }

    /** True when the history was too short for model fitting. */
    public boolean fallback() {
        return shortHistory != null;
    }

    public ModelForecast best() {
        return models.get(chosen);
    }
}
