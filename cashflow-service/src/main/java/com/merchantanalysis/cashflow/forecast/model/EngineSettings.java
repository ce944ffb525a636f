package com.merchantanalysis.cashflow.forecast.model;

/**
 * @param minHistory  below this many observations only the seasonal naive model is used (and said so)
 * @param fitWindow   the smoothing models see at most this many of the latest observations (calendar
 *                    effects are still estimated on the whole history)
 */
public record EngineSettings(int minHistory, int fitWindow) {

    public static EngineSettings defaults() {
        return new EngineSettings(14, 371);
    }
}
