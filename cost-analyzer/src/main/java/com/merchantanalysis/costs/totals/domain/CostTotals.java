package com.merchantanalysis.costs.totals.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.period.ReportingPeriod;
import com.merchantanalysis.costs.ledger.DataCompleteness;
import com.merchantanalysis.costs.ledger.PeriodLedger;
import com.merchantanalysis.costs.ledger.CostWording;

/**
 * What came in and went out over a period.
 *
 * @param revenue  gross sales: the SALE amount, before refunds and chargebacks
 * @param byKind        every kind that occurred in the period, sorted by the kind's name
 * @param completeness  the cost lines, channels and days with records
 */
public record CostTotals(
        String merchantId,
        ReportingPeriod period,
        int daysWithData,
        BigDecimal inflow,
        BigDecimal outflow,
        BigDecimal revenue,
        List<KindAmount> byKind,
        DataCompleteness completeness) {

    /** Sums {@code summaries}, which the caller has already limited to this merchant and period. */
    static CostTotals of(String merchantId, ReportingPeriod period, List<DailySummaryDocument> summaries,
            CostWording wording) {
        BigDecimal inflow = BigDecimal.ZERO;
        BigDecimal outflow = BigDecimal.ZERO;
        Map<TransactionKind, BigDecimal> byKind = new EnumMap<>(TransactionKind.class);
        for (DailySummaryDocument day : summaries) {
            inflow = inflow.add(day.inflow());
            outflow = outflow.add(day.outflow());
            day.byKind().forEach((kind, amount) -> byKind.merge(kind, amount, BigDecimal::add));
        }
        List<KindAmount> amounts = byKind.entrySet().stream()
                .map(entry -> new KindAmount(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(amount -> amount.kind().name()))
                .toList();
        return new CostTotals(merchantId, period, summaries.size(), inflow, outflow,
                byKind.getOrDefault(TransactionKind.SALE, BigDecimal.ZERO), amounts,
                DataCompleteness.of(PeriodLedger.of(summaries), period.days(), wording));
    }
}
