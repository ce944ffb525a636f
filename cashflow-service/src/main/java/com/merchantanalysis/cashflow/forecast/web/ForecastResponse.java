package com.merchantanalysis.cashflow.forecast.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.cashflow.balance.domain.CashPosition;
import com.merchantanalysis.cashflow.balance.domain.Reconciliation;
import com.merchantanalysis.cashflow.forecast.domain.CashflowProjection;
import com.merchantanalysis.cashflow.forecast.domain.MerchantForecast;
import com.merchantanalysis.cashflow.forecast.domain.RecurringOutflow;
import com.merchantanalysis.cashflow.forecast.model.EngineResult;
import com.merchantanalysis.common.text.Wording;

/**
 * A merchant's daily cash forecast.
 *
 * @param currentBalance   the balance at the end of asOf, net of payment fees (as {@code /balance})
 * @param salesInTransit   sales made up to asOf, net of their fees, that the payment channels settle after it:
 *                         in the balance already, not yet in the bank
 * @param startingCash     what the bank projection starts from: {@code currentBalance - salesInTransit}, to
 *                         the cent
 * @param reconciliation   how the balance adds up from opening cash, sales, fees and payments
 * @param model            the model that answered, e.g. {@code Ensemble(median of ETS(M,N,M), Theta; left out
 *                         by rolling-origin error: SeasonalNaive)}
 * @param method           its method name ({@code Ensemble}, {@code ETS}, {@code ARIMA} (not for daily series),
 *                         {@code Theta}, {@code SeasonalNaive})
 * @param fallback         true when history was too short for model fitting ({@code note} says why)
 * @param accuracy         measured accuracy of the daily sales forecast, null without enough history
 */
record ForecastResponse(
        String merchantId,
        long dataVersion,
        LocalDate asOf,
        int horizonDays,
        List<Double> levels,
        BigDecimal currentBalance,
        BigDecimal salesInTransit,
        BigDecimal startingCash,
        String model,
        String method,
        boolean fallback,
        String note,
        AccuracyView accuracy,
        List<Recurring> recurringOutflows,
        List<Point> points,
        Reconciliation reconciliation) {

    /**
     * A fixed payment found in the history and projected on its days; {@code description} names a bill
     * found by its payee among payments without a cost kind (e.g. an imported 工资 transfer), else null.
     */
    record Recurring(String kind, int dayOfMonth, int everyMonths, BigDecimal amount, String description) {
    }

    /** One day: bank cash in and out, the net, the balance at its end, each with intervals per level. */
    record Point(LocalDate date, BigDecimal inflow, BigDecimal outflow, BigDecimal net, BigDecimal balance,
            Map<String, Interval> inflowInterval, Map<String, Interval> outflowInterval,
            Map<String, Interval> netInterval, Map<String, Interval> balanceInterval) {
    }

    static ForecastResponse of(MerchantForecast forecast, double[] levels, Wording wording) {
        CashflowProjection p = forecast.base();
        List<Point> points = new ArrayList<>();
        for (int h = 0; h < p.horizon(); h++) {
            int step = h;
            BigDecimal inflow = Numbers.money(p.inflow()[h]);
            BigDecimal outflow = Numbers.money(p.outflow()[h]);
            // The net of the rounded flows, so that the figures shown add up to the cent.
            points.add(new Point(p.date(h), inflow, outflow, inflow.subtract(outflow), Numbers.money(p.balance()[h]),
                    Numbers.byLevel(levels, l -> band(p.inflowBands().get(l), step)),
                    Numbers.byLevel(levels, l -> band(p.outflowBands().get(l), step)),
                    Numbers.byLevel(levels, l -> band(p.netBands().get(l), step)),
                    Numbers.byLevel(levels, l -> band(p.balanceBands().get(l), step))));
        }
        List<Recurring> recurring = new ArrayList<>();
        for (RecurringOutflow r : forecast.recurring()) {
            recurring.add(new Recurring(r.kind().name(), r.dayOfMonth(), r.cadenceMonths(), Numbers.money(r.amount()),
                    r.description()));
        }
        CashPosition position = forecast.position();
        return new ForecastResponse(forecast.target().merchant().id(), forecast.dataVersion(), forecast.target().asOf(),
                p.horizon(), Numbers.levels(levels), position.balance(), position.salesInTransit(),
                position.settledCash(), forecast.modelLabel(), forecast.chosen(), forecast.sales().fallback(),
                note(forecast.sales().shortHistory(), wording), AccuracyView.of(forecast.accuracy(), forecast.chosen()),
                recurring, points, Reconciliation.of(position, wording));
    }

    /** Why no model was fitted to the daily sales, or null when one was. */
    private static String note(EngineResult.ShortHistory shortHistory, Wording wording) {
        if (shortHistory == null) {
            return null;
        }
        return wording.text(shortHistory.seasonal() ? "forecast.note.seasonalNaive" : "forecast.note.naive",
                shortHistory.observations(), shortHistory.needed());
    }

    private static Interval band(CashflowProjection.Band band, int step) {
        return Interval.of(band.lower()[step], band.upper()[step]);
    }
}
