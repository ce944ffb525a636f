package com.merchantanalysis.gateway.analyze.upstream;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.merchantanalysis.gateway.analyze.model.Action;
import com.merchantanalysis.gateway.analyze.model.RiskAction;
import com.merchantanalysis.gateway.analyze.model.CostSection;

/** cost-analyzer's {@code GET /api/v1/costs/merchants/{id}/summary} answer. */
@JsonIgnoreProperties(ignoreUnknown = true)
record CostSummary(String merchantId, long dataVersion, LocalDate from, LocalDate to, BigDecimal revenue,
        BigDecimal grossMarginPct, BigDecimal netMarginPct, BigDecimal primeCostPct, List<CostSection.Leak> topLeaks,
        BigDecimal feeOverchargeYuan, List<Action> actions, List<RiskAction> riskActions)
        implements UpstreamSummary<CostSection> {

    @Override
    public CostSection toSection() {
        return new CostSection(from, to, Money.cents(revenue), grossMarginPct, netMarginPct, primeCostPct,
                topLeaks == null ? List.of() : List.copyOf(topLeaks), Money.cents(feeOverchargeYuan),
                Money.actions(actions), Money.risks(riskActions));
    }
}
