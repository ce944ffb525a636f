package com.merchantanalysis.cashflow.forecast.domain;

import java.time.LocalDate;

import com.merchantanalysis.cashflow.forecast.model.Backtest;
import com.merchantanalysis.cashflow.forecast.model.EngineResult;
import com.merchantanalysis.cashflow.forecast.model.ForecastEngine;
import com.merchantanalysis.cashflow.forecast.model.SeriesInput;

import org.springframework.stereotype.Service;

/** The engine for series posted by users; daily series get the Chinese calendar effects too. */
@Service
public class SeriesForecastService {

    private final ForecastEngine engine;
    private final CalendarFeatures calendar;
    private final ForecastMetrics metrics;
    private final ForecastSettings settings;

    SeriesForecastService(ForecastSettings settings, CalendarFeatures calendar, ForecastMetrics metrics) {
        this.settings = settings;
        this.engine = new ForecastEngine(settings.engine());
        this.calendar = calendar;
        this.metrics = metrics;
    }

    /**
     * @param firstDay the date of {@code y[0]} for daily series with consecutive days, else null
     */
    public EngineResult forecast(double[] y, int period, LocalDate firstDay, int horizon, double[] levels) {
        long started = System.nanoTime();
        SeriesInput input = input(y, period, firstDay, horizon);
        EngineResult result = engine.forecast(input, horizon, levels);
        metrics.recordForecast(result.chosen(), System.nanoTime() - started);
        return result;
    }

    /**
     * The series' own rolling-origin backtest: {@code origins} origins a test horizon apart (the
     * forecast's horizon, at most {@code accuracy-horizon-days} steps), each refitted; what the answer's
     * accuracy and interval coverage are measured by. No origin when the series is too short.
     */
    public Backtest.Result backtest(double[] y, int period, LocalDate firstDay, int horizon, int origins,
            double[] levels) {
        int testHorizon = Math.min(horizon, settings.accuracyHorizonDays());
        int minTraining = Math.max(settings.minHistoryDays(), 2 * period + 2);
        return new Backtest(engine).run(input(y, period, firstDay, testHorizon), testHorizon, origins, levels,
                minTraining);
    }

    public int defaultBacktestOrigins() {
        return settings.accuracyOrigins();
    }

    private SeriesInput input(double[] y, int period, LocalDate firstDay, int horizon) {
        return firstDay == null ? SeriesInput.of(y, period)
                : new SeriesInput(y, period, calendar.regressors(firstDay, y.length, horizon),
                        calendar.eventDays(firstDay, y.length));
    }
}
