package com.merchantanalysis.simulator.transaction.web;

import static com.merchantanalysis.simulator.transaction.web.TransactionView.cents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import com.merchantanalysis.common.data.DailySummaryDocument;

/** One merchant-local day's rollup; maps are keyed by kind or channel name, amounts in yuan. */
record DailySummaryView(LocalDate date, BigDecimal inflow, BigDecimal outflow, BigDecimal net, long count,
        long saleCount, long refundCount, Map<String, BigDecimal> byKind, Map<String, BigDecimal> byChannel,
        Map<String, BigDecimal> salesByChannel, Map<String, BigDecimal> feesByChannel,
        Map<String, BigDecimal> settledByChannel) {

    static DailySummaryView of(DailySummaryDocument day) {
        return new DailySummaryView(day.date(), cents(day.inflow()), cents(day.outflow()), cents(day.net()),
                day.count(), day.saleCount(), day.refundCount(), amounts(day.byKind()), amounts(day.byChannel()),
                amounts(day.salesByChannel()), amounts(day.feesByChannel()), amounts(day.settledByChannel()));
    }

    private static Map<String, BigDecimal> amounts(Map<? extends Enum<?>, BigDecimal> amounts) {
        Map<String, BigDecimal> result = new TreeMap<>();
        amounts.forEach((key, amount) -> result.put(key.name(), cents(amount)));
        return result;
    }
}
