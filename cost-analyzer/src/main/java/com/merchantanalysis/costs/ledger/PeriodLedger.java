package com.merchantanalysis.costs.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionKind;

/**
 * Revenue and costs of a set of days, summed from their daily summaries. Costs are positive amounts
 * (a summary stores outflows as negative nets).
 *
 * @param grossSales  SALE amounts before refunds
 * @param refunds     refunds and chargebacks, positive
 * @param costs       every category, zero when nothing was booked on it
 * @param firstDay    the first day with a summary, null without any (likewise {@code lastDay})
 * @param paidBefore  lines without records in the period that were paid shortly before it, with the last day
 *                    they were: a bill paid less often than the period is long (rent a quarter in advance)
 */
public record PeriodLedger(
        int daysWithData,
        LocalDate firstDay,
        LocalDate lastDay,
        BigDecimal grossSales,
        BigDecimal refunds,
        long saleCount,
        Map<CostCategory, BigDecimal> costs,
        Map<PaymentChannel, BigDecimal> salesByChannel,
        Map<PaymentChannel, BigDecimal> feesByChannel,
        Map<CostCategory, LocalDate> paidBefore) {

    public static PeriodLedger of(Iterable<DailySummaryDocument> days) {
        int count = 0;
        LocalDate first = null;
        LocalDate last = null;
        BigDecimal sales = BigDecimal.ZERO;
        BigDecimal refunds = BigDecimal.ZERO;
        long saleCount = 0;
        Map<CostCategory, BigDecimal> costs = new EnumMap<>(CostCategory.class);
        for (CostCategory category : CostCategory.values()) {
            costs.put(category, BigDecimal.ZERO);
        }
        Map<PaymentChannel, BigDecimal> salesByChannel = new EnumMap<>(PaymentChannel.class);
        Map<PaymentChannel, BigDecimal> feesByChannel = new EnumMap<>(PaymentChannel.class);
        for (DailySummaryDocument day : days) {
            count++;
            first = first == null || day.date().isBefore(first) ? day.date() : first;
            last = last == null || day.date().isAfter(last) ? day.date() : last;
            saleCount += day.saleCount();
            for (Map.Entry<TransactionKind, BigDecimal> entry : day.byKind().entrySet()) {
                switch (entry.getKey()) {
                    case SALE -> sales = sales.add(entry.getValue());
                    case REFUND, CHARGEBACK -> refunds = refunds.subtract(entry.getValue());
                    default -> CostCategory.of(entry.getKey())
                            .ifPresent(category -> costs.merge(category, entry.getValue().negate(), BigDecimal::add));
                }
            }
            day.salesByChannel().forEach((channel, amount) -> salesByChannel.merge(channel, amount, BigDecimal::add));
            day.feesByChannel().forEach((channel, fee) -> {
                feesByChannel.merge(channel, fee, BigDecimal::add);
                costs.merge(CostCategory.PAYMENT_FEES, fee, BigDecimal::add);
            });
        }
        return new PeriodLedger(count, first, last, sales, refunds, saleCount, Collections.unmodifiableMap(costs),
                Collections.unmodifiableMap(salesByChannel), Collections.unmodifiableMap(feesByChannel), Map.of());
    }

    /**
     * This ledger, knowing the days before the period: each line it has no records of, but {@code earlier}
     * days do, is paid less often than the period is long; the last such day is kept.
     */
    public PeriodLedger withEarlier(Iterable<DailySummaryDocument> earlier) {
        Map<CostCategory, LocalDate> last = new EnumMap<>(CostCategory.class);
        for (DailySummaryDocument day : earlier) {
            for (Map.Entry<TransactionKind, BigDecimal> entry : day.byKind().entrySet()) {
                CostCategory.of(entry.getKey()).filter(line -> !has(line) && entry.getValue().signum() != 0)
                        .ifPresent(line -> last.merge(line, day.date(), (a, b) -> a.isAfter(b) ? a : b));
            }
        }
        return new PeriodLedger(daysWithData, firstDay, lastDay, grossSales, refunds, saleCount, costs,
                salesByChannel, feesByChannel, Collections.unmodifiableMap(last));
    }

    /** Net sales: what customers finally paid. Every share and margin is relative to it. */
    public BigDecimal revenue() {
        return grossSales.subtract(refunds);
    }

    /** Whether anything was booked on the line (a zero total after refunds of a line counts as none). */
    public boolean has(CostCategory category) {
        return cost(category).signum() != 0;
    }

    public BigDecimal cost(CostCategory category) {
        return costs.getOrDefault(category, BigDecimal.ZERO);
    }

    public BigDecimal totalCosts() {
        return costs.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal netProfit() {
        return revenue().subtract(totalCosts());
    }

    /** Gross sales per order, or null without orders. */
    public BigDecimal averageTicket() {
        return saleCount == 0 ? null : Money.divide(grossSales, BigDecimal.valueOf(saleCount));
    }
}
