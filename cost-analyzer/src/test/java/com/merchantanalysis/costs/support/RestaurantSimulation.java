package com.merchantanalysis.costs.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.merchantanalysis.common.data.ChannelContract;
import com.merchantanalysis.common.data.Counterparty;
import com.merchantanalysis.common.data.CounterpartyType;
import com.merchantanalysis.common.data.Direction;
import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.PlantedEvent;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.data.TransactionSource;

/**
 * A small hotpot restaurant's transactions, day by day; storing them through the merchant-data writer
 * ({@link Fixtures#store}) writes their daily summaries. Seeded, so a test sees the same data every run. Realistic in the ways the cost analyses care about: lunch and dinner peaks, busier
 * weekends, a mix of payment channels with their contracted fees, refunds, suppliers paid every few days,
 * monthly payroll, rent, marketing and tax, utilities with a summer and winter peak, weekly platform
 * commission, the odd repair, and owner transfers that are not costs.
 */
public final class RestaurantSimulation {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final BigDecimal WECHAT_RATE = new BigDecimal("0.006");
    public static final BigDecimal ALIPAY_RATE = new BigDecimal("0.006");
    public static final BigDecimal CARD_RATE = new BigDecimal("0.0055");

    private static final int[] HOUR_WEIGHTS = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 6, 9, 5, 2, 1, 1, 4, 9, 9, 6, 3, 0, 0 };
    private static final PaymentChannel[] CHANNELS = { PaymentChannel.WECHAT_PAY, PaymentChannel.ALIPAY,
            PaymentChannel.UNIONPAY_CARD, PaymentChannel.CASH, PaymentChannel.DELIVERY_PLATFORM };
    private static final double[] CHANNEL_WEIGHTS = { 0.50, 0.25, 0.08, 0.07, 0.10 };
    /** Electricity by calendar month: air conditioning in summer, heating in winter. */
    private static final double[] UTILITY_SEASON = { 1.15, 1.10, 1.00, 0.95, 1.00, 1.15, 1.30, 1.30, 1.10, 1.00, 1.00, 1.10 };
    private static final BigDecimal[] SALARIES = { new BigDecimal("6500"), new BigDecimal("5200"), new BigDecimal("4800"),
            new BigDecimal("4500"), new BigDecimal("4300"), new BigDecimal("4200") };

    private final String merchantId;
    private final long seed;
    private final LocalDate from;
    private final LocalDate to;
    private double ordersPerDay = 40;
    private BigDecimal rent = new BigDecimal("16000.00");
    private PaymentChannel overchargedChannel;
    private BigDecimal overchargeRate;
    private LocalDate overchargeFrom;
    private LocalDate overchargeTo;
    private YearMonth utilitiesTripled;

    private final List<TransactionDocument> transactions = new ArrayList<>();
    private Random random;
    private int sequence;

    public RestaurantSimulation(String merchantId, long seed, LocalDate from, LocalDate to) {
        this.merchantId = merchantId;
        this.seed = seed;
        this.from = from;
        this.to = to;
    }

    public RestaurantSimulation ordersPerDay(double orders) {
        this.ordersPerDay = orders;
        return this;
    }

    public RestaurantSimulation rent(String monthly) {
        this.rent = new BigDecimal(monthly);
        return this;
    }

    /** The channel charges {@code rate} instead of its contract on sales between the two days. */
    public RestaurantSimulation overcharge(PaymentChannel channel, String rate, LocalDate start, LocalDate end) {
        this.overchargedChannel = channel;
        this.overchargeRate = new BigDecimal(rate);
        this.overchargeFrom = start;
        this.overchargeTo = end;
        return this;
    }

    /** Every utilities bill of that month is three times what it would have been. */
    public RestaurantSimulation tripleUtilities(YearMonth month) {
        this.utilitiesTripled = month;
        return this;
    }

    /** What the simulation produced; its daily summaries come from storing it ({@link Fixtures#store}). */
    public record Result(MerchantDocument merchant, List<TransactionDocument> transactions) {
    }

    public Result run() {
        random = new Random(seed);
        transactions.clear();
        sequence = 0;
        BigDecimal salesSinceSupplier = BigDecimal.ZERO;
        BigDecimal deliveryThisWeek = BigDecimal.ZERO;
        Map<YearMonth, BigDecimal> salesByMonth = new TreeMap<>();
        int nextSupplierDay = 0;
        int dayIndex = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1), dayIndex++) {
            if (day.getDayOfWeek() == DayOfWeek.MONDAY && deliveryThisWeek.signum() > 0) {
                cost(day, 9, TransactionKind.PLATFORM_COMMISSION, PaymentChannel.DELIVERY_PLATFORM,
                        deliveryThisWeek.multiply(new BigDecimal("0.18")), "platform", null);
                deliveryThisWeek = BigDecimal.ZERO;
            }
            if (dayIndex >= nextSupplierDay && salesSinceSupplier.signum() > 0) {
                cost(day, 9, TransactionKind.COGS, PaymentChannel.BANK_TRANSFER,
                        salesSinceSupplier.multiply(BigDecimal.valueOf(0.38 * (1 + 0.03 * random.nextGaussian()))),
                        "supplier-" + random.nextInt(3), null);
                salesSinceSupplier = BigDecimal.ZERO;
                nextSupplierDay = dayIndex + 2 + random.nextInt(2);
            }
            monthly(day, salesByMonth);
            double mean = ordersPerDay * weekdayFactor(day.getDayOfWeek());
            int orders = (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
            for (int i = 0; i < orders; i++) {
                TransactionDocument sale = sale(day);
                salesSinceSupplier = salesSinceSupplier.add(sale.amount());
                salesByMonth.merge(YearMonth.from(day), sale.amount(), BigDecimal::add);
                if (sale.channel() == PaymentChannel.DELIVERY_PLATFORM) {
                    deliveryThisWeek = deliveryThisWeek.add(sale.amount());
                }
                if (random.nextDouble() < 0.005) {
                    refund(sale);
                }
            }
        }
        return new Result(merchant(), List.copyOf(transactions));
    }

    public MerchantDocument merchant() {
        return new MerchantDocument(merchantId, "小龙坎火锅(测试)", Industry.RESTAURANT, "Chengdu", from.minusYears(2),
                ZONE.getId(), List.of(),
                List.of(new ChannelContract(PaymentChannel.WECHAT_PAY, WECHAT_RATE, 1),
                        new ChannelContract(PaymentChannel.ALIPAY, ALIPAY_RATE, 1),
                        new ChannelContract(PaymentChannel.UNIONPAY_CARD, CARD_RATE, 1)),
                new BigDecimal("80000.00"), 1, Instant.parse("2024-01-01T00:00:00Z"), "hotpot", 2);
    }

    private void monthly(LocalDate day, Map<YearMonth, BigDecimal> salesByMonth) {
        YearMonth month = YearMonth.from(day);
        switch (day.getDayOfMonth()) {
            case 1 -> cost(day, 10, TransactionKind.RENT, PaymentChannel.BANK_TRANSFER, rent, "landlord", null);
            case 10 -> {
                for (int i = 0; i < SALARIES.length; i++) {
                    BigDecimal overtime = BigDecimal.valueOf(random.nextInt(300));
                    cost(day, 11, TransactionKind.PAYROLL, PaymentChannel.BANK_TRANSFER, SALARIES[i].add(overtime),
                            "staff-" + i, null);
                }
            }
            case 15 -> {
                boolean planted = month.equals(utilitiesTripled);
                double factor = planted ? 3 : 1;
                String label = planted ? PlantedEvent.UTILITIES_ANOMALY.label() : null;
                double season = UTILITY_SEASON[day.getMonthValue() - 1];
                cost(day, 14, TransactionKind.UTILITIES, PaymentChannel.BANK_TRANSFER,
                        BigDecimal.valueOf(3200 * season * (1 + 0.05 * random.nextGaussian()) * factor), "state-grid", label);
                cost(day, 14, TransactionKind.UTILITIES, PaymentChannel.BANK_TRANSFER,
                        BigDecimal.valueOf(1100 * (1 + 0.05 * random.nextGaussian()) * factor), "water-gas", label);
                BigDecimal lastMonth = salesByMonth.get(month.minusMonths(1));
                if (lastMonth != null) {
                    cost(day, 15, TransactionKind.TAX, PaymentChannel.BANK_TRANSFER,
                            lastMonth.multiply(new BigDecimal("0.01")), "tax-bureau", null);
                }
            }
            case 20 -> cost(day, 16, TransactionKind.MARKETING, PaymentChannel.WECHAT_PAY,
                    BigDecimal.valueOf(800 * (1 + 0.1 * random.nextGaussian())), "dianping", null);
            case 25 -> {
                if (random.nextDouble() < 0.3) {
                    cost(day, 16, TransactionKind.OTHER, PaymentChannel.CASH,
                            BigDecimal.valueOf(300 + random.nextInt(1200)), "repairs", null);
                }
            }
            case 28 -> cost(day, 22, TransactionKind.TRANSFER, PaymentChannel.BANK_TRANSFER, new BigDecimal("15000"),
                    "owner", null);
            default -> {
            }
        }
    }

    private static double weekdayFactor(DayOfWeek day) {
        return switch (day) {
            case FRIDAY -> 1.25;
            case SATURDAY -> 1.4;
            case SUNDAY -> 1.3;
            default -> 0.85;
        };
    }

    private TransactionDocument sale(LocalDate day) {
        BigDecimal amount = BigDecimal.valueOf(Math.min(800, Math.max(15, Math.exp(Math.log(88) + 0.45 * random.nextGaussian()))))
                .setScale(1, RoundingMode.HALF_UP).setScale(2);
        PaymentChannel channel = CHANNELS[pick(CHANNEL_WEIGHTS)];
        BigDecimal rate = switch (channel) {
            case WECHAT_PAY -> WECHAT_RATE;
            case ALIPAY -> ALIPAY_RATE;
            case UNIONPAY_CARD -> CARD_RATE;
            default -> null;
        };
        List<String> labels = List.of();
        if (channel == overchargedChannel && !day.isBefore(overchargeFrom) && !day.isAfter(overchargeTo)) {
            rate = overchargeRate;
            labels = List.of(PlantedEvent.FEE_OVERCHARGE.label());
        }
        BigDecimal fee = rate == null ? null : rate.multiply(amount).setScale(2, RoundingMode.HALF_UP);
        Instant at = at(day, hour(), random.nextInt(60));
        TransactionDocument sale = new TransactionDocument(nextId("S"), merchantId, "S-" + sequence, at, ZONE.getId(),
                amount, Direction.IN, TransactionKind.SALE, channel,
                new Counterparty(CounterpartyType.PERSON, "payer-" + random.nextInt(5000), false), null,
                TransactionSource.SIMULATED, labels, fee, channel == PaymentChannel.CASH ? day : day.plusDays(1), false,
                null);
        transactions.add(sale);
        return sale;
    }

    private void refund(TransactionDocument sale) {
        LocalDate day = sale.timestamp().atZone(ZONE).toLocalDate();
        transactions.add(new TransactionDocument(nextId("R"), merchantId, "R-" + sequence, sale.timestamp().plusSeconds(1800),
                ZONE.getId(), sale.amount(), Direction.OUT, TransactionKind.REFUND, sale.channel(), sale.counterparty(),
                null, TransactionSource.SIMULATED, List.of(), null,
                sale.channel() == PaymentChannel.CASH ? day : day.plusDays(1), false, "refund of " + sale.externalId()));
    }

    private void cost(LocalDate day, int hour, TransactionKind kind, PaymentChannel channel, BigDecimal amount,
            String counterparty, String label) {
        transactions.add(new TransactionDocument(nextId("C"), merchantId, "C-" + sequence, at(day, hour, random.nextInt(60)),
                ZONE.getId(), amount.setScale(2, RoundingMode.HALF_UP), Direction.OUT, kind, channel,
                new Counterparty(CounterpartyType.COMPANY, counterparty, false), null, TransactionSource.SIMULATED,
                label == null ? List.of() : List.of(label), null, null, false, null));
    }

    private String nextId(String prefix) {
        sequence++;
        return merchantId + ":" + prefix + "-" + sequence;
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    private int hour() {
        int total = 0;
        for (int weight : HOUR_WEIGHTS) {
            total += weight;
        }
        int ticket = random.nextInt(total);
        for (int hour = 0; hour < 24; hour++) {
            ticket -= HOUR_WEIGHTS[hour];
            if (ticket < 0) {
                return hour;
            }
        }
        return 12;
    }

    private int pick(double[] weights) {
        double ticket = random.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            ticket -= weights[i];
            if (ticket < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
