package com.merchantanalysis.cashflow.forecast.domain;

import java.util.EnumMap;
import java.util.Map;

import com.merchantanalysis.common.data.ChannelContract;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionKind;

/**
 * How a day's sales become bank cash: split over channels by the recent mix, each net of its fee rate
 * (measured, else contracted) and of the refund share, arriving after the channel's settlement lag.
 *
 * @param inTransitGross sales made up to asOf that reach the bank after it (counted in the book balance
 *                       already, so the bank projection starts that much lower and receives them later)
 */
public record SettlementTerms(Map<PaymentChannel, Channel> channels, double refundShare, double[] pending,
        double inTransitGross) {

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
            channels.put(e.getKey(), new Channel(sales / totalSales, feeRate, lag(e.getKey(), contract)));
        }
        // Sales already made that settle inside the horizon, at their actual amounts.
        double[] pending = new double[horizon];
        double inTransit = 0;
        for (var e : history.salesByChannel().entrySet()) {
            Channel channel = channels.get(e.getKey());
            ChannelContract contract = contracts.get(e.getKey());
            int lag = channel != null ? channel.lagDays() : lag(e.getKey(), contract);
            double fee = channel != null ? channel.feeRate() : contract != null ? contract.feeRate().doubleValue() : 0;
            double[] sales = e.getValue();
            for (int t = Math.max(0, n - lag); t < n; t++) {
                int arrives = t + lag - n; // 0 = the day after asOf
                inTransit += sales[t];
                if (arrives < horizon) {
                    pending[arrives] += sales[t] * (1 - fee - refundShare);
                }
            }
        }
        return new SettlementTerms(channels, refundShare, pending, inTransit);
    }

    /** The same terms with some channels' fee rates replaced (a scenario). */
    SettlementTerms withFeeRates(Map<PaymentChannel, Double> feeRates) {
        if (feeRates.isEmpty()) {
            return this;
        }
        Map<PaymentChannel, Channel> changed = new EnumMap<>(PaymentChannel.class);
        channels.forEach((channel, terms) -> changed.put(channel, feeRates.containsKey(channel)
                ? new Channel(terms.share(), feeRates.get(channel), terms.lagDays()) : terms));
        return new SettlementTerms(changed, refundShare, pending, inTransitGross);
    }

    private static int lag(PaymentChannel channel, ChannelContract contract) {
        if (contract != null) {
            return Math.max(0, contract.settlementLagDays());
        }
        return channel == PaymentChannel.CASH ? 0 : 1;
    }

    private static double sum(double[] values, int from, int to) {
        double s = 0;
        for (int t = from; t < to && t < values.length; t++) {
            s += values[t];
        }
        return s;
    }
}
