package com.merchantanalysis.cashflow.forecast.web;

import java.util.Map;

import com.merchantanalysis.cashflow.forecast.model.Backtest;
import com.merchantanalysis.cashflow.forecast.model.ForecastEngine;

/**
 * How well the chosen method forecast this series (a merchant's daily sales, or a posted series) from
 * past origins, refitted at each: its own out-of-sample backtest.
 *
 * @param mase                MASE (1 = as good as seasonal naive in-sample; lower is better)
 * @param seasonalNaiveMase   the benchmark's MASE over the same origins
 * @param coverage            share of actual values inside each interval in that backtest, in percent
 *                            (what the intervals achieved; compare with their nominal level)
 */
record AccuracyView(String method, Double mase, Double smape, Map<String, Double> coverage, Double seasonalNaiveMase,
        int origins, int horizonDays, String series) {

    static AccuracyView of(Backtest.Result result, String method) {
        return of(result, method, "daily sales");
    }

    static AccuracyView of(Backtest.Result result, String method, String series) {
        if (result == null || !result.scores().containsKey(method)) {
            return null;
        }
        Backtest.Score score = result.scores().get(method);
        Backtest.Score naive = result.scores().get(ForecastEngine.SEASONAL_NAIVE);
        Map<String, Double> coverage = new java.util.LinkedHashMap<>();
        score.coverage().forEach((level, value) -> coverage.put(Numbers.level(level), Numbers.ratio(value)));
        return new AccuracyView(method, Numbers.ratio(score.mase()), Numbers.ratio(score.smape()), coverage,
                naive == null ? null : Numbers.ratio(naive.mase()), result.origins(), result.horizon(), series);
    }
}
