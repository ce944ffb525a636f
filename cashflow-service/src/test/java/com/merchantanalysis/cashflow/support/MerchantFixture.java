package com.merchantanalysis.cashflow.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.merchantanalysis.cashflow.forecast.simulation.SimulatedMerchant;
import com.merchantanalysis.common.data.ChannelContract;
import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionKind;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes a simulated merchant the way data-simulator would: the merchant and one daily summary per day,
 * with sales split over channels, fees, settlements after each channel's lag, rent and payroll.
 */
public final class MerchantFixture {

    private static final Map<PaymentChannel, double[]> CHANNELS = Map.of(
            PaymentChannel.WECHAT_PAY, new double[] {0.6, 0.006, 1},
            PaymentChannel.ALIPAY, new double[] {0.3, 0.006, 1},
            PaymentChannel.CASH, new double[] {0.1, 0, 0});

    private MerchantFixture() {
    }

    /** Stores a merchant with {@code days} days of simulated history from {@code start}; returns its id. */
    public static String store(MongoTemplate mongo, SimulatedMerchant simulated, LocalDate start, int days,
            BigDecimal openingBalance, long dataVersion) {
        String id = "cashflow-" + UUID.randomUUID();
        List<ChannelContract> contracts = new ArrayList<>();
        CHANNELS.forEach((channel, terms) -> contracts.add(
                new ChannelContract(channel, BigDecimal.valueOf(terms[1]), (int) terms[2])));
        mongo.insert(new MerchantDocument(id, "老码头火锅", Industry.RESTAURANT, "Chengdu", start, "Asia/Shanghai", List.of(),
                contracts, openingBalance, dataVersion, Instant.now(), simulated.profile().name(), 2));
        double[] sales = simulated.sales(start, days);
        double[] outflows = simulated.outflows(start, sales);
        List<DailySummaryDocument> summaries = new ArrayList<>();
        Map<Integer, Map<PaymentChannel, BigDecimal>> settled = new java.util.HashMap<>();
        for (int t = 0; t < days; t++) {
            LocalDate date = start.plusDays(t);
            Map<PaymentChannel, BigDecimal> byChannel = new EnumMap<>(PaymentChannel.class);
            Map<PaymentChannel, BigDecimal> fees = new EnumMap<>(PaymentChannel.class);
            BigDecimal total = BigDecimal.ZERO;
            for (var e : CHANNELS.entrySet()) {
                BigDecimal amount = money(sales[t] * e.getValue()[0]);
                BigDecimal fee = money(amount.doubleValue() * e.getValue()[1]);
                byChannel.put(e.getKey(), amount);
                fees.put(e.getKey(), fee);
                total = total.add(amount);
                settled.computeIfAbsent(t + (int) e.getValue()[2], k -> new EnumMap<>(PaymentChannel.class))
                        .merge(e.getKey(), amount.subtract(fee), BigDecimal::add);
            }
            BigDecimal out = money(outflows[t]);
            Map<TransactionKind, BigDecimal> byKind = new EnumMap<>(TransactionKind.class);
            byKind.put(TransactionKind.SALE, total);
            BigDecimal fixed = BigDecimal.ZERO;
            if (date.getDayOfMonth() == 1) {
                byKind.put(TransactionKind.RENT, money(-simulated.profile().rent()));
                fixed = fixed.add(money(simulated.profile().rent()));
            }
            if (date.getDayOfMonth() == 10) {
                byKind.put(TransactionKind.PAYROLL, money(-simulated.profile().payroll()));
                fixed = fixed.add(money(simulated.profile().payroll()));
            }
            byKind.put(TransactionKind.COGS, out.subtract(fixed).negate());
            summaries.add(new DailySummaryDocument(DailySummaryDocument.idOf(id, date), id, date, total, out,
                    total.subtract(out), 40, byKind, byChannel, byChannel, fees,
                    settled.getOrDefault(t, Map.of()), 38, 0));
        }
        mongo.insertAll(summaries);
        return id;
    }

    /** The book balance at the end of each day (opening plus the summed net), as the balance endpoint counts it. */
    public static double[] balances(SimulatedMerchant simulated, LocalDate start, int days, double opening) {
        double[] sales = simulated.sales(start, days);
        double[] outflows = simulated.outflows(start, sales);
        double[] out = new double[days];
        double balance = opening;
        for (int t = 0; t < days; t++) {
            double total = 0;
            for (var e : CHANNELS.entrySet()) {
                total += money(sales[t] * e.getValue()[0]).doubleValue();
            }
            balance += total - money(outflows[t]).doubleValue();
            out[t] = balance;
        }
        return out;
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
