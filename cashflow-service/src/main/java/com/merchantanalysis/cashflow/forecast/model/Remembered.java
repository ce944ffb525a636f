package com.merchantanalysis.cashflow.forecast.model;

import java.util.List;

/**
 * A fitted model that remembers its last forecasts and forecasts from past origins, so that an
 * ensemble and the intervals of each member do not compute them again.
 */
final class Remembered implements FittedModel {

    private final FittedModel model;
    private int forecastHorizon = -1;
    private double[] forecast;
    private int originHorizon = -1;
    private int originFrom = -1;
    private double[][] origins;

    private Remembered(FittedModel model) {
        this.model = model;
    }

    static FittedModel of(FittedModel model) {
        return model instanceof Remembered ? model : new Remembered(model);
    }

    @Override
    public String name() {
        return model.name();
    }

    @Override
    public synchronized double[] forecast(int horizon) {
        if (horizon != forecastHorizon) {
            forecast = model.forecast(horizon);
            forecastHorizon = horizon;
        }
        return forecast.clone();
    }

    @Override
    public double[] fitted() {
        return model.fitted();
    }

    @Override
    public double[] psi(int horizon) {
        return model.psi(horizon);
    }

    @Override
    public double aicc() {
        return model.aicc();
    }

    /** The same rows each time: callers only read them. */
    @Override
    public synchronized double[][] originForecasts(int horizon, int from) {
        if (horizon != originHorizon || from != originFrom) {
            origins = model.originForecasts(horizon, from);
            originHorizon = horizon;
            originFrom = from;
        }
        return origins;
    }

    @Override
    public int estimatedCount() {
        return model.estimatedCount();
    }

    @Override
    public List<FittedModel> members() {
        return model.members();
    }
}
