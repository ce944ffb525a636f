package com.merchantanalysis.costs.feeaudit.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.costs.ledger.DataCompleteness;

/**
 * What each payment channel charged against what the merchant contracted, over a period.
 *
 * @param completeness         the cost lines, channels and days with records
 * @param totalOverchargeYuan  the sum of the channels' overcharges
 * @param page                 the page of evidence shown per channel (0-based), {@code size} per page
 */
public record FeeAuditReport(
        String merchantId,
        long dataVersion,
        LocalDate from,
        LocalDate to,
        DataCompleteness completeness,
        BigDecimal totalOverchargeYuan,
        int page,
        int size,
        List<ChannelAudit> channels) {

    /**
     * One channel.
     *
     * @param status              OVERCHARGED, OK, NO_CONTRACT (fees without a contracted rate) or NO_SALES
     * @param contractedRatePct   the contracted fee in percent of a sale, null without contract
     * @param effectiveRatePct    fees over sales in percent, three decimals
     * @param contractedFees      contracted rate × sales: what the channel should have taken
     * @param overchargeYuan      fees − contracted fees when the effective rate is above the contract by more
     *                            than rounding, else 0
     * @param flaggedTransactions sales whose own fee exceeds contract × amount by more than rounding
     * @param evidence            those sales, largest excess first, one page of them
     */
    public record ChannelAudit(
            String channel,
            String status,
            BigDecimal contractedRatePct,
            BigDecimal effectiveRatePct,
            BigDecimal sales,
            BigDecimal fees,
            BigDecimal contractedFees,
            BigDecimal overchargeYuan,
            BigDecimal overchargePerMonth,
            long flaggedTransactions,
            BigDecimal flaggedExcessYuan,
            List<FeeEvidence> evidence) {
    }

    /** A sale whose fee is above its contracted fee. */
    public record FeeEvidence(
            String externalId,
            Instant timestamp,
            LocalDate date,
            BigDecimal amount,
            BigDecimal fee,
            BigDecimal contractedFee,
            BigDecimal excess) {
    }
}
