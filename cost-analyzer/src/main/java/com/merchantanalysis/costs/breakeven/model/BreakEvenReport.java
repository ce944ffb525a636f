package com.merchantanalysis.costs.breakeven.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Break-even of a period's cost structure, and optionally of a what-if variant of it, side by side.
 * Months are average calendar months (30.436875 days).
 *
 * @param whatIf  null unless the caller changed rent, COGS or the fee rate
 */
public record BreakEvenReport(
        String merchantId,
        long dataVersion,
        LocalDate from,
        LocalDate to,
        long days,
        WhatIfParameters parameters,
        Scenario base,
        Scenario whatIf) {

    /** Relative changes in percent applied to the base (10 = +10%). */
    public record WhatIfParameters(BigDecimal rentChangePct, BigDecimal cogsChangePct, BigDecimal feeRateChangePct) {
    }

    /**
     * @param contributionMarginRatio  1 − variable costs / revenue, four decimals
     * @param reachable                false when every yuan of sales costs a yuan or more in variable
     *                                 costs; the break-even figures are then null
     * @param breakEvenOrdersPerDay    break-even revenue per day over the average ticket
     * @param safetyMarginPct          how far revenue may fall before a loss, in percent of revenue
     */
    public record Scenario(
            BigDecimal revenuePerMonth,
            BigDecimal fixedCostsPerMonth,
            BigDecimal variableCostsPerMonth,
            BigDecimal contributionMarginRatio,
            boolean reachable,
            BigDecimal breakEvenRevenuePerMonth,
            BigDecimal breakEvenRevenuePerDay,
            BigDecimal averageTicket,
            BigDecimal breakEvenOrdersPerDay,
            BigDecimal safetyMarginPct,
            BigDecimal safetyMarginPerMonth,
            BigDecimal profitPerMonth) {
    }
}
