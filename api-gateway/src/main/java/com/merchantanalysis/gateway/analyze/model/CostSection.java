package com.merchantanalysis.gateway.analyze.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Margins, the biggest cost leaks and the payment-fee audit from cost-analyzer. */
public record CostSection(LocalDate from, LocalDate to, BigDecimal revenue, BigDecimal grossMarginPct,
        BigDecimal netMarginPct, BigDecimal primeCostPct, List<Leak> topLeaks, BigDecimal feeOverchargeYuan,
        List<Action> actions, List<RiskAction> riskActions) implements SectionBody {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Leak(String category, BigDecimal amountYuan, String detail) {
    }
}
