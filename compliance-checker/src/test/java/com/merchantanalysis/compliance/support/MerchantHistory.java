package com.merchantanalysis.compliance.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.merchantanalysis.common.data.ChannelContract;
import com.merchantanalysis.common.data.Counterparty;
import com.merchantanalysis.common.data.CounterpartyType;
import com.merchantanalysis.common.data.Direction;
import com.merchantanalysis.common.data.Licence;
import com.merchantanalysis.common.data.LicenceKind;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.PlantedEvent;
import com.merchantanalysis.common.data.TransactionDays;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.data.TransactionSource;

/**
 * Seeded, realistic-looking transactions of one merchant for tests and the benchmark: daily orders with an
 * intraday spread over opening hours, lognormal tickets, a channel mix, refunds, cash takings banked every
 * few days, weekly supplier payments, monthly rent, payroll and utilities. Events can then be planted with
 * {@link PlantedEvent#label()} on the planted transactions.
 */
public final class MerchantHistory {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final String merchantId;
    private final Profile profile;
    private final SplittableRandom random;
    private final List<TransactionDocument> transactions = new ArrayList<>();
    private final List<Licence> licences = new ArrayList<>();
    private int sequence;

    public MerchantHistory(String merchantId, Profile profile, long seed) {
        this.merchantId = merchantId;
        this.profile = profile;
        this.random = new SplittableRandom(seed);
        licences.add(new Licence(LicenceKind.BUSINESS_LICENCE, "91310000MA1" + Math.abs(seed % 100000),
                LocalDate.of(2040, 12, 31)));
    }

    public String merchantId() {
        return merchantId;
    }

    /** Everything generated and planted so far, in the time order the service reads it in. */
    public List<TransactionDocument> transactions() {
        List<TransactionDocument> sorted = new ArrayList<>(transactions);
        sorted.sort(TransactionDays.TIME_ORDER);
        return sorted;
    }

    /** The merchant as data-simulator creates it: no data yet, so dataVersion 0 until transactions are stored. */
    public MerchantDocument merchant() {
        return new MerchantDocument(merchantId, "测试商户 " + profile.archetype(), profile.industry(), "Chengdu",
                LocalDate.of(2020, 1, 1), SHANGHAI.getId(), licences,
                List.of(new ChannelContract(PaymentChannel.WECHAT_PAY, new BigDecimal("0.006"), 1)),
                new BigDecimal("50000.00"), 0, Instant.parse("2020-01-01T00:00:00Z"), profile.archetype(), 2);
    }

    /** Ordinary business from {@code from} to {@code to}, both included. */
    public MerchantHistory business(LocalDate from, LocalDate to) {
        double cashOnHand = 0;
        double weekSales = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            double weekday = day.getDayOfWeek().getValue() >= 5 ? 1.25 : 0.9;
            int orders = poisson(profile.ordersPerDay() * weekday);
            for (int i = 0; i < orders; i++) {
                LocalDateTime time = day.atStartOfDay().plusMinutes(profile.openMinute()
                        + random.nextInt(profile.closeMinute() - profile.openMinute())).plusSeconds(random.nextInt(60));
                double ticket = Math.max(3, profile.meanTicket() * Math.exp(profile.ticketSpread() * gaussian()
                        - profile.ticketSpread() * profile.ticketSpread() / 2));
                BigDecimal amount = BigDecimal.valueOf(ticket).setScale(2, RoundingMode.HALF_UP);
                PaymentChannel channel = channel();
                boolean company = random.nextDouble() < profile.companyBuyers();
                Counterparty payer = switch (channel) {
                    case CASH -> null;
                    case UNIONPAY_CARD -> new Counterparty(CounterpartyType.PERSON,
                            "card-" + merchantId + "-" + random.nextInt(profile.cardPool()), false);
                    default -> company ? new Counterparty(CounterpartyType.COMPANY, "co-" + random.nextInt(300), false)
                            : new Counterparty(CounterpartyType.PERSON, "p-" + random.nextInt(50_000), false);
                };
                BigDecimal fee = channel == PaymentChannel.CASH ? null
                        : amount.multiply(new BigDecimal("0.006")).setScale(2, RoundingMode.HALF_UP);
                String invoice = payer != null && payer.type() == CounterpartyType.COMPANY ? "FP" + (sequence + 1)
                        : null;
                add(time, amount, Direction.IN, TransactionKind.SALE, channel, payer, invoice, fee, false, List.of());
                weekSales += ticket;
                if (channel == PaymentChannel.CASH) {
                    cashOnHand += ticket;
                }
                if (channel == PaymentChannel.DELIVERY_PLATFORM && profile.platformCommission() > 0) {
                    add(time.plusMinutes(1), money(ticket * profile.platformCommission()), Direction.OUT,
                            TransactionKind.PLATFORM_COMMISSION, channel,
                            new Counterparty(CounterpartyType.COMPANY, "platform", false), null, null, false, List.of());
                }
                if (random.nextDouble() < profile.refundRate()) {
                    add(time.plusMinutes(20 + random.nextInt(120)), amount, Direction.OUT, TransactionKind.REFUND,
                            channel, payer, null, null, false, List.of());
                }
            }
            if (day.getDayOfMonth() % 3 == 0 && cashOnHand > 0) {
                add(day.atTime(16, 30), money(cashOnHand), Direction.OUT, TransactionKind.CASH_DEPOSIT,
                        PaymentChannel.CASH, null, null, null, false, List.of());
                cashOnHand = 0;
            }
            if (day.getDayOfWeek().getValue() == 1 && weekSales > 0) {
                add(day.atTime(10, 0), money(weekSales * profile.cogsRatio()), Direction.OUT, TransactionKind.COGS,
                        PaymentChannel.BANK_TRANSFER, new Counterparty(CounterpartyType.COMPANY, "supplier-1", false),
                        "IN" + sequence, null, false, List.of());
                weekSales = 0;
            }
            if (day.getDayOfMonth() == 5) {
                add(day.atTime(9, 0), money(profile.monthlyRent()), Direction.OUT, TransactionKind.RENT,
                        PaymentChannel.BANK_TRANSFER, new Counterparty(CounterpartyType.COMPANY, "landlord", false),
                        null, null, false, List.of());
                add(day.atTime(9, 5), money(profile.monthlyUtilities() * (0.8 + 0.4 * random.nextDouble())),
                        Direction.OUT, TransactionKind.UTILITIES, PaymentChannel.BANK_TRANSFER,
                        new Counterparty(CounterpartyType.COMPANY, "grid", false), null, null, false, List.of());
            }
            if (day.getDayOfMonth() == 10) {
                for (int s = 0; s < profile.staff(); s++) {
                    add(day.atTime(11, s), money(profile.monthlyWage() * (0.85 + 0.3 * random.nextDouble())),
                            Direction.OUT, TransactionKind.PAYROLL, PaymentChannel.BANK_TRANSFER,
                            new Counterparty(CounterpartyType.PERSON, "staff-" + s, false), null, null, false,
                            List.of());
                }
            }
        }
        return this;
    }

    // ---- planted events -------------------------------------------------------------------------------

    /** One day of cash deposits adding up to {@code total}, split in {@code parts}. */
    public MerchantHistory plantLargeCash(LocalDate day, BigDecimal total, int parts) {
        BigDecimal part = total.divide(BigDecimal.valueOf(parts), 2, RoundingMode.DOWN);
        for (int i = 0; i < parts; i++) {
            BigDecimal amount = i == parts - 1 ? total.subtract(part.multiply(BigDecimal.valueOf(parts - 1))) : part;
            add(day.atTime(14, 10 * i), amount, Direction.OUT, TransactionKind.CASH_DEPOSIT, PaymentChannel.CASH, null,
                    null, null, false, List.of(PlantedEvent.LARGE_CASH_DEPOSIT.label()));
        }
        return this;
    }

    /** Cash deposits just under 50,000 on {@code count} days, {@code gapDays} apart. */
    public MerchantHistory plantStructuring(LocalDate first, int count, int gapDays) {
        for (int i = 0; i < count; i++) {
            add(first.plusDays((long) i * gapDays).atTime(15, 0), money(46_000 + random.nextInt(3_900)),
                    Direction.OUT, TransactionKind.CASH_DEPOSIT, PaymentChannel.CASH, null, null, null, false,
                    List.of(PlantedEvent.STRUCTURING.label()));
        }
        return this;
    }

    /** One card swiped {@code swipes} times late at night with round amounts just under common limits. */
    public MerchantHistory plantCardCashOut(LocalDate first, int swipes) {
        Counterparty card = new Counterparty(CounterpartyType.PERSON, "card-cashout-" + merchantId, false);
        int[] amounts = { 9_800, 9_900, 19_000, 19_500, 4_800, 49_000 };
        for (int i = 0; i < swipes; i++) {
            BigDecimal amount = BigDecimal.valueOf(amounts[i % amounts.length]).setScale(2);
            add(first.plusDays(i * 2L).atTime(1 + i % 3, 7 * i % 60), amount, Direction.IN, TransactionKind.SALE,
                    PaymentChannel.UNIONPAY_CARD, card, null, amount.multiply(new BigDecimal("0.006"))
                            .setScale(2, RoundingMode.HALF_UP), false, List.of(PlantedEvent.CARD_CASH_OUT.label()));
        }
        return this;
    }

    /** {@code count} chargebacks of card sales within {@code month}'s first days. */
    public MerchantHistory plantDisputeSpike(LocalDate monthStart, int count) {
        for (int i = 0; i < count; i++) {
            TransactionKind kind = TransactionKind.CHARGEBACK;
            add(monthStart.plusDays(i % 25).atTime(15, i % 60), money(80 + random.nextInt(600)), Direction.OUT, kind,
                    PaymentChannel.UNIONPAY_CARD, new Counterparty(CounterpartyType.PERSON, "card-d-" + i, false),
                    null, null, false, List.of(PlantedEvent.REFUND_CHARGEBACK_SPIKE.label()));
        }
        return this;
    }

    /** {@code count} sales through a personal collection code within the month starting {@code monthStart}. */
    public MerchantHistory plantPersonalCode(LocalDate monthStart, int count) {
        for (int i = 0; i < count; i++) {
            add(monthStart.plusDays(i % 27).atTime(12 + i % 8, i % 60), money(60 + random.nextInt(300)),
                    Direction.IN, TransactionKind.SALE, PaymentChannel.WECHAT_PAY,
                    new Counterparty(CounterpartyType.PERSON, "p-pc-" + i, false), null, null, true,
                    List.of(PlantedEvent.PERSONAL_CODE_BUSINESS.label()));
        }
        return this;
    }

    /** A food business licence whose last valid day is {@code validUntil} (the label lives on the merchant). */
    public MerchantHistory plantExpiringLicence(LocalDate validUntil) {
        licences.add(new Licence(LicenceKind.FOOD_BUSINESS_LICENCE, "JY-PLANTED-" + merchantId, validUntil));
        return this;
    }

    /** Adds one transaction as the service reads it back from the store (its id is its externalId). */
    public TransactionDocument add(LocalDateTime localTime, BigDecimal amount, Direction direction,
            TransactionKind kind, PaymentChannel channel, Counterparty counterparty, String invoice, BigDecimal fee,
            boolean personalCode, List<String> labels) {
        sequence++;
        String externalId = String.format("%s-%07d", merchantId, sequence);
        TransactionDocument doc = new TransactionDocument(externalId, merchantId, externalId,
                localTime.atZone(SHANGHAI).toInstant(), SHANGHAI.getId(), amount, direction, kind, channel,
                counterparty, invoice, TransactionSource.SIMULATED, labels, fee,
                localTime.toLocalDate().plusDays(1), personalCode, null);
        transactions.add(doc);
        return doc;
    }

    private PaymentChannel channel() {
        double draw = random.nextDouble();
        double cumulative = 0;
        PaymentChannel last = null;
        for (Map.Entry<PaymentChannel, Double> entry : profile.channelMix().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            cumulative += entry.getValue();
            last = entry.getKey();
            if (draw < cumulative) {
                return last;
            }
        }
        return last;
    }

    private int poisson(double mean) {
        return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian()));
    }

    private double gaussian() {
        double u = Math.max(1e-12, random.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static BigDecimal money(double yuan) {
        return BigDecimal.valueOf(yuan).setScale(2, RoundingMode.HALF_UP);
    }
}
