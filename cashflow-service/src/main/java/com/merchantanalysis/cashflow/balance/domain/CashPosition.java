package com.merchantanalysis.cashflow.balance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.MerchantDocument;

/**
 * A merchant's cash at the end of {@code asOf}: the opening cash balance plus the net of every
 * daily summary up to and including that day.
 *
 * @param daysWithData  how many daily summaries went into the sums
 * @param dataVersion   the merchant's data version the figures were computed from
 */
public record CashPosition(
        String merchantId,
        LocalDate asOf,
        BigDecimal openingCashBalance,
        BigDecimal inflow,
        BigDecimal outflow,
        BigDecimal net,
        BigDecimal balance,
        int daysWithData,
        long dataVersion) {

    /** Sums {@code summaries}, which the caller has already limited to this merchant and to days up to asOf. */
    public static CashPosition of(MerchantDocument merchant, LocalDate asOf, List<DailySummaryDocument> summaries) {
        BigDecimal inflow = BigDecimal.ZERO;
        BigDecimal outflow = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        for (DailySummaryDocument day : summaries) {
            inflow = inflow.add(day.inflow());
            outflow = outflow.add(day.outflow());
            net = net.add(day.net());
        }
        BigDecimal opening = merchant.openingCashBalance();
        return new CashPosition(merchant.id(), asOf, opening, inflow, outflow, net, opening.add(net),
                summaries.size(), merchant.dataVersion());
    }
}
