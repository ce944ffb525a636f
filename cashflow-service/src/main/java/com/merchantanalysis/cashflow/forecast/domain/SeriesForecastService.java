package com.merchantanalysis.cashflow.forecast.domain;

import java.time.LocalDate;

import com.merchantanalysis.cashflow.forecast.model.EngineResult;
import com.merchantanalysis.cashflow.forecast.model.EngineSettings;
import com.merchantanalysis.cashflow.forecast.model.ForecastEngine;
import com.merchantanalysis.cashflow.forecast.model.SeriesInput;

import org.springframework.stereotype.Service;

/** The engine for series posted by users; daily series get the Chinese calendar effects too. */
@Service
public class SeriesForecastService {

    private final ForecastEngine engine;
    private final CalendarFeatures calendar;
    private final ForecastMetrics metrics;

    SeriesForecastService(ForecastSettings settings, CalendarFeatures calendar, ForecastMetrics metrics) {
        this.engine = new ForecastEngine(new EngineSettings(settings.minHistoryDays(), settings.fitWindowDays()));
        this.calendar = calendar;
        this.metrics = metrics;
    }

    /**
     * @param firstDay the date of {@code y[0]} for daily series with consecutive days, else null
     */
    public EngineResult forecast(double[] y, int period, LocalDate firstDay, int horizon, double[] levels) {
        long started = System.nanoTime();
        SeriesInput input = firstDay == null ? SeriesInput.of(y, period)
                : new SeriesInput(y, period, calendar.regressors(firstDay, y.length, horizon),
                        calendar.eventDays(firstDay, y.length));
        EngineResult result = engine.forecast(input, horizon, levels);
        metrics.recordForecast(result.chosen(), System.nanoTime() - started);
        return result;
    }
}
