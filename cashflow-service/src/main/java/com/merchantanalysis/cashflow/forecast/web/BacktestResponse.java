package com.merchantanalysis.cashflow.forecast.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.cashflow.forecast.model.Backtest;
import com.merchantanalysis.cashflow.forecast.model.ForecastEngine;
import com.merchantanalysis.common.text.Wording;

/**
 * Rolling-origin accuracy of the daily sales forecast for every method, the best one ({@code chosen}: the
 * method the forecast of this horizon answers with), and how it compares with seasonal naive
 * ({@code maseVsSeasonalNaive} below 1 = better). {@code horizonDays} is the test window: the requested
 * horizon, at most {@code merchant.cashflow.accuracy-horizon-days} (28), as in the forecast.
 *
 * @param daysNeeded     days of history one origin needs with this horizon (the minimum training
 *                       length plus the horizon); with {@code origins} 0 the history was shorter
 * @param daysAvailable  days of history there were
 */
record BacktestResponse(String merchantId, long dataVersion, LocalDate asOf, String series, int horizonDays,
        int origins, List<Double> levels, List<ModelScore> models, String chosen, Double maseVsSeasonalNaive,
        int daysNeeded, int daysAvailable, String note) {

    record ModelScore(String method, Double mase, Double smape, Map<String, Double> coverage) {
    }

    static BacktestResponse of(String merchantId, long dataVersion, LocalDate asOf, Backtest.Result result,
            double[] levels, Wording wording) {
        List<ModelScore> models = new ArrayList<>();
        String chosen = result.chosen();
        for (var e : result.scores().entrySet()) {
            Map<String, Double> coverage = new java.util.LinkedHashMap<>();
            e.getValue().coverage().forEach((level, value) -> coverage.put(Numbers.level(level), Numbers.ratio(value)));
            models.add(new ModelScore(e.getKey(), Numbers.ratio(e.getValue().mase()), Numbers.ratio(e.getValue().smape()),
                    coverage));
        }
        Backtest.Score naive = result.scores().get(ForecastEngine.SEASONAL_NAIVE);
        Double ratio = chosen == null || naive == null || !(naive.mase() > 0) ? null
                : Numbers.ratio(result.scores().get(chosen).mase() / naive.mase());
        String note = result.origins() == 0
                ? wording.text("backtest.note.shortHistory", result.historyNeeded(), result.historyAvailable()) : null;
        return new BacktestResponse(merchantId, dataVersion, asOf, "daily sales", result.horizon(), result.origins(),
                Numbers.levels(levels), models, chosen, ratio, result.historyNeeded(), result.historyAvailable(), note);
    }
}
