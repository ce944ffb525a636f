package com.merchantanalysis.cashflow.forecast.model;

/**
 * @param minHistory  below this many observations only the seasonal naive model is used (and said so)
 * @param fitWindow   the smoothing models see at most this many of the latest observations (calendar
 *                    effects are still estimated on the whole history)
 * @param intervalWidening  multiplies the calibrated error scales: what errors measured from past origins
 *                    with the parameters fitted on the whole window miss out of sample
 */
public record EngineSettings(int minHistory, int fitWindow, double intervalWidening) {

    public static final double DEFAULT_INTERVAL_WIDENING = 1.20;

    public EngineSettings(int minHistory, int fitWindow) {
        this(minHistory, fitWindow, DEFAULT_INTERVAL_WIDENING);
    }

    public static EngineSettings defaults() {
        return new EngineSettings(14, 371);
    }
}
