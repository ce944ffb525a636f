package com.merchantanalysis.costs.action.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The cost section of the gateway's {@code /merchant/analyze}: the contract in the platform brief.
 *
 * @param primeCostPct  null unless the merchant is a restaurant
 * @param topLeaks      the largest amounts the merchant pays beyond its benchmark, contract or pattern
 */
public record CostSummary(
        String merchantId,
        long dataVersion,
        LocalDate from,
        LocalDate to,
        BigDecimal revenue,
        BigDecimal grossMarginPct,
        BigDecimal netMarginPct,
        BigDecimal primeCostPct,
        List<Leak> topLeaks,
        BigDecimal feeOverchargeYuan,
        List<Action> actions) {

    /** Money lost on one line over the period. */
    public record Leak(String category, BigDecimal amountYuan, String detail) {
    }
}
