package com.merchantanalysis.cashflow.balance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.common.data.ChannelContract;
import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionKind;

/**
 * A merchant's cash at the end of {@code asOf}, reconciled to the cent:
 * {@code balance = openingCashBalance + sales - paymentFees + otherInflow - outflow}, of which
 * {@code salesInTransit} the payment channels still hold and {@code settledCash} has reached the bank.
 * WeChat Pay, Alipay and card acquirers pay sales out net of their fees, so the fees come off the balance
 * (fees booked as payments of their own, as in Alipay's account statement, are in {@code outflow} instead).
 *
 * @param sales          gross sales, all channels
 * @param paymentFees    what the channels charged on those sales and refunds ({@code feesByChannel})
 * @param otherInflow    money in that is not a sale (deposits, transfers in)
 * @param outflow        every payment out, refunds included
 * @param net            {@code inflow - paymentFees - outflow}
 * @param salesInTransit sales up to asOf, net of their fees, that settle after it by their channel's lag
 * @param settledCash    {@code balance - salesInTransit}: what the bank account holds
 * @param daysWithData   how many daily summaries went into the sums
 * @param dataVersion    the merchant's data version the figures were computed from
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
        long dataVersion,
        BigDecimal sales,
        BigDecimal paymentFees,
        BigDecimal otherInflow,
        BigDecimal salesInTransit,
        BigDecimal settledCash) {

    /** Sums {@code summaries}, which the caller has already limited to this merchant and to days up to asOf. */
    public static CashPosition of(MerchantDocument merchant, LocalDate asOf, List<DailySummaryDocument> summaries) {
        Map<PaymentChannel, Integer> lags = new EnumMap<>(PaymentChannel.class);
        for (ChannelContract contract : merchant.channels()) {
            lags.put(contract.channel(), SettlementLag.days(contract.channel(), contract));
        }
        BigDecimal inflow = BigDecimal.ZERO;
        BigDecimal outflow = BigDecimal.ZERO;
        BigDecimal sales = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;
        BigDecimal inTransit = BigDecimal.ZERO;
        for (DailySummaryDocument day : summaries) {
            inflow = inflow.add(day.inflow());
            outflow = outflow.add(day.outflow());
            sales = sales.add(daySales(day));
            for (var e : day.feesByChannel().entrySet()) {
                fees = fees.add(e.getValue());
            }
            for (var e : day.salesByChannel().entrySet()) {
                int lag = lags.computeIfAbsent(e.getKey(), channel -> SettlementLag.days(channel, null));
                if (day.date().plusDays(lag).isAfter(asOf)) {
                    BigDecimal fee = day.feesByChannel().getOrDefault(e.getKey(), BigDecimal.ZERO);
                    inTransit = inTransit.add(e.getValue()).subtract(fee);
                }
            }
        }
        BigDecimal opening = merchant.openingCashBalance();
        BigDecimal net = inflow.subtract(fees).subtract(outflow);
        BigDecimal balance = opening.add(net);
        return new CashPosition(merchant.id(), asOf, opening, inflow, outflow, net, balance, summaries.size(),
                merchant.dataVersion(), sales, fees, inflow.subtract(sales), inTransit, balance.subtract(inTransit));
    }

    /** The day's gross sales: per channel, or the SALE kind for summaries without a channel split. */
    private static BigDecimal daySales(DailySummaryDocument day) {
        if (day.salesByChannel().isEmpty()) {
            return day.byKind().getOrDefault(TransactionKind.SALE, BigDecimal.ZERO);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal amount : day.salesByChannel().values()) {
            sum = sum.add(amount);
        }
        return sum;
    }
}
