package com.merchantanalysis.cashflow.forecast.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.merchantanalysis.cashflow.forecast.domain.CashflowProjection;
import com.merchantanalysis.cashflow.forecast.domain.MerchantForecast;

/**
 * The base forecast next to the scenario's, day by day and in summary.
 *
 * @param accuracy  the sales model's backtest, with the coverage its intervals achieved; null without history
 */
record ScenarioResponse(String merchantId, long dataVersion, LocalDate asOf, int horizonDays, BigDecimal floor,
        Outcome base, Outcome scenario, BigDecimal endBalanceDifference, AccuracyView accuracy, List<Day> days) {

    /** Where the balance ends, its low point, and the shortfall risk. */
    record Outcome(BigDecimal endBalance, Interval endBalance95, LocalDate lowestDate, BigDecimal lowestBalance,
            BigDecimal lowestBalanceLower95, LocalDate firstDateLikely, double maxProbability) {

        static Outcome of(CashflowProjection p) {
            int end = p.horizon() - 1;
            int low = p.lowestStep();
            CashflowProjection.Band band = p.balanceBands().get(95.0);
            int first = p.firstLikelyShortfall();
            return new Outcome(Numbers.money(p.balance()[end]), Interval.of(band.lower()[end], band.upper()[end]),
                    p.date(low), Numbers.money(p.balance()[low]), Numbers.money(band.lower()[low]),
                    first < 0 ? null : p.date(first), Numbers.ratio(p.maxShortfallProbability()));
        }
    }

    record Day(LocalDate date, BigDecimal baseNet, BigDecimal scenarioNet, BigDecimal baseBalance,
            BigDecimal scenarioBalance) {
    }

    static ScenarioResponse of(MerchantForecast forecast, CashflowProjection base, CashflowProjection scenario) {
        List<Day> days = new ArrayList<>();
        for (int h = 0; h < base.horizon(); h++) {
            days.add(new Day(base.date(h), Numbers.money(base.net()[h]), Numbers.money(scenario.net()[h]),
                    Numbers.money(base.balance()[h]), Numbers.money(scenario.balance()[h])));
        }
        int end = base.horizon() - 1;
        return new ScenarioResponse(forecast.target().merchant().id(), forecast.dataVersion(), forecast.target().asOf(),
                base.horizon(), Numbers.money(base.floor()), Outcome.of(base), Outcome.of(scenario),
                Numbers.money(scenario.balance()[end] - base.balance()[end]),
                AccuracyView.of(forecast.accuracy(), forecast.chosen()), days);
    }
}
