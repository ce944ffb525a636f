package com.merchantanalysis.cashflow.forecast.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import com.merchantanalysis.cashflow.balance.domain.Reconciliation;
import com.merchantanalysis.cashflow.forecast.domain.CashflowProjection;
import com.merchantanalysis.cashflow.forecast.domain.MerchantForecast;
import com.merchantanalysis.cashflow.forecast.domain.ShortfallDriver;
import com.merchantanalysis.cashflow.forecast.model.Backtest;
import com.merchantanalysis.common.text.Wording;
import com.merchantanalysis.common.calendar.Festival;

/**
 * The cash-flow section of the gateway's {@code /merchant/analyze}, in the shape all services share. A
 * likely shortfall is a risk action (ranked by its probability), not a saving: no yuan figure goes with it.
 * The projected balances are bank cash: they start from {@code reconciliation.settledCash}, the current
 * balance less the sales the channels have not settled yet.
 */
record SummaryResponse(String merchantId, long dataVersion, LocalDate asOf, int horizonDays, BigDecimal currentBalance,
        BigDecimal projectedBalanceEnd, LowestBalance lowestBalance, Shortfall shortfall, String model,
        Accuracy accuracy, List<RiskAction> riskActions, Reconciliation reconciliation) {

    record LowestBalance(LocalDate date, BigDecimal mean, BigDecimal lower95) {
    }

    record Shortfall(BigDecimal floor, LocalDate firstDateLikely, double maxProbability) {
    }

    record Accuracy(Double mase, Double smape, Double coverage80, Double coverage95) {
    }

    /** @param risk HIGH (a shortfall is likelier than not), MEDIUM (20% or more) or LOW */
    record RiskAction(String title, String category, String risk, String evidence) {
    }

    static SummaryResponse of(MerchantForecast forecast, Function<LocalDate, Festival> holidays, Wording wording) {
        CashflowProjection p = forecast.base();
        int end = p.horizon() - 1;
        int low = p.lowestStep();
        double lower95 = p.balanceBands().get(95.0).lower()[low];
        int first = p.firstLikelyShortfall();
        double maxProbability = p.maxShortfallProbability();
        Accuracy accuracy = null;
        Backtest.Result result = forecast.accuracy();
        if (result != null && result.scores().containsKey(forecast.chosen())) {
            Backtest.Score s = result.scores().get(forecast.chosen());
            accuracy = new Accuracy(Numbers.ratio(s.mase()), Numbers.ratio(s.smape()),
                    Numbers.ratio(s.coverage().getOrDefault(80.0, Double.NaN)),
                    Numbers.ratio(s.coverage().getOrDefault(95.0, Double.NaN)));
        }
        List<RiskAction> risks = new ArrayList<>();
        if (maxProbability > 0.05) {
            BigDecimal floor = Numbers.money(p.floor());
            String title = first >= 0 ? wording.text("risk.shortfall.title", floor, wording.day(p.date(first)))
                    : wording.text("risk.buffer.title", floor, wording.day(p.date(low)));
            String evidence = wording.text("risk.evidence", Numbers.money(p.balance()[low]), wording.day(p.date(low)),
                    Numbers.money(lower95), 100 * maxProbability);
            risks.add(new RiskAction(title, "cashflow", risk(maxProbability),
                    withMainDriver(evidence, ShortfallDriver.of(p, holidays), wording)));
        }
        return new SummaryResponse(forecast.target().merchant().id(), forecast.dataVersion(), forecast.target().asOf(),
                p.horizon(), forecast.currentBalance(), Numbers.money(p.balance()[end]),
                new LowestBalance(p.date(low), Numbers.money(p.balance()[low]), Numbers.money(lower95)),
                new Shortfall(Numbers.money(p.floor()), first < 0 ? null : p.date(first), Numbers.ratio(maxProbability)),
                forecast.modelLabel(), accuracy, risks, Reconciliation.of(forecast.position(), wording));
    }

    /** The evidence with its largest driver and how many there are (the runway lists them all). */
    private static String withMainDriver(String evidence, List<ShortfallDriver> drivers, Wording wording) {
        if (drivers.isEmpty()) {
            return evidence;
        }
        ShortfallDriver main = drivers.stream().max(Comparator.comparingDouble(ShortfallDriver::amount)).orElseThrow();
        return wording.text(drivers.size() == 1 ? "risk.evidence.driver" : "risk.evidence.drivers", evidence,
                DriverDescription.of(main, wording), Numbers.money(main.amount()), drivers.size(), drivers.size() - 1);
    }

    private static String risk(double probability) {
        return probability >= 0.5 ? "HIGH" : probability >= 0.2 ? "MEDIUM" : "LOW";
    }
}
