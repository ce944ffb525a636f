package com.merchantanalysis.costs.action.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.costs.ledger.DataCompleteness;

/**
 * The cost section of the gateway's {@code /merchant/analyze}: the contract in the platform brief. Fields are
 * only ever added (the gateway reads the ones it knows), never renamed or removed.
 *
 * @param grossMarginPct  null when unknown (no purchase records): {@code completeness.grossMargin} says why
 * @param netMarginPct    null when unknown (no purchases, or neither payroll nor rent, on record):
 *                        {@code completeness.netMargin} says why
 * @param primeCostPct    null unless the merchant is a restaurant with purchases and payroll on record
 * @param topLeaks        the largest amounts the merchant pays beyond its benchmark, contract or pattern
 * @param actions         savings with their yuan per month and its derivation, ranked by expected yuan
 * @param completeness    (added for issue 16) the cost lines, channels and days with records, which margins
 *                        they allow, and plain warnings
 * @param riskActions     (added for issue 16) recommendations without a yuan figure, ranked by risk
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
        List<Action> actions,
        DataCompleteness completeness,
        List<RiskAction> riskActions) {

    /** Money lost on one line over the period; {@code detail} says how, in the caller's language. */
    public record Leak(String category, BigDecimal amountYuan, String detail) {
    }
}
