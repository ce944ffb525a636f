package com.merchantanalysis.cashflow.forecast.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
record SeriesForecastRequest(
        @NotNull @Size(min = 1, max = MAX_POINTS) List<@NotNull @Valid Point> series,
        Frequency frequency,
        @Min(1) @Max(RequestChecks.MAX_HORIZON) Integer horizon,
        @Size(min = 1, max = RequestChecks.MAX_LEVELS) List<@CoverageLevel Double> levels,
        @Min(1) @Max(366) Integer seasonLength,
        @Min(0) @Max(20) Integer backtestOrigins) {

    static final int MAX_POINTS = 5000;

    enum Frequency { DAILY, WEEKLY, MONTHLY }

    /** A value too large for a double (1e999) reads as infinite; the controller refuses it, naming the point. */
    record Point(@NotNull LocalDate date, @NotNull Double value) {
    }
}
