package com.merchantanalysis.costs.breakeven.model;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.merchantanalysis.costs.ledger.DataCompleteness;

/**
 * Break-even of a period's cost structure, and optionally of a what-if variant of it, side by side.
 * Months are average calendar months (30.436875 days).
 *
 * @param completeness  the cost lines, channels and days with records, and whether they allow a break-even
 * @param whatIf        null unless the caller changed rent, COGS or the fee rate
 */
public record BreakEvenReport(
        String merchantId,
        long dataVersion,
        LocalDate from,
        LocalDate to,
        long days,
        DataCompleteness completeness,
        WhatIfParameters parameters,
        Scenario base,
        Scenario whatIf) {

    /** Relative changes in percent applied to the base (10 = +10%). */
    public record WhatIfParameters(BigDecimal rentChangePct, BigDecimal cogsChangePct, BigDecimal feeRateChangePct) {
    }

    /**
     * @param contributionMarginPct    (1 − variable costs / revenue) in percent, two decimals
     * @param status                   KNOWN; PARTIAL (a fixed line has no records and is left out: see
     *                                 {@code reason}); UNKNOWN (no purchases, or neither payroll nor rent, on
     *                                 record: the margin, break-even, safety and profit figures are null)
     * @param reachable                false when every yuan of sales costs a yuan or more in variable
     *                                 costs; the break-even figures are then null. Null when UNKNOWN
     * @param breakEvenOrdersPerDay    break-even revenue per day over the average ticket
     * @param safetyMarginPct          how far revenue may fall before a loss, in percent of revenue
     */
    public record Scenario(
            BigDecimal revenuePerMonth,
            BigDecimal fixedCostsPerMonth,
            BigDecimal variableCostsPerMonth,
            BigDecimal contributionMarginPct,
            String status,
            String reason,
            Boolean reachable,
            BigDecimal breakEvenRevenuePerMonth,
            BigDecimal breakEvenRevenuePerDay,
            BigDecimal averageTicket,
            BigDecimal breakEvenOrdersPerDay,
            BigDecimal safetyMarginPct,
            BigDecimal safetyMarginPerMonth,
            BigDecimal profitPerMonth) {
    }
}
