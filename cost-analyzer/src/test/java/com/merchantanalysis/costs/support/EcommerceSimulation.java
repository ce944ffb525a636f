package com.merchantanalysis.costs.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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
 * An online apparel seller with data-simulator's ecommerce archetype's figures (tier-2 city, about 520 orders a
 * day at ¥128, Alipay 62% / WeChat Pay 30% / card 8% all at 0.6%, 12% returned, goods 45% of sales, Tmall
 * commission 5%, paid traffic 10%, ten staff at ¥6,000, warehouse rent ¥18,000 a month paid by the quarter,
 * electricity, 1% VAT), optionally with Alipay charging more than its contract between two days, as the
 * simulator's FEE_OVERCHARGE plants it. Seeded; no festivals (the cost analyses need none here).
 */
public final class EcommerceSimulation {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final BigDecimal CONTRACT_RATE = new BigDecimal("0.006");

    private static final PaymentChannel[] CHANNELS = { PaymentChannel.ALIPAY, PaymentChannel.WECHAT_PAY,
            PaymentChannel.UNIONPAY_CARD };
    private static final double[] SHARES = { 0.62, 0.30, 0.08 };

    private final String merchantId;
    private final long seed;
    private final LocalDate from;
    private final LocalDate to;
    private BigDecimal overchargeRate;
    private LocalDate overchargeFrom;
    private LocalDate overchargeTo;

    private final List<TransactionDocument> transactions = new ArrayList<>();
    private Random random;
    private int sequence;

    public EcommerceSimulation(String merchantId, long seed, LocalDate from, LocalDate to) {
        this.merchantId = merchantId;
        this.seed = seed;
        this.from = from;
        this.to = to;
    }

    /** Alipay charges {@code rate} instead of its contracted 0.6% on sales between the two days. */
    public EcommerceSimulation alipayOvercharge(String rate, LocalDate start, LocalDate end) {
        this.overchargeRate = new BigDecimal(rate);
        this.overchargeFrom = start;
        this.overchargeTo = end;
        return this;
    }

    public RestaurantSimulation.Result run() {
        random = new Random(seed);
        transactions.clear();
        sequence = 0;
        BigDecimal week = BigDecimal.ZERO;
        BigDecimal month = BigDecimal.ZERO;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.MONDAY && week.signum() > 0) {
                cost(day, 9, TransactionKind.COGS, week.multiply(BigDecimal.valueOf(0.45 * (1 + 0.05 * random.nextGaussian()))),
                        "supplier-" + random.nextInt(4));
                week = BigDecimal.ZERO;
            }
            if (day.getDayOfMonth() == 1 && (day.getMonthValue() - 1) % 3 == 0) {
                cost(day, 10, TransactionKind.RENT, new BigDecimal("54000"), "warehouse landlord");
            }
            if (day.getDayOfMonth() == 10) {
                for (int i = 0; i < 10; i++) {
                    cost(day, 11, TransactionKind.PAYROLL, BigDecimal.valueOf(6000 + random.nextInt(400)), "staff-" + i);
                }
            }
            if (day.getDayOfMonth() == 15 && month.signum() > 0) {
                cost(day, 15, TransactionKind.TAX, month.multiply(new BigDecimal("0.01")), "tax-bureau");
                month = BigDecimal.ZERO;
            }
            if (day.getDayOfMonth() == 20) {
                cost(day, 14, TransactionKind.UTILITIES, BigDecimal.valueOf(1800 * (1 + 0.05 * random.nextGaussian())),
                        "State Grid");
            }
            BigDecimal today = BigDecimal.ZERO;
            int orders = (int) Math.round(520 * (1 + 0.12 * random.nextGaussian()));
            for (int i = 0; i < orders; i++) {
                TransactionDocument sale = sale(day);
                today = today.add(sale.amount());
                if (random.nextDouble() < 0.12) {
                    refund(sale);
                }
            }
            week = week.add(today);
            month = month.add(today);
            cost(day, 23, TransactionKind.PLATFORM_COMMISSION, today.multiply(new BigDecimal("0.05")), "Tmall/Douyin");
            cost(day, 23, TransactionKind.MARKETING, today.multiply(new BigDecimal("0.10")), "Alimama");
        }
        return new RestaurantSimulation.Result(merchant(), List.copyOf(transactions));
    }

    public MerchantDocument merchant() {
        List<ChannelContract> contracts = new ArrayList<>();
        for (PaymentChannel channel : CHANNELS) {
            contracts.add(new ChannelContract(channel, CONTRACT_RATE, channel == PaymentChannel.WECHAT_PAY ? 7 : 10));
        }
        return new MerchantDocument(merchantId, "潮衣馆旗舰店(测试)", Industry.ECOMMERCE, "Hangzhou", from.minusYears(3),
                ZONE.getId(), List.of(), contracts, new BigDecimal("300000.00"), 1, Instant.parse("2024-01-01T00:00:00Z"),
                "ecommerce", 2);
    }

    private TransactionDocument sale(LocalDate day) {
        BigDecimal amount = BigDecimal.valueOf(Math.min(2000, Math.max(9.9, Math.exp(Math.log(105) + 0.6 * random.nextGaussian()))))
                .setScale(2, RoundingMode.HALF_UP);
        PaymentChannel channel = CHANNELS[pick()];
        BigDecimal rate = CONTRACT_RATE;
        List<String> labels = List.of();
        if (channel == PaymentChannel.ALIPAY && overchargeRate != null && !day.isBefore(overchargeFrom)
                && !day.isAfter(overchargeTo)) {
            rate = overchargeRate;
            labels = List.of(PlantedEvent.FEE_OVERCHARGE.label());
        }
        Instant at = day.atTime(random.nextInt(24), random.nextInt(60)).atZone(ZONE).toInstant();
        TransactionDocument sale = new TransactionDocument(nextId("S"), merchantId, "S-" + sequence, at, ZONE.getId(), amount,
                Direction.IN, TransactionKind.SALE, channel,
                new Counterparty(CounterpartyType.PERSON, "buyer-" + random.nextInt(50_000), false), null,
                TransactionSource.SIMULATED, labels, rate.multiply(amount).setScale(2, RoundingMode.HALF_UP),
                day.plusDays(channel == PaymentChannel.WECHAT_PAY ? 7 : 10), false, null);
        transactions.add(sale);
        return sale;
    }

    private void refund(TransactionDocument sale) {
        LocalDate day = sale.timestamp().atZone(ZONE).toLocalDate().plusDays(1 + random.nextInt(6));
        if (day.isAfter(to)) {
            return;
        }
        transactions.add(new TransactionDocument(nextId("R"), merchantId, "R-" + sequence,
                day.atTime(10, random.nextInt(60)).atZone(ZONE).toInstant(), ZONE.getId(), sale.amount(), Direction.OUT,
                TransactionKind.REFUND, sale.channel(), sale.counterparty(), null, TransactionSource.SIMULATED, List.of(),
                null, day.plusDays(1), false, "return of " + sale.externalId()));
    }

    private void cost(LocalDate day, int hour, TransactionKind kind, BigDecimal amount, String counterparty) {
        transactions.add(new TransactionDocument(nextId("C"), merchantId, "C-" + sequence,
                day.atTime(hour, random.nextInt(60)).atZone(ZONE).toInstant(), ZONE.getId(),
                amount.setScale(2, RoundingMode.HALF_UP), Direction.OUT, kind, PaymentChannel.BANK_TRANSFER,
                new Counterparty(CounterpartyType.COMPANY, counterparty, false), null, TransactionSource.SIMULATED,
                List.of(), null, null, false, null));
    }

    private String nextId(String prefix) {
        sequence++;
        return merchantId + ":" + prefix + "-" + sequence;
    }

    private int pick() {
        double ticket = random.nextDouble();
        for (int i = 0; i < SHARES.length; i++) {
            ticket -= SHARES[i];
            if (ticket < 0) {
                return i;
            }
        }
        return SHARES.length - 1;
    }
}
