package com.merchantanalysis.cashflow.forecast.domain;

import java.math.BigDecimal;
import java.util.List;

import com.merchantanalysis.cashflow.balance.domain.CashPosition;

import com.merchantanalysis.cashflow.forecast.model.Backtest;
import com.merchantanalysis.cashflow.forecast.model.EngineResult;

/**
 * Everything computed for one merchant's forecast: the sales model's result, its measured accuracy,
 * the fixed payments found, and the base projection; {@link #project} re-projects for another floor or
 * a scenario with the same random paths.
 *
 * @param position  the cash at asOf, reconciled; the projection starts from its {@code settledCash}
 * @param chosen    the method that answered (lowest backtest MASE, the ensemble when unmeasured)
 * @param accuracy  the rolling-origin backtest of daily sales, or null with too little history
 */
public record MerchantForecast(
        Target target,
        long dataVersion,
        CashPosition position,
        int historyDays,
        EngineResult sales,
        String chosen,
        Backtest.Result accuracy,
        List<RecurringOutflow> recurring,
        CashflowProjection base,
        CashflowProjector.Inputs inputs) {

    public CashflowProjection project(Scenario scenario, double floor) {
        return CashflowProjector.project(inputs, scenario, floor);
    }

    /** The balance at asOf: opening cash plus every flow net of payment fees. */
    public BigDecimal currentBalance() {
        return position.balance();
    }

    /** The model's full label, e.g. {@code Ensemble(median of ETS(M,N,M), Theta, SeasonalNaive)}. */
    public String modelLabel() {
        return sales.models().get(chosen).model();
    }
}
