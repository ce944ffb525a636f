package com.merchantanalysis.cashflow.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.merchantanalysis.cashflow.forecast.simulation.SimulatedMerchant;
import com.merchantanalysis.common.data.ChannelContract;
import com.merchantanalysis.common.data.Direction;
import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.data.TransactionSource;
import com.merchantanalysis.common.testsupport.MerchantDataStore;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes a simulated merchant the way data-simulator does, through {@link MerchantDataWriter}: the merchant
 * and each day's transactions (sales split over channels with their fees and settlement days after each
 * channel's lag, variable costs, rent and payroll), from which the writer sets the daily summaries.
 */
public final class MerchantFixture {

    private static final Map<PaymentChannel, double[]> CHANNELS = Map.of(
            PaymentChannel.WECHAT_PAY, new double[] {0.6, 0.006, 1},
            PaymentChannel.ALIPAY, new double[] {0.3, 0.006, 1},
            PaymentChannel.CASH, new double[] {0.1, 0, 0});

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private MerchantFixture() {
    }

    /**
     * Stores a merchant with {@code days} days of simulated history from {@code start} through the writer
     * (which raises the data version once, to {@code dataVersion}); returns its id.
     */
    public static String store(MongoTemplate mongo, SimulatedMerchant simulated, LocalDate start, int days,
            BigDecimal openingBalance, long dataVersion) {
        double[] sales = simulated.sales(start, days);
        return store(mongo, simulated.profile(), start, sales, simulated.outflows(start, sales), new double[days],
                openingBalance, dataVersion);
    }

    /**
     * Stores a merchant with the given daily sales and outflows (rent on the 1st and payroll on the 10th
     * of the profile's are taken out of the outflows and booked as such, the rest as supplier bills) and a
     * daily promotion (MARKETING, zero for none); returns its id.
     */
    public static String store(MongoTemplate mongo, SimulatedMerchant.Profile profile, LocalDate start, double[] sales,
            double[] outflows, double[] promotion, BigDecimal openingBalance, long dataVersion) {
        int days = sales.length;
        String id = "cashflow-" + UUID.randomUUID();
        List<ChannelContract> contracts = new ArrayList<>();
        CHANNELS.forEach((channel, terms) -> contracts.add(
                new ChannelContract(channel, BigDecimal.valueOf(terms[1]), (int) terms[2])));
        MerchantDocument merchant = new MerchantDocument(id, "老码头火锅", Industry.RESTAURANT, "Chengdu",
                start, ZONE.getId(), List.of(), contracts, openingBalance, dataVersion - 1, Instant.now(),
                profile.name(), 2);
        List<TransactionDocument> transactions = new ArrayList<>();
        for (int t = 0; t < days; t++) {
            LocalDate date = start.plusDays(t);
            for (var e : CHANNELS.entrySet()) {
                BigDecimal amount = money(sales[t] * e.getValue()[0]);
                BigDecimal fee = money(amount.doubleValue() * e.getValue()[1]);
                transactions.add(transaction(id, "sale-" + e.getKey(), date, amount, Direction.IN, TransactionKind.SALE,
                        e.getKey(), fee, date.plusDays((int) e.getValue()[2])));
            }
            BigDecimal fixed = BigDecimal.ZERO;
            if (date.getDayOfMonth() == 1) {
                fixed = fixed.add(payment(transactions, id, date, TransactionKind.RENT, profile.rent()));
            }
            if (date.getDayOfMonth() == 10) {
                fixed = fixed.add(payment(transactions, id, date, TransactionKind.PAYROLL, profile.payroll()));
            }
            BigDecimal cogs = money(outflows[t]).subtract(fixed);
            if (cogs.signum() > 0) {
                transactions.add(transaction(id, "cogs", date, cogs, Direction.OUT, TransactionKind.COGS,
                        PaymentChannel.BANK_TRANSFER, null, null));
            }
            if (promotion[t] > 0) {
                transactions.add(transaction(id, "promotion", date, money(promotion[t]), Direction.OUT,
                        TransactionKind.MARKETING, PaymentChannel.BANK_TRANSFER, null, null));
            }
        }
        MerchantDataStore.store(mongo, merchant, transactions);
        return id;
    }

    /** The book balance at the end of each day (opening plus the summed net), as the balance endpoint counts it. */
    public static double[] balances(SimulatedMerchant simulated, LocalDate start, int days, double opening) {
        double[] sales = simulated.sales(start, days);
        return balances(sales, simulated.outflows(start, sales), new double[days], opening);
    }

    /** As {@link #balances(SimulatedMerchant, LocalDate, int, double)}, for given daily flows. */
    public static double[] balances(double[] sales, double[] outflows, double[] promotion, double opening) {
        double[] out = new double[sales.length];
        double balance = opening;
        for (int t = 0; t < sales.length; t++) {
            double total = 0;
            for (var e : CHANNELS.entrySet()) {
                total += money(sales[t] * e.getValue()[0]).doubleValue();
            }
            balance += total - money(outflows[t]).doubleValue() - money(promotion[t]).doubleValue();
            out[t] = balance;
        }
        return out;
    }

    private static BigDecimal payment(List<TransactionDocument> transactions, String merchantId, LocalDate date,
            TransactionKind kind, double amount) {
        BigDecimal money = money(amount);
        transactions.add(transaction(merchantId, kind.name().toLowerCase(Locale.ROOT), date, money,
                Direction.OUT, kind, PaymentChannel.BANK_TRANSFER, null, null));
        return money;
    }

    /** One transaction at noon of its local day; the name and the day make its externalId. */
    private static TransactionDocument transaction(String merchantId, String name, LocalDate date, BigDecimal amount,
            Direction direction, TransactionKind kind, PaymentChannel channel, BigDecimal fee, LocalDate settled) {
        return new TransactionDocument(null, merchantId, name + "-" + date, date.atTime(12, 0).atZone(ZONE).toInstant(),
                ZONE.getId(), amount, direction, kind, channel, null, null, TransactionSource.SIMULATED, List.of(), fee,
                settled, false, null);
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
