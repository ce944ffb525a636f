package com.merchantanalysis.cashflow.forecast.domain;

import java.util.concurrent.TimeUnit;

import com.merchantanalysis.cashflow.forecast.model.ForecastEngine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * The service's business metrics, registered at startup so that dashboards find them before first use:
 * {@code merchant_forecast_seconds{model}} and {@code cashflow_shortfall_warnings_total}.
 */
@Component
public class ForecastMetrics {

    private final MeterRegistry registry;
    private final Counter shortfallWarnings;

    public ForecastMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (String method : ForecastEngine.METHODS) {
            timer(method);
        }
        this.shortfallWarnings = Counter.builder("cashflow_shortfall_warnings")
                .description("Answers that warned the balance is likely to fall below the floor").register(registry);
    }

    /** Times one forecast (fit, intervals, projection) under the method that answered. */
    public void recordForecast(String method, long nanos) {
        timer(method).record(nanos, TimeUnit.NANOSECONDS);
    }

    public void shortfallWarned() {
        shortfallWarnings.increment();
    }

    private Timer timer(String method) {
        return Timer.builder("merchant_forecast_seconds").description("Time to fit and forecast one series")
                .tag("model", method).register(registry);
    }
}
