package com.merchantanalysis.costs.structure.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.costs.ledger.DataCompleteness;

/**
 * A merchant's cost structure over a period, compared with another period. Amounts in yuan to the
 * cent; shares and margins in percent of revenue (net sales) to two decimals. The category shares and
 * {@code netMarginPct} add up to exactly 100.
 *
 * @param completeness   the cost lines, channels and days with records, and which margins they allow
 * @param grossProfit    null (with {@code grossMarginPct}) when there are no purchase records: see completeness
 * @param primeCostPct   COGS plus labour as a share of revenue; null unless the merchant is a restaurant with
 *                       both on record
 * @param netProfit      null (with {@code netMarginPct}) when purchases, or both payroll and rent, have no
 *                       records: see completeness
 */
public record StructureReport(
        String merchantId,
        long dataVersion,
        LocalDate from,
        LocalDate to,
        String compareTo,
        LocalDate comparisonFrom,
        LocalDate comparisonTo,
        DataCompleteness completeness,
        BigDecimal grossSales,
        BigDecimal refunds,
        BigDecimal revenue,
        long saleCount,
        BigDecimal averageTicket,
        List<CategoryLine> categories,
        BigDecimal totalCosts,
        FixedVariableSplit fixedVariable,
        BigDecimal grossProfit,
        BigDecimal grossMarginPct,
        BigDecimal primeCost,
        BigDecimal primeCostPct,
        BigDecimal netProfit,
        BigDecimal netMarginPct,
        List<ChannelFees> feesByChannel,
        Comparison comparison) {

    /**
     * One cost line.
     *
     * @param behaviour         FIXED or VARIABLE
     * @param changePct         relative change of the amount, null when the comparison had none
     * @param sharePointsChange change of the share of revenue, in percentage points
     */
    public record CategoryLine(
            String category,
            String behaviour,
            BigDecimal amount,
            BigDecimal sharePct,
            BigDecimal comparisonAmount,
            BigDecimal comparisonSharePct,
            BigDecimal changeAmount,
            BigDecimal changePct,
            BigDecimal sharePointsChange) {
    }

    /** Costs that do not move with sales versus those that do, with their shares of revenue. */
    public record FixedVariableSplit(
            BigDecimal fixedCosts,
            BigDecimal variableCosts,
            BigDecimal fixedSharePct,
            BigDecimal variableSharePct) {
    }

    /** What the channels took on their sales: the sum behind the PAYMENT_FEES line (besides fee rows). */
    public record ChannelFees(String channel, BigDecimal sales, BigDecimal fees, BigDecimal effectiveRatePct) {
    }

    /** The headline figures of the comparison period; its margins are null when its records do not allow them. */
    public record Comparison(
            DataCompleteness completeness,
            BigDecimal revenue,
            BigDecimal revenueChangePct,
            BigDecimal totalCosts,
            BigDecimal grossMarginPct,
            BigDecimal netMarginPct,
            BigDecimal netMarginPointsChange) {
    }
}
