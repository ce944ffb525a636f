package com.merchantanalysis.cashflow.forecast.web;

import java.time.LocalDate;
import java.util.List;

/**
 * Any series to forecast.
 *
 * @param series        dated values, oldest first, dates strictly increasing
 * @param frequency     DAILY (weekly season, Chinese calendar effects), WEEKLY or MONTHLY; default DAILY
 * @param horizon       steps to forecast, 1–365; default 30
 * @param levels        interval coverages in percent, each in (0, 100); default 80 and 95
 * @param seasonLength  overrides the season length the frequency implies (1 = none)
 * @param backtestOrigins rolling origins of the backtest that measures the answer's accuracy and coverage,
 *                      0–20; default the service's {@code accuracy-origins} (0 = no backtest, faster)
 */
record SeriesForecastRequest(List<Point> series, Frequency frequency, Integer horizon, List<Double> levels,
        Integer seasonLength, Integer backtestOrigins) {

    enum Frequency { DAILY, WEEKLY, MONTHLY }

    record Point(LocalDate date, Double value) {
    }
}
