package com.merchantanalysis.common.testsupport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.merchantanalysis.common.data.ChannelContract;
import com.merchantanalysis.common.data.Counterparty;
import com.merchantanalysis.common.data.CounterpartyType;
import com.merchantanalysis.common.data.Direction;
import com.merchantanalysis.common.data.Industry;
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
 * The test kit's merchant data: a merchant and its transactions, day by day, from a seeded {@link Random}, so
 * that a test sees the same data every run. Realistic in the ways the analyses care about: orders peaking at
 * the archetype's hours and on weekends, lognormal tickets, a channel mix with contracted fees and settlement
 * lags, refunds, suppliers paid every few days, rent, payroll, utilities (with a summer and winter peak), tax
 * on last month's sales, marketing, platform commission, the odd repair and owner transfers that are not costs.
 * Planted patterns carry their {@link PlantedEvent#label()}; a test can {@link #add} transactions of its own. Store
 * it with {@link MerchantDataStore#store}, which writes it through the production writer, and so its daily rollups.
 * A transaction's id is its externalId (as it reads back from the store), which starts with the merchant id.
 *
 * <p>Start from an archetype ({@link #hotpot}, {@link #ecommerce}, {@link #convenienceStore}, {@link #salon}),
 * change what the test is about, then {@link #build()}.
 */
public final class MerchantData {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The contracted rate of WeChat Pay and Alipay in both archetypes (0.6%). */
    public static final BigDecimal STANDARD_RATE = new BigDecimal("0.006");
    /** The hotpot's UnionPay card rate (0.55%). */
    public static final BigDecimal CARD_RATE = new BigDecimal("0.0055");

    /** Hours a restaurant's orders fall in: lunch and dinner. */
    private static final int[] MEALS = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 6, 9, 5, 2, 1, 1, 4, 9, 9, 6, 3, 0, 0 };
    private static final int[] ALL_DAY = { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 };
    /** Electricity by calendar month: air conditioning in summer, heating in winter. */
    private static final double[] SEASON = { 1.15, 1.10, 1.00, 0.95, 1.00, 1.15, 1.30, 1.30, 1.10, 1.00, 1.00, 1.10 };

    /**
     * A payment channel of the merchant.
     *
     * @param share   share of orders paid through it
     * @param rate    the contracted fee rate, or null where the channel charges none (cash, a delivery platform
     *                that takes commission instead)
     * @param lagDays days from a sale to its settlement
     */
    public record Channel(PaymentChannel channel, double share, BigDecimal rate, int lagDays) {
    }

    /** The merchant and its transactions, in the time order the services read them in. */
    public record Result(MerchantDocument merchant, List<TransactionDocument> transactions) {
    }

    private final String merchantId;
    private final long seed;
    private final LocalDate from;
    private final LocalDate to;

    // the merchant
    private String name;
    private Industry industry;
    private String city;
    private String archetype;
    private int cityTier = 2;
    private LocalDate openingDate;
    private BigDecimal openingBalance;
    private List<Channel> channels;

    // sales
    private double ordersPerDay;
    /** Busier Friday to Sunday (a street business), or the same every day (online). */
    private boolean busyWeekends;
    private int[] hourWeights;
    private double ticketMedian;
    private double ticketSpread;
    private double ticketMin;
    private double ticketMax;
    private int ticketDecimals;
    private double refundRate;

    // costs
    private double supplierShare;
    private double supplierNoise;
    private int supplierGapDays;
    private int supplierGapSpread;
    private int supplierCount;
    private BigDecimal rent;
    private int rentEveryMonths;
    private String landlord = "landlord";
    private BigDecimal[] salaries;
    private int overtimeBound;
    private double[] utilityBills;
    private int utilitiesDay;
    private BigDecimal taxRate = new BigDecimal("0.01");
    private double monthlyMarketing;
    private BigDecimal dailyMarketingShare;
    private BigDecimal commissionRate;
    private boolean commissionDaily;
    private double repairChance;
    private BigDecimal ownerTransfer;

    // planted
    private Overcharge overcharge;
    private YearMonth utilitiesTripled;
    private final List<Licence> licences = new ArrayList<>();
    /** What tests added and planted, with the draws of a generator of its own so that the days stay the same. */
    private final List<TransactionDocument> added = new ArrayList<>();
    private final Random planting;
    private int addedSequence;

    private final List<TransactionDocument> transactions = new ArrayList<>();
    private Random random;
    private int sequence;

    private MerchantData(String merchantId, long seed, LocalDate from, LocalDate to) {
        this.planting = new Random(seed ^ 0x5DEECE66DL);
        licences.add(new Licence(LicenceKind.BUSINESS_LICENCE, "91510100MA6" + Math.abs(seed % 100_000),
                LocalDate.of(2040, 12, 31)));
        this.merchantId = merchantId;
        this.seed = seed;
        this.from = from;
        this.to = to;
    }

    /**
     * A tier-2 hotpot restaurant in Chengdu: about 40 orders a day at ¥88 around lunch and dinner, busier Friday
     * to Sunday; WeChat Pay 50%, Alipay 25% (0.6%), UnionPay card 8% (0.55%), cash 7%, a delivery platform 10%
     * taking 18% commission weekly; suppliers 38% of sales every two or three days; rent ¥16,000, six staff,
     * seasonal utilities, 1% tax, ¥800 of Dianping ads a month, the odd repair and a monthly owner transfer.
     */
    public static MerchantData hotpot(String merchantId, long seed, LocalDate from, LocalDate to) {
        MerchantData data = new MerchantData(merchantId, seed, from, to)
                .identity("小龙坎火锅(测试)", Industry.RESTAURANT, "Chengdu", "hotpot", 2, "80000.00")
                .sales(40, true, MEALS, 88, 0.45, 15, 800, 1, 0.005)
                .suppliers(0.38, 0.03, 2, 2, 3)
                .fixedCosts("16000.00", 1, 300, money("6500", "5200", "4800", "4500", "4300", "4200"), 15, 3200, 1100);
        data.channels = List.of(new Channel(PaymentChannel.WECHAT_PAY, 0.50, STANDARD_RATE, 1),
                new Channel(PaymentChannel.ALIPAY, 0.25, STANDARD_RATE, 1),
                new Channel(PaymentChannel.UNIONPAY_CARD, 0.08, CARD_RATE, 1),
                new Channel(PaymentChannel.CASH, 0.07, null, 0),
                new Channel(PaymentChannel.DELIVERY_PLATFORM, 0.10, null, 1));
        data.monthlyMarketing = 800;
        data.commissionRate = new BigDecimal("0.18");
        data.repairChance = 0.3;
        data.ownerTransfer = new BigDecimal("15000");
        return data;
    }

    /**
     * An online apparel seller in Hangzhou with data-simulator's ecommerce archetype's figures: about 520 orders a
     * day around the clock at ¥105, Alipay 62% / WeChat Pay 30% / card 8%, all at 0.6% and settled after 10 days
     * (WeChat Pay 7); 12% returned; goods 45% of sales paid weekly; platform commission 5% and paid traffic 10% of
     * each day's sales; warehouse rent ¥18,000 a month paid by the quarter; ten staff at about ¥6,000; electricity
     * on the 20th; 1% tax.
     */
    public static MerchantData ecommerce(String merchantId, long seed, LocalDate from, LocalDate to) {
        MerchantData data = new MerchantData(merchantId, seed, from, to)
                .identity("潮衣馆旗舰店(测试)", Industry.ECOMMERCE, "Hangzhou", "ecommerce", 3, "300000.00")
                .sales(520, false, ALL_DAY, 105, 0.6, 9.9, 2000, 2, 0.12)
                .suppliers(0.45, 0.05, 7, 1, 4)
                .fixedCosts("18000.00", 3, 400, money("6000", "6000", "6000", "6000", "6000", "6000", "6000", "6000",
                        "6000", "6000"), 20, 1800);
        data.channels = List.of(new Channel(PaymentChannel.ALIPAY, 0.62, STANDARD_RATE, 10),
                new Channel(PaymentChannel.WECHAT_PAY, 0.30, STANDARD_RATE, 7),
                new Channel(PaymentChannel.UNIONPAY_CARD, 0.08, STANDARD_RATE, 10));
        data.landlord = "warehouse landlord";
        data.dailyMarketingShare = new BigDecimal("0.10");
        data.commissionRate = new BigDecimal("0.05");
        data.commissionDaily = true;
        return data;
    }

    /**
     * A tier-2 convenience store in Chengdu open 7:00 to 23:00: about 420 sales a day at ¥28, WeChat Pay 50%,
     * Alipay 30%, card 8% (0.6%, next day), cash 12%; goods 72% of sales paid weekly; rent ¥18,000, four staff,
     * utilities.
     */
    public static MerchantData convenienceStore(String merchantId, long seed, LocalDate from, LocalDate to) {
        return new MerchantData(merchantId, seed, from, to)
                .identity("好邻居便利店(测试)", Industry.CONVENIENCE_STORE, "Chengdu", "convenience-store", 2,
                        "50000.00")
                .sales(420, true, openHours(7, 23), 28, 0.6, 2, 500, 2, 0.003)
                .suppliers(0.72, 0.05, 7, 1, 3)
                .fixedCosts("18000.00", 1, 300, money("5000", "5000", "5000", "5000"), 15, 2500)
                .streetChannels(0.50, 0.30, 0.08, 0.12);
    }

    /**
     * A tier-2 hair salon in Chengdu open 10:00 to 22:00: about 35 customers a day at ¥220, WeChat Pay 45%,
     * Alipay 20%, card 30% (0.6%, next day), cash 5%; products 15% of sales paid weekly; rent ¥15,000, six staff,
     * utilities.
     */
    public static MerchantData salon(String merchantId, long seed, LocalDate from, LocalDate to) {
        return new MerchantData(merchantId, seed, from, to)
                .identity("丝域美发(测试)", Industry.SERVICES, "Chengdu", "salon", 2, "50000.00")
                .sales(35, true, openHours(10, 22), 220, 0.5, 20, 3000, 2, 0.004)
                .suppliers(0.15, 0.05, 7, 1, 3)
                .fixedCosts("15000.00", 1, 300, money("6000", "6000", "6000", "6000", "6000", "6000"), 15, 1800)
                .streetChannels(0.45, 0.20, 0.30, 0.05);
    }

    /** The archetype of that name ({@code hotpot}, {@code ecommerce}, {@code convenience-store}, {@code salon}). */
    public static MerchantData archetype(String archetype, String merchantId, long seed, LocalDate from, LocalDate to) {
        return switch (archetype) {
            case "hotpot" -> hotpot(merchantId, seed, from, to);
            case "ecommerce" -> ecommerce(merchantId, seed, from, to);
            case "convenience-store" -> convenienceStore(merchantId, seed, from, to);
            case "salon" -> salon(merchantId, seed, from, to);
            default -> throw new IllegalArgumentException("No archetype " + archetype);
        };
    }

    private MerchantData identity(String shopName, Industry shopIndustry, String shopCity, String shopArchetype,
            int yearsOpen, String openingCash) {
        name = shopName;
        industry = shopIndustry;
        city = shopCity;
        archetype = shopArchetype;
        openingDate = from.minusYears(yearsOpen);
        openingBalance = new BigDecimal(openingCash);
        return this;
    }

    /** Orders a day (busier Friday to Sunday or not) over the hours, lognormal tickets, and refunds. */
    private MerchantData sales(double orders, boolean weekends, int[] hours, double median, double spread, double min,
            double max, int decimals, double refunds) {
        ordersPerDay = orders;
        busyWeekends = weekends;
        hourWeights = hours;
        ticketMedian = median;
        ticketSpread = spread;
        ticketMin = min;
        ticketMax = max;
        ticketDecimals = decimals;
        refundRate = refunds;
        return this;
    }

    /** Suppliers paid {@code share} of the sales since their last bill, every gap (+ up to spread − 1) days. */
    private MerchantData suppliers(double share, double noise, int gapDays, int gapSpread, int count) {
        supplierShare = share;
        supplierNoise = noise;
        supplierGapDays = gapDays;
        supplierGapSpread = gapSpread;
        supplierCount = count;
        return this;
    }

    /** Rent on the 1st every so many months, payroll on the 10th (plus overtime), utility bills on their day. */
    private MerchantData fixedCosts(String monthlyRent, int rentMonths, int overtime, BigDecimal[] wages, int billDay,
            double... bills) {
        rent = new BigDecimal(monthlyRent);
        rentEveryMonths = rentMonths;
        overtimeBound = overtime;
        salaries = wages;
        utilitiesDay = billDay;
        utilityBills = bills;
        return this;
    }

    /** WeChat Pay, Alipay and card at 0.6% settled the next day, and cash, with these shares of the orders. */
    private MerchantData streetChannels(double wechat, double alipay, double card, double cash) {
        channels = List.of(new Channel(PaymentChannel.WECHAT_PAY, wechat, STANDARD_RATE, 1),
                new Channel(PaymentChannel.ALIPAY, alipay, STANDARD_RATE, 1),
                new Channel(PaymentChannel.UNIONPAY_CARD, card, STANDARD_RATE, 1),
                new Channel(PaymentChannel.CASH, cash, null, 0));
        return this;
    }

    public MerchantData ordersPerDay(double orders) {
        this.ordersPerDay = orders;
        return this;
    }

    /** The monthly rent (paid on the 1st, every {@code rentEveryMonths} months as many months at once). */
    public MerchantData rent(String monthly) {
        this.rent = new BigDecimal(monthly);
        return this;
    }

    /** The channel charges {@code rate} instead of its contract on sales between the two days (planted). */
    public MerchantData overcharge(PaymentChannel channel, String rate, LocalDate start, LocalDate end) {
        overcharge = new Overcharge(channel, new BigDecimal(rate), start, end);
        return this;
    }

    private record Overcharge(PaymentChannel channel, BigDecimal rate, LocalDate from, LocalDate to) {

        boolean applies(PaymentChannel paidWith, LocalDate day) {
            return paidWith == channel && !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /** Every utilities bill of that month is three times what it would have been (planted). */
    public MerchantData tripleUtilities(YearMonth month) {
        this.utilitiesTripled = month;
        return this;
    }

    /** One day of cash deposits adding up to {@code total}, split in {@code parts} (planted). */
    public MerchantData plantLargeCash(LocalDate day, BigDecimal total, int parts) {
        BigDecimal part = total.divide(BigDecimal.valueOf(parts), 2, RoundingMode.DOWN);
        for (int i = 0; i < parts; i++) {
            BigDecimal amount = i == parts - 1 ? total.subtract(part.multiply(BigDecimal.valueOf(parts - 1))) : part;
            add(day.atTime(14, 10 * i), amount, Direction.OUT, TransactionKind.CASH_DEPOSIT, PaymentChannel.CASH, null,
                    null, null, false, List.of(PlantedEvent.LARGE_CASH_DEPOSIT.label()));
        }
        return this;
    }

    /** Cash deposits just under 50,000 on {@code count} days, {@code gapDays} apart (planted). */
    public MerchantData plantStructuring(LocalDate first, int count, int gapDays) {
        for (int i = 0; i < count; i++) {
            add(first.plusDays((long) i * gapDays).atTime(15, 0), yuan(46_000 + planting.nextInt(3_900)),
                    Direction.OUT, TransactionKind.CASH_DEPOSIT, PaymentChannel.CASH, null, null, null, false,
                    List.of(PlantedEvent.STRUCTURING.label()));
        }
        return this;
    }

    /** One card swiped {@code swipes} times late at night, round amounts just under common limits (planted). */
    public MerchantData plantCardCashOut(LocalDate first, int swipes) {
        Counterparty card = new Counterparty(CounterpartyType.PERSON, "card-cashout-" + merchantId, false);
        int[] amounts = { 9_800, 9_900, 19_000, 19_500, 4_800, 49_000 };
        for (int i = 0; i < swipes; i++) {
            BigDecimal amount = BigDecimal.valueOf(amounts[i % amounts.length]).setScale(2);
            add(first.plusDays(i * 2L).atTime(1 + i % 3, 7 * i % 60), amount, Direction.IN, TransactionKind.SALE,
                    PaymentChannel.UNIONPAY_CARD, card, null, STANDARD_RATE.multiply(amount)
                            .setScale(2, RoundingMode.HALF_UP), false, List.of(PlantedEvent.CARD_CASH_OUT.label()));
        }
        return this;
    }

    /** {@code count} card chargebacks within the first days of the month starting {@code monthStart} (planted). */
    public MerchantData plantDisputeSpike(LocalDate monthStart, int count) {
        for (int i = 0; i < count; i++) {
            add(monthStart.plusDays(i % 25).atTime(15, i % 60), yuan(80 + planting.nextInt(600)), Direction.OUT,
                    TransactionKind.CHARGEBACK, PaymentChannel.UNIONPAY_CARD,
                    new Counterparty(CounterpartyType.PERSON, "card-d-" + i, false), null, null, false,
                    List.of(PlantedEvent.REFUND_CHARGEBACK_SPIKE.label()));
        }
        return this;
    }

    /** {@code count} sales through a personal collection code within the month from {@code monthStart} (planted). */
    public MerchantData plantPersonalCode(LocalDate monthStart, int count) {
        for (int i = 0; i < count; i++) {
            add(monthStart.plusDays(i % 27).atTime(12 + i % 8, i % 60), yuan(60 + planting.nextInt(300)),
                    Direction.IN, TransactionKind.SALE, PaymentChannel.WECHAT_PAY,
                    new Counterparty(CounterpartyType.PERSON, "p-pc-" + i, false), null, null, true,
                    List.of(PlantedEvent.PERSONAL_CODE_BUSINESS.label()));
        }
        return this;
    }

    /** A food business licence whose last valid day is {@code validUntil} (planted; the label is the merchant's). */
    public MerchantData plantExpiringLicence(LocalDate validUntil) {
        licences.add(new Licence(LicenceKind.FOOD_BUSINESS_LICENCE, "JY-PLANTED-" + merchantId, validUntil));
        return this;
    }

    /**
     * Adds a transaction of the test's own at a merchant-local time, beside the generated days; a sale, refund or
     * chargeback settles the next day.
     */
    public TransactionDocument add(LocalDateTime localTime, BigDecimal amount, Direction direction,
            TransactionKind kind, PaymentChannel channel, Counterparty counterparty, String invoice, BigDecimal fee,
            boolean personalCode, List<String> labels) {
        String id = merchantId + ":T-" + ++addedSequence;
        boolean settles = kind == TransactionKind.SALE || kind == TransactionKind.REFUND
                || kind == TransactionKind.CHARGEBACK;
        TransactionDocument tx = new TransactionDocument(id, merchantId, id, localTime.atZone(ZONE).toInstant(),
                ZONE.getId(), amount, direction, kind, channel, counterparty, invoice, TransactionSource.SIMULATED,
                labels, fee, settles ? localTime.toLocalDate().plusDays(1) : null, personalCode, null);
        added.add(tx);
        return tx;
    }

    /** Only what the test {@link #add}ed and planted: no generated days. */
    public Result withoutBusiness() {
        return result(List.of());
    }

    /** The merchant document with no data yet, as data-simulator creates it (dataVersion 0). */
    public MerchantDocument merchant() {
        List<ChannelContract> contracts = channels.stream().filter(c -> c.rate() != null)
                .map(c -> new ChannelContract(c.channel(), c.rate(), c.lagDays())).toList();
        return new MerchantDocument(merchantId, name, industry, city, openingDate, ZONE.getId(), licences, contracts,
                openingBalance, 0, Instant.parse("2024-01-01T00:00:00Z"), archetype, cityTier);
    }

    /**
     * One hand-made transaction at noon of its local day, for a test that needs exact figures: IN for a positive
     * amount, OUT (of its absolute value) for a negative one.
     *
     * @param fee        the channel's fee, or null
     * @param settlement the day it settles on, or null
     */
    public static TransactionDocument transaction(String merchantId, String externalId, LocalDate day,
            TransactionKind kind, PaymentChannel channel, BigDecimal signedAmount, BigDecimal fee,
            LocalDate settlement) {
        return new TransactionDocument(externalId, merchantId, externalId, at(day, 12, 0), ZONE.getId(),
                signedAmount.abs(), signedAmount.signum() < 0 ? Direction.OUT : Direction.IN, kind, channel, null, null,
                TransactionSource.SIMULATED, List.of(), fee, settlement, false, null);
    }

    /**
     * Generates the days from..to (both included), with what was added and planted; the same seed and settings
     * give the same data.
     */
    public Result build() {
        random = new Random(seed);
        transactions.clear();
        sequence = 0;
        BigDecimal salesSinceSupplier = BigDecimal.ZERO;
        BigDecimal commissionable = BigDecimal.ZERO;
        Map<YearMonth, BigDecimal> salesByMonth = new TreeMap<>();
        int nextSupplierDay = 0;
        int dayIndex = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1), dayIndex++) {
            if (!commissionDaily && day.getDayOfWeek() == DayOfWeek.MONDAY && commissionable.signum() > 0) {
                cost(day, 9, TransactionKind.PLATFORM_COMMISSION, PaymentChannel.DELIVERY_PLATFORM,
                        commissionable.multiply(commissionRate), "platform", null);
                commissionable = BigDecimal.ZERO;
            }
            if (dayIndex >= nextSupplierDay && salesSinceSupplier.signum() > 0) {
                cost(day, 9, TransactionKind.COGS, PaymentChannel.BANK_TRANSFER, salesSinceSupplier.multiply(
                        BigDecimal.valueOf(supplierShare * (1 + supplierNoise * random.nextGaussian()))),
                        "supplier-" + random.nextInt(supplierCount), null);
                salesSinceSupplier = BigDecimal.ZERO;
                nextSupplierDay = dayIndex + supplierGapDays + random.nextInt(supplierGapSpread);
            }
            monthly(day, salesByMonth);
            double mean = ordersPerDay * weekdayFactor(day.getDayOfWeek());
            int orders = (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
            BigDecimal today = BigDecimal.ZERO;
            for (int i = 0; i < orders; i++) {
                TransactionDocument sale = sale(day);
                today = today.add(sale.amount());
                if (!commissionDaily && sale.channel() == PaymentChannel.DELIVERY_PLATFORM) {
                    commissionable = commissionable.add(sale.amount());
                }
                if (random.nextDouble() < refundRate) {
                    refund(sale);
                }
            }
            salesSinceSupplier = salesSinceSupplier.add(today);
            if (today.signum() > 0) {
                salesByMonth.merge(YearMonth.from(day), today, BigDecimal::add);
            }
            if (commissionDaily && commissionRate != null) {
                cost(day, 23, TransactionKind.PLATFORM_COMMISSION, PaymentChannel.BANK_TRANSFER,
                        today.multiply(commissionRate), "platform", null);
            }
            if (dailyMarketingShare != null) {
                cost(day, 23, TransactionKind.MARKETING, PaymentChannel.BANK_TRANSFER,
                        today.multiply(dailyMarketingShare), "paid traffic", null);
            }
        }
        return result(transactions);
    }

    private Result result(List<TransactionDocument> generated) {
        List<TransactionDocument> all = new ArrayList<>(generated);
        all.addAll(added);
        all.sort(TransactionDays.TIME_ORDER);
        return new Result(merchant(), List.copyOf(all));
    }

    private void monthly(LocalDate day, Map<YearMonth, BigDecimal> salesByMonth) {
        YearMonth month = YearMonth.from(day);
        int dayOfMonth = day.getDayOfMonth();
        if (dayOfMonth == 1 && (day.getMonthValue() - 1) % rentEveryMonths == 0) {
            cost(day, 10, TransactionKind.RENT, PaymentChannel.BANK_TRANSFER,
                    rent.multiply(BigDecimal.valueOf(rentEveryMonths)), landlord, null);
        }
        if (dayOfMonth == 10) {
            for (int i = 0; i < salaries.length; i++) {
                BigDecimal overtime = BigDecimal.valueOf(random.nextInt(overtimeBound));
                cost(day, 11, TransactionKind.PAYROLL, PaymentChannel.BANK_TRANSFER, salaries[i].add(overtime),
                        "staff-" + i, null);
            }
        }
        if (dayOfMonth == utilitiesDay) {
            boolean planted = month.equals(utilitiesTripled);
            String label = planted ? PlantedEvent.UTILITIES_ANOMALY.label() : null;
            for (int i = 0; i < utilityBills.length; i++) {
                // the first bill (electricity) follows the seasons
                double season = i == 0 ? SEASON[day.getMonthValue() - 1] : 1;
                cost(day, 14, TransactionKind.UTILITIES, PaymentChannel.BANK_TRANSFER, BigDecimal.valueOf(
                        utilityBills[i] * season * (1 + 0.05 * random.nextGaussian()) * (planted ? 3 : 1)),
                        i == 0 ? "state-grid" : "water-gas", label);
            }
        }
        if (dayOfMonth == 15 && taxRate != null) {
            BigDecimal lastMonth = salesByMonth.get(month.minusMonths(1));
            if (lastMonth != null) {
                cost(day, 15, TransactionKind.TAX, PaymentChannel.BANK_TRANSFER, lastMonth.multiply(taxRate),
                        "tax-bureau", null);
            }
        }
        if (dayOfMonth == 20 && monthlyMarketing > 0) {
            cost(day, 16, TransactionKind.MARKETING, PaymentChannel.WECHAT_PAY,
                    BigDecimal.valueOf(monthlyMarketing * (1 + 0.1 * random.nextGaussian())), "dianping", null);
        }
        if (dayOfMonth == 25 && repairChance > 0 && random.nextDouble() < repairChance) {
            cost(day, 16, TransactionKind.OTHER, PaymentChannel.CASH, BigDecimal.valueOf(300 + random.nextInt(1200)),
                    "repairs", null);
        }
        if (dayOfMonth == 28 && ownerTransfer != null) {
            cost(day, 22, TransactionKind.TRANSFER, PaymentChannel.BANK_TRANSFER, ownerTransfer, "owner", null);
        }
    }

    private double weekdayFactor(DayOfWeek day) {
        if (!busyWeekends) {
            return 1;
        }
        return switch (day) {
            case FRIDAY -> 1.25;
            case SATURDAY -> 1.4;
            case SUNDAY -> 1.3;
            default -> 0.85;
        };
    }

    private TransactionDocument sale(LocalDate day) {
        double ticket = Math.min(ticketMax,
                Math.max(ticketMin, Math.exp(Math.log(ticketMedian) + ticketSpread * random.nextGaussian())));
        BigDecimal amount = BigDecimal.valueOf(ticket).setScale(ticketDecimals, RoundingMode.HALF_UP).setScale(2);
        Channel channel = channels.get(pick());
        BigDecimal rate = channel.rate();
        List<String> labels = List.of();
        if (overcharge != null && overcharge.applies(channel.channel(), day)) {
            rate = overcharge.rate();
            labels = List.of(PlantedEvent.FEE_OVERCHARGE.label());
        }
        BigDecimal fee = rate == null ? null : rate.multiply(amount).setScale(2, RoundingMode.HALF_UP);
        Instant at = at(day, hour(), random.nextInt(60));
        String id = nextId("S");
        TransactionDocument sale = new TransactionDocument(id, merchantId, id, at, ZONE.getId(),
                amount, Direction.IN, TransactionKind.SALE, channel.channel(),
                new Counterparty(CounterpartyType.PERSON, "payer-" + random.nextInt(5000), false), null,
                TransactionSource.SIMULATED, labels, fee, day.plusDays(channel.lagDays()), false, null);
        transactions.add(sale);
        return sale;
    }

    /** Half an hour after the sale, settled when the sale was. */
    private void refund(TransactionDocument sale) {
        String id = nextId("R");
        transactions.add(new TransactionDocument(id, merchantId, id, sale.timestamp().plusSeconds(1800), ZONE.getId(),
                sale.amount(), Direction.OUT, TransactionKind.REFUND, sale.channel(), sale.counterparty(), null,
                TransactionSource.SIMULATED, List.of(), null, sale.settlementDate(), false,
                "refund of " + sale.externalId()));
    }

    private void cost(LocalDate day, int hour, TransactionKind kind, PaymentChannel channel, BigDecimal amount,
            String counterparty, String label) {
        String id = nextId("C");
        transactions.add(new TransactionDocument(id, merchantId, id, at(day, hour, random.nextInt(60)), ZONE.getId(),
                amount.setScale(2, RoundingMode.HALF_UP), Direction.OUT, kind, channel,
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
        int ticket = random.nextInt(Arrays.stream(hourWeights).sum());
        for (int hour = 0; hour < 24; hour++) {
            ticket -= hourWeights[hour];
            if (ticket < 0) {
                return hour;
            }
        }
        return 12;
    }

    private int pick() {
        double ticket = random.nextDouble();
        for (int i = 0; i < channels.size(); i++) {
            ticket -= channels.get(i).share();
            if (ticket < 0) {
                return i;
            }
        }
        return channels.size() - 1;
    }

    /** Equal weights for the hours from {@code open} until {@code close}. */
    private static int[] openHours(int open, int close) {
        int[] weights = new int[24];
        Arrays.fill(weights, open, close, 1);
        return weights;
    }

    private static BigDecimal yuan(int amount) {
        return BigDecimal.valueOf(amount).setScale(2);
    }

    private static BigDecimal[] money(String... amounts) {
        return Arrays.stream(amounts).map(BigDecimal::new).toArray(BigDecimal[]::new);
    }
}
