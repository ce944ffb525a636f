package com.merchantanalysis.cashflow.forecast.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Forecasts of a posted series with intervals keyed by level ({@code "80"}, {@code "95"}).
 *
 * @param model     the model's label; {@code fallback} true (with a {@code note}) when the series was
 *                  too short to fit one
 * @param accuracy  the series' own rolling-origin backtest: MASE, sMAPE and the coverage the intervals
 *                  achieved; null when the series is too short for one origin or none was asked for
 */
record SeriesForecastResponse(List<Point> points, String model, int seasonLength, boolean fallback, String note,
        AccuracyView accuracy) {

    record Point(LocalDate date, Double mean, Map<String, Double> lower, Map<String, Double> upper) {
    }
}
