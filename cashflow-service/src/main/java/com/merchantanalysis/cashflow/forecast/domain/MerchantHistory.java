package com.merchantanalysis.cashflow.forecast.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.cashflow.balance.domain.CashPosition;
import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionKind;

/**
 * A merchant's daily history up to {@code asOf} as dense arrays (one entry per day from {@code first},
 * days without a summary counted as zero), with its cash position at the end of {@code asOf}.
 */
public record MerchantHistory(
        MerchantDocument merchant,
        LocalDate first,
        LocalDate asOf,
        double[] sales,
        double[] inflow,
        double[] outflow,
        Map<PaymentChannel, double[]> salesByChannel,
        Map<PaymentChannel, double[]> feesByChannel,
        Map<TransactionKind, double[]> byKind,
        CashPosition position) {

    public int days() {
        return sales.length;
    }

    public LocalDate date(int index) {
        return first.plusDays(index);
    }

    /** Builds the arrays from summaries (any order) between the first day with data and asOf. */
    static MerchantHistory of(MerchantDocument merchant, LocalDate asOf, List<DailySummaryDocument> summaries,
            int maxDays) {
        CashPosition position = CashPosition.of(merchant, asOf, summaries);
        LocalDate first = asOf;
        for (DailySummaryDocument day : summaries) {
            if (day.count() > 0 && day.date().isBefore(first)) {
                first = day.date();
            }
        }
        if (first.isBefore(asOf.minusDays(maxDays - 1L))) {
            first = asOf.minusDays(maxDays - 1L);
        }
        int n = (int) (asOf.toEpochDay() - first.toEpochDay()) + 1;
        double[] sales = new double[n];
        double[] inflow = new double[n];
        double[] outflow = new double[n];
        Map<PaymentChannel, double[]> salesByChannel = new EnumMap<>(PaymentChannel.class);
        Map<PaymentChannel, double[]> feesByChannel = new EnumMap<>(PaymentChannel.class);
        Map<TransactionKind, double[]> byKind = new EnumMap<>(TransactionKind.class);
        for (DailySummaryDocument day : summaries) {
            int t = (int) (day.date().toEpochDay() - first.toEpochDay());
            if (t < 0 || t >= n) {
                continue;
            }
            inflow[t] += value(day.inflow());
            outflow[t] += value(day.outflow());
            for (var e : day.salesByChannel().entrySet()) {
                double v = value(e.getValue());
                salesByChannel.computeIfAbsent(e.getKey(), k -> new double[n])[t] += v;
                sales[t] += v;
            }
            for (var e : day.feesByChannel().entrySet()) {
                feesByChannel.computeIfAbsent(e.getKey(), k -> new double[n])[t] += value(e.getValue());
            }
            for (var e : day.byKind().entrySet()) {
                byKind.computeIfAbsent(e.getKey(), k -> new double[n])[t] += value(e.getValue());
            }
            if (day.salesByChannel().isEmpty() && day.byKind().containsKey(TransactionKind.SALE)) {
                sales[t] += value(day.byKind().get(TransactionKind.SALE)); // summaries without a channel split
            }
        }
        return new MerchantHistory(merchant, first, asOf, sales, inflow, outflow, salesByChannel, feesByChannel, byKind,
                position);
    }

    /** The series of one kind (outflows negative, as in the summaries); zeros when the kind never occurs. */
    public double[] kind(TransactionKind kind) {
        double[] v = byKind.get(kind);
        return v != null ? v : new double[days()];
    }

    private static double value(BigDecimal amount) {
        return amount == null ? 0 : amount.doubleValue();
    }
}
