package com.merchantanalysis.cashflow.forecast.domain;

import java.util.EnumMap;
import java.util.Map;

import com.merchantanalysis.cashflow.balance.domain.SettlementLag;
import com.merchantanalysis.common.data.ChannelContract;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionKind;

/**
 * How a day's sales become bank cash: split over channels by the recent mix, each net of its fee rate
 * (measured, else contracted) and of the refund share, arriving after the channel's settlement lag.
 *
 * @param pending  per step, sales already made (the position's {@code salesInTransit}, net of their own
 *                 fees) arriving at the bank, less the refund share expected on them
 */
public record SettlementTerms(Map<PaymentChannel, Channel> channels, double refundShare, double[] pending) {

    /** One channel's share of sales, fee rate and lag in days. */
    public record Channel(double share, double feeRate, int lagDays) {
    }

    static SettlementTerms of(MerchantHistory history, int mixWindowDays, int horizon) {
        int n = history.days();
        int from = Math.max(0, n - mixWindowDays);
        Map<PaymentChannel, ChannelContract> contracts = new EnumMap<>(PaymentChannel.class);
        for (ChannelContract contract : history.merchant().channels()) {
            contracts.put(contract.channel(), contract);
        }
        double totalSales = 0;
        Map<PaymentChannel, double[]> window = new EnumMap<>(PaymentChannel.class);
        for (var e : history.salesByChannel().entrySet()) {
            double sales = sum(e.getValue(), from, n);
            double[] fees = history.feesByChannel().get(e.getKey());
            window.put(e.getKey(), new double[] {sales, fees == null ? Double.NaN : sum(fees, from, n)});
            totalSales += sales;
        }
        double refunds = -(sum(history.kind(TransactionKind.REFUND), from, n)
                + sum(history.kind(TransactionKind.CHARGEBACK), from, n));
        double refundShare = totalSales > 0 ? Math.max(0, Math.min(0.5, refunds / totalSales)) : 0;
        Map<PaymentChannel, Channel> channels = new EnumMap<>(PaymentChannel.class);
        for (var e : window.entrySet()) {
            double sales = e.getValue()[0];
            if (sales <= 0) {
                continue;
            }
            ChannelContract contract = contracts.get(e.getKey());
            double measured = e.getValue()[1];
            double feeRate = Double.isFinite(measured) && measured > 0 ? measured / sales
                    : contract != null ? contract.feeRate().doubleValue() : 0;
            channels.put(e.getKey(), new Channel(sales / totalSales, feeRate, SettlementLag.days(e.getKey(), contract)));
        }
        // Sales already made that settle inside the horizon, at their actual amounts net of their actual fees.
        double[] pending = new double[horizon];
        for (var e : history.salesByChannel().entrySet()) {
            int lag = SettlementLag.days(e.getKey(), contracts.get(e.getKey()));
            double[] sales = e.getValue();
            double[] fees = history.feesByChannel().getOrDefault(e.getKey(), new double[n]);
            for (int t = Math.max(0, n - lag); t < n; t++) {
                int arrives = t + lag - n; // 0 = the day after asOf
                if (arrives < horizon) {
                    pending[arrives] += sales[t] - fees[t] - sales[t] * refundShare;
                }
            }
        }
        return new SettlementTerms(channels, refundShare, pending);
    }

    /** The same terms with some channels' fee rates replaced (a scenario). */
    SettlementTerms withFeeRates(Map<PaymentChannel, Double> feeRates) {
        if (feeRates.isEmpty()) {
            return this;
        }
        Map<PaymentChannel, Channel> changed = new EnumMap<>(PaymentChannel.class);
        channels.forEach((channel, terms) -> changed.put(channel, feeRates.containsKey(channel)
                ? new Channel(terms.share(), feeRates.get(channel), terms.lagDays()) : terms));
        return new SettlementTerms(changed, refundShare, pending);
    }

    private static double sum(double[] values, int from, int to) {
        double s = 0;
        for (int t = from; t < to && t < values.length; t++) {
            s += values[t];
        }
        return s;
    }
}
