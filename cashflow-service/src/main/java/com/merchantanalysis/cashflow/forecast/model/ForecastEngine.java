package com.merchantanalysis.cashflow.forecast.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Forecasts one series: takes known calendar effects out, cleans outliers, fits to the recent window ETS
 * and (except for daily data) ARIMA, each chosen by AICc and on the seasonally adjusted series for
 * seasons longer than 24, Theta and seasonal naive; combines by their median those whose errors from
 * past origins are close to the best one's ({@link Ensemble#chosen}), and puts calibrated intervals
 * ({@link CalibratedIntervals}) on every forecast.
 */
public final class ForecastEngine {

    public static final String ENSEMBLE = "Ensemble";
    public static final String ETS = "ETS";
    public static final String ARIMA = "ARIMA";
    public static final String THETA = "Theta";
    public static final String SEASONAL_NAIVE = "SeasonalNaive";
    public static final List<String> METHODS = List.of(ENSEMBLE, ETS, ARIMA, THETA, SEASONAL_NAIVE);

    /** Seasons of daily data (a week of trading or calendar days): no ARIMA ({@link #arimaAffordable}). */
    static final int DAILY_SEASON_FROM = 5;
    static final int DAILY_SEASON_TO = 7;

    private final EngineSettings settings;

    public ForecastEngine(EngineSettings settings) {
        this.settings = settings;
    }

    public EngineResult forecast(SeriesInput input, int horizon, double[] levels) {
        double[] y = input.y();
        int n = y.length;
        if (n == 0) {
            throw new IllegalArgumentException("empty series");
        }
        int period = Math.max(1, input.period());
        if (n < settings.minHistory()) {
            int m = n >= 2 * period ? period : 1;
            FittedModel simple = new SeasonalNaive().fit(y, m);
            ModelForecast forecast = PredictionIntervals.of(simple, y, horizon, levels);
            return new EngineResult(Map.of(SEASONAL_NAIVE, forecast), SEASONAL_NAIVE,
                    new EngineResult.ShortHistory(n, settings.minHistory(), m > 1));
        }
        double[] cleaned = OutlierCleaner.clean(y, period, input.protectedSteps());
        CalendarAdjustment calendar = input.regressors() == null || input.regressors().count() == 0
                ? CalendarAdjustment.none(cleaned, horizon)
                : CalendarAdjustment.fit(cleaned, period, input.regressors(), horizon);
        // Same adjustment applied to the raw series: intervals are measured against what really happened.
        double[] adjustedRaw = new double[n];
        double[] adjustedClean = calendar.adjusted();
        for (int t = 0; t < n; t++) {
            adjustedRaw[t] = adjustedClean[t] + (y[t] - cleaned[t]);
        }
        int from = Math.max(0, n - settings.fitWindow());
        double[] window = Arrays.copyOfRange(adjustedClean, from, n);
        double[] windowRaw = Arrays.copyOfRange(adjustedRaw, from, n);

        // A long season the data do not show (a random walk's "yearly pattern") is not modelled; short
        // ones are left to the models (ETS's AICc) to judge.
        int season = period <= AutoEts.MAX_SEASON || Seasonality.present(window, period) ? period : 1;
        AutoEts ets = window.length <= AutoEts.ESTIMATE_STATES_UP_TO ? AutoEts.full() : AutoEts.daily();
        // Long seasons (52 weeks) are taken out first, as R's stlf does: a seasonal ETS would estimate
        // dozens of seasonal states from a few years (and past origins then see only the season known
        // at each, see Deseasonalised).
        FittedModel etsFit = Remembered.of(season > AutoEts.MAX_SEASON ? Deseasonalised.fit(ets, window, season)
                : ets.fit(window, season));
        FittedModel arimaFit = arimaAffordable(season) ? Remembered.of(season > AutoEts.MAX_SEASON
                ? Deseasonalised.fit(AutoArima.standard(), window, season)
                : AutoArima.standard().fit(window, season)) : null;
        FittedModel thetaFit = Remembered.of(season > AutoEts.MAX_SEASON
                ? Deseasonalised.fit(new Theta(400), window, season)
                : new Theta(400).fit(window, season));
        FittedModel naiveFit = Remembered.of(new SeasonalNaive().fit(window, season));
        List<FittedModel> members = arimaFit == null ? List.of(etsFit, thetaFit, naiveFit)
                : List.of(etsFit, arimaFit, thetaFit, naiveFit);
        // Members chosen by their errors from the same past origins the intervals are measured from.
        int firstOrigin = CalibratedIntervals.firstOrigin(window.length, season, horizon);
        FittedModel ensembleFit = Ensemble.chosen(members, windowRaw, horizon, firstOrigin);

        Map<String, ModelForecast> models = new LinkedHashMap<>();
        double[] effect = calendar.futureEffect();
        models.put(ENSEMBLE, intervals(ensembleFit, windowRaw, season, horizon, levels).plus(effect));
        models.put(ETS, intervals(etsFit, windowRaw, season, horizon, levels).plus(effect));
        if (arimaFit != null) {
            models.put(ARIMA, intervals(arimaFit, windowRaw, season, horizon, levels).plus(effect));
        }
        models.put(THETA, intervals(thetaFit, windowRaw, season, horizon, levels).plus(effect));
        models.put(SEASONAL_NAIVE, intervals(naiveFit, windowRaw, season, horizon, levels).plus(effect));
        return new EngineResult(models, ENSEMBLE, null);
    }

    /**
     * ARIMA's order search is left out for daily data (a season of a week: 5 to 7 days): there it costs
     * several times the rest of the forecast (about 35 ms of CPU for a year's window, against the 25 ms
     * budget per series, and a merchant's answer runs the engine for sales, costs and every backtest
     * origin), and ETS with the calendar regressors already does well.
     */
    static boolean arimaAffordable(int season) {
        return season < DAILY_SEASON_FROM || season > DAILY_SEASON_TO;
    }

    private ModelForecast intervals(FittedModel model, double[] y, int period, int horizon, double[] levels) {
        return CalibratedIntervals.of(model, y, period, horizon, levels, settings.intervalWidening());
    }
}
