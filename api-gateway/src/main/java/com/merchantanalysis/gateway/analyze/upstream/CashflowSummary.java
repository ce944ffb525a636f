package com.merchantanalysis.gateway.analyze.upstream;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.merchantanalysis.gateway.analyze.model.RiskAction;
import com.merchantanalysis.gateway.analyze.model.CashSection;

/** cashflow-service's {@code GET /api/v1/cashflow/merchants/{id}/summary} answer; cash proposes risks, no savings. */
@JsonIgnoreProperties(ignoreUnknown = true)
record CashflowSummary(String merchantId, long dataVersion, LocalDate asOf, int horizonDays, BigDecimal currentBalance,
        BigDecimal projectedBalanceEnd, CashSection.LowestBalance lowestBalance, CashSection.Shortfall shortfall,
        String model, CashSection.Accuracy accuracy, List<RiskAction> riskActions)
        implements UpstreamSummary<CashSection> {

    @Override
    public CashSection toSection() {
        Integer runway = shortfall == null || shortfall.firstDateLikely() == null || asOf == null ? null
                : (int) ChronoUnit.DAYS.between(asOf, shortfall.firstDateLikely());
        return new CashSection(asOf, horizonDays, Money.cents(currentBalance), Money.cents(projectedBalanceEnd),
                lowestBalance, shortfall, runway, model, accuracy, List.of(), Money.risks(riskActions));
    }
}
