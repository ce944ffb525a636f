package com.merchantanalysis.simulator.simulation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import com.merchantanalysis.common.data.ChannelContract;
import com.merchantanalysis.common.data.Counterparty;
import com.merchantanalysis.common.data.CounterpartyType;
import com.merchantanalysis.common.data.Direction;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.PlantedEvent;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.data.TransactionSource;
import com.merchantanalysis.simulator.archetype.domain.Archetype;

/**
 * Generates a merchant's transactions one day at a time: sales per channel (with the contracted fee
 * and settlement date), refunds, chargebacks, the costs of running the business, the till's deposits
 * to the bank, and any planted events.
 *
 * <p>A day depends only on the merchant, the seed and the date (its own random stream), so the same
 * seed gives byte-identical days and external ids ({@code sim-<seed>-<yyyyMMdd>-<n>}), and a re-run
 * stores nothing new. The one exception is a planted cash shortfall, sized from the running balance and
 * the average day so far, which is why days must be fed in order. Nothing is kept from one day to the
 * next except that balance and a few counters, so memory does not grow with the period.
 */
public final class MerchantSimulator {

    /** Share of a day's refunds coming from sales 0, 1, 2... days earlier. */
    private static final double[] REFUND_LAG = { 0.35, 0.25, 0.15, 0.1, 0.05, 0.05, 0.05 };
    private static final int SECONDS_PER_HOUR = 3600;
    /** Share of orders of a channel the merchant has but its archetype does not list. */
    private static final double EXTRA_CHANNEL_SHARE = 0.02;
    private static final long MILLION = 1_000_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final String merchantId;
    private final String zoneIdText;
    private final ZoneId zone;
    private final Archetype archetype;
    private final DayModel model;
    private final long seed;
    private final PlantPlan plants;
    private final int tier;
    private final Channel[] channels;
    private final double[] channelCumulative;
    private final Channel card;
    private final Channel cash;
    private final double[] hourCumulative;
    private final double sigma;
    private final double mu;
    private final long customerPool;
    private final long salt;
    private final double[] supplierShares;
    private final double[] staffWageFactors;
    private final Map<PlantedEvent, List<String>> labels = new EnumMap<>(PlantedEvent.class);
    private final Map<PlantedEvent, long[]> planted = new EnumMap<>(PlantedEvent.class);
    private final CashDecline decline;
    private long balanceCents;
    private final MerchantDocument merchant;

    /** A payment channel as the simulator uses it: contract plus the platform's commission, if any. */
    private record Channel(PaymentChannel channel, long feePpm, int lag, double commission, String prefix) {
    }

    /**
     * @param balanceAtStart the merchant's balance before the first simulated day (opening balance plus
     *                       everything stored before); only a planted cash shortfall needs it
     */
    public MerchantSimulator(MerchantDocument merchant, DayModel model, long seed, PlantPlan plants,
            BigDecimal balanceAtStart) {
        this.merchant = merchant;
        this.merchantId = merchant.id();
        this.zoneIdText = merchant.zoneId();
        this.zone = ZoneId.of(merchant.zoneId());
        this.archetype = model.archetype();
        this.model = model;
        this.seed = seed;
        this.plants = plants;
        this.tier = Math.min(Math.max(merchant.cityTier(), 1), 5);
        this.balanceCents = balanceAtStart.movePointRight(2).longValue();
        this.salt = Seeds.mix(seed ^ merchant.id().hashCode());

        var commission = archetype.costs().platformCommission();
        List<Channel> list = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (ChannelContract contract : merchant.channels()) {
            double share = archetype.channels().stream().filter(c -> c.channel() == contract.channel())
                    .mapToDouble(Archetype.ChannelShare::share).findFirst().orElse(EXTRA_CHANNEL_SHARE);
            if (share <= 0 || contract.channel() == PaymentChannel.BANK_TRANSFER) {
                continue;
            }
            double rate = commission != null && commission.channels().contains(contract.channel()) ? commission.rate() : 0;
            list.add(new Channel(contract.channel(), contract.feeRate().movePointRight(6).longValue(),
                    contract.settlementLagDays(), rate, prefix(contract.channel())));
            shares.add(share);
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("Merchant " + merchant.id() + " has none of the channels of archetype "
                    + archetype.name());
        }
        this.channels = list.toArray(Channel[]::new);
        this.channelCumulative = cumulative(shares.stream().mapToDouble(Double::doubleValue).toArray());
        this.card = find(PaymentChannel.UNIONPAY_CARD);
        this.cash = find(PaymentChannel.CASH);
        this.hourCumulative = cumulative(archetype.hourly());

        double cv = archetype.ticket().sd() / archetype.ticket().mean();
        this.sigma = Math.sqrt(Math.log(1 + cv * cv));
        this.mu = Math.log(archetype.ticket().mean()) - sigma * sigma / 2;
        this.customerPool = Math.max(100, (long) (archetype.ordersPerDay() * 30));

        int suppliers = archetype.costs().cogs().suppliers();
        double[] weights = new double[suppliers];
        for (int j = 0; j < suppliers; j++) {
            weights[j] = 1.0 / (j + 1);
        }
        double sum = Arrays.stream(weights).sum();
        this.supplierShares = Arrays.stream(weights).map(w -> w / sum).toArray();
        var staffRandom = new SplittableRandom(salt);
        this.staffWageFactors = new double[archetype.costs().payroll().staff()];
        for (int s = 0; s < staffWageFactors.length; s++) {
            staffWageFactors[s] = 0.8 + 0.4 * staffRandom.nextDouble();
        }
        for (PlantedEvent event : PlantedEvent.values()) {
            labels.put(event, List.of(event.label()));
        }
        this.decline = plants.get(PlantedEvent.CASH_SHORTFALL).map(p -> new CashDecline(p.from(), p.to())).orElse(null);
    }

    /** Generates one day into {@code out}; returns how many transactions it produced. */
    public int day(LocalDate date, Consumer<TransactionDocument> out) {
        if (decline != null) {
            if (decline.under(date) && !decline.begun()) {
                beginDecline(date);
            }
            decline.startOfDay(date, balanceCents);
        }
        Day day = new Day(date, out);
        sales(day);
        refunds(day);
        costs(day);
        plantedRows(day);
        cashDeposit(day);
        balanceCents += day.netCents;
        if (decline != null) {
            decline.endOfDay(date, balanceCents);
        }
        return day.count;
    }

    /** The day a planted decline took the balance below zero, or null (none planted, or it has not yet). */
    public LocalDate floorCrossedOn() {
        return decline == null ? null : decline.floorCrossedOn();
    }

    /** How much the planted decline's promotion rose per day at the last plan (CNY), or null before it began. */
    public BigDecimal declineRisePerDay() {
        return decline == null || !decline.begun() ? null : BigDecimal.valueOf(decline.risePerDayCents(), 2);
    }

    /** The share of orders the planted decline loses once under way (0.4: 40%), or 0 before it began. */
    public double declineSalesLost() {
        return decline == null || !decline.begun() ? 0 : decline.salesLost();
    }

    /**
     * Sizes the decline from the days the merchant would have without it: the same simulation, planted
     * events and all but the decline, run ahead to the planned day (nothing of it is kept).
     */
    private void beginDecline(LocalDate date) {
        MerchantSimulator usual = new MerchantSimulator(merchant, model, seed, plants.without(PlantedEvent.CASH_SHORTFALL),
                BigDecimal.ZERO);
        int days = decline.days();
        long[] net = new long[days];
        long[] sales = new long[days];
        for (int d = 0; d < days; d++) {
            int i = d;
            usual.day(date.plusDays(d), tx -> {
                long cents = tx.amount().movePointRight(2).longValueExact();
                net[i] += tx.direction() == Direction.IN ? cents : -cents;
                if (tx.kind() == TransactionKind.SALE) {
                    sales[i] += cents;
                }
            });
        }
        double cogs = archetype.costs().cogs().ratio() * model.cogsDrift(date);
        decline.begin(balanceCents, net, sales, Math.max(0.05, 1 - cogs));
    }

    /** What was planted so far: per event, the transaction count and the first and last day (epoch days). */
    public Map<PlantedEvent, long[]> plantedSoFar() {
        return planted;
    }

    /** Everything produced for one day, and the sums later rows of the day depend on. */
    private final class Day {
        final LocalDate date;
        final Consumer<TransactionDocument> out;
        final SplittableRandom random;
        final long startSecond;
        final String idPrefix;
        final LocalDate[] settlement;
        final long[] salesCents = new long[channels.length];
        long cashInTillCents;
        long netCents;
        int count;
        int next;

        Day(LocalDate date, Consumer<TransactionDocument> out) {
            this.date = date;
            this.out = out;
            this.random = Seeds.day(seed, date.toEpochDay());
            this.startSecond = date.atStartOfDay(zone).toEpochSecond();
            this.idPrefix = "sim-" + seed + "-" + DAY.format(date) + "-";
            int maxLag = Arrays.stream(channels).mapToInt(Channel::lag).max().orElse(0);
            this.settlement = new LocalDate[maxLag + 1];
            for (int lag = 0; lag <= maxLag; lag++) {
                settlement[lag] = date.plusDays(lag);
            }
        }

        Instant at(long secondOfDay) {
            return Instant.ofEpochSecond(startSecond + secondOfDay);
        }

        void emit(String externalId, long secondOfDay, long cents, Direction direction, TransactionKind kind,
                PaymentChannel channel, Counterparty counterparty, String invoice, List<String> rowLabels, Long feeCents,
                LocalDate settlementDate, boolean personalCode, String description) {
            out.accept(new TransactionDocument(null, merchantId, externalId, at(secondOfDay), zoneIdText,
                    BigDecimal.valueOf(cents, 2), direction, kind, channel, counterparty, invoice,
                    TransactionSource.SIMULATED, rowLabels, feeCents == null ? null : BigDecimal.valueOf(feeCents, 2),
                    settlementDate, personalCode, description));
            netCents += direction == Direction.IN ? cents : -cents;
            count++;
        }

        String nextId() {
            return idPrefix + next++;
        }

        void plantedRow(PlantedEvent event) {
            long[] tally = planted.computeIfAbsent(event, e -> new long[] { 0, Long.MAX_VALUE, Long.MIN_VALUE });
            tally[0]++;
            tally[1] = Math.min(tally[1], date.toEpochDay());
            tally[2] = Math.max(tally[2], date.toEpochDay());
        }
    }

    private void sales(Day day) {
        SplittableRandom random = day.random;
        double expected = model.expectedOrders(day.date) * Math.exp(archetype.dailyNoise() * random.nextGaussian()
                - archetype.dailyNoise() * archetype.dailyNoise() / 2);
        int orders = poisson(random, expected);
        long[] seconds = new long[orders];
        for (int i = 0; i < orders; i++) {
            seconds[i] = secondOfDay(random);
        }
        Arrays.sort(seconds);
        double priceMultiplier = model.priceMultiplier(day.date);
        var overcharge = plants.on(PlantedEvent.FEE_OVERCHARGE, day.date);
        var personal = plants.on(PlantedEvent.PERSONAL_CODE_BUSINESS, day.date);
        SplittableRandom plantRandom = personal == null ? null
                : Seeds.plant(seed, day.date.toEpochDay(), PlantedEvent.PERSONAL_CODE_BUSINESS.ordinal());
        double kept = decline == null ? 1 : decline.salesKept(day.date);
        SplittableRandom lostRandom = kept >= 1 ? null
                : Seeds.plant(seed, day.date.toEpochDay(), PlantedEvent.CASH_SHORTFALL.ordinal()).split();
        for (int i = 0; i < orders; i++) {
            int c = pick(channelCumulative, random.nextDouble());
            Channel channel = channels[c];
            long cents = ticketCents(random, priceMultiplier);
            Counterparty payer = payer(channel, random);
            boolean personalDraw = personal != null && isWallet(channel.channel) && plantRandom.nextDouble() < 0.4;
            if (lostRandom != null && lostRandom.nextDouble() >= kept) {
                // An order lost to the decline: drawn all the same and its id left unused, so that every other
                // row of the day stays as it was without the decline.
                day.nextId();
                continue;
            }
            long ppm = channel.feePpm;
            List<String> rowLabels = List.of();
            boolean personalCode = false;
            LocalDate settles = day.settlement[channel.lag];
            if (overcharge != null && channel.channel == overcharge.channel()) {
                ppm = overcharge.feePpm();
                rowLabels = labels.get(PlantedEvent.FEE_OVERCHARGE);
                day.plantedRow(PlantedEvent.FEE_OVERCHARGE);
            }
            if (personalDraw) {
                // Paid into the owner's personal QR code: no merchant fee, straight into a personal wallet.
                personalCode = true;
                ppm = 0;
                settles = day.date;
                rowLabels = labels.get(PlantedEvent.PERSONAL_CODE_BUSINESS);
                day.plantedRow(PlantedEvent.PERSONAL_CODE_BUSINESS);
            }
            day.emit(day.nextId(), seconds[i], cents, Direction.IN, TransactionKind.SALE, channel.channel, payer, null,
                    rowLabels, fee(cents, ppm), settles, personalCode, null);
            day.salesCents[c] += cents;
            if (channel == cash) {
                day.cashInTillCents += cents;
            }
        }
    }

    private void refunds(Day day) {
        SplittableRandom random = day.random;
        double recentOrders = 0;
        for (int k = 0; k < REFUND_LAG.length; k++) {
            recentOrders += REFUND_LAG[k] * model.expectedOrders(day.date.minusDays(k));
        }
        int refunds = poisson(random, archetype.refundRate() * model.refundFactor(day.date) * recentOrders);
        double priceMultiplier = model.priceMultiplier(day.date);
        for (int i = 0; i < refunds; i++) {
            Channel channel = channels[pick(channelCumulative, random.nextDouble())];
            long cents = ticketCents(random, priceMultiplier);
            day.emit(day.nextId(), secondOfDay(random), cents, Direction.OUT, TransactionKind.REFUND, channel.channel,
                    payer(channel, random), null, List.of(), null, day.settlement[channel.lag], false, "refund");
            if (channel == cash) {
                day.cashInTillCents -= cents;
            }
        }
        if (card != null) {
            double cardShare = share(card);
            int chargebacks = poisson(random, archetype.chargebackRate() * cardShare * model.expectedOrders(day.date));
            for (int i = 0; i < chargebacks; i++) {
                long cents = ticketCents(random, priceMultiplier);
                day.emit(day.nextId(), secondOfDay(random), cents, Direction.OUT, TransactionKind.CHARGEBACK,
                        card.channel, payer(card, random), null, List.of(), null, day.settlement[card.lag], false,
                        "chargeback");
            }
        }
    }

    private void costs(Day day) {
        SplittableRandom random = day.random;
        LocalDate date = day.date;
        var costs = archetype.costs();
        long epochDay = date.toEpochDay();

        var cogs = costs.cogs();
        if (Math.floorMod(epochDay, cogs.everyDays()) == 0) {
            double total = cogs.ratio() * model.cogsDrift(date) * model.expectedRevenueBefore(date, cogs.everyDays())
                    * keptBefore(date, cogs.everyDays());
            for (int j = 0; j < supplierShares.length; j++) {
                double amount = total * supplierShares[j] * Math.max(0.5, 1 + cogs.noise() * random.nextGaussian());
                day.emit(day.nextId(), 8 * SECONDS_PER_HOUR + random.nextInt(3 * SECONDS_PER_HOUR), cents(amount),
                        Direction.OUT, TransactionKind.COGS, PaymentChannel.BANK_TRANSFER,
                        company("supplier-" + j), invoice(date, random), List.of(), null, date, false,
                        "supplier payment");
            }
        }
        var rent = costs.rent();
        if (date.getDayOfMonth() == rent.dayOfMonth() && (date.getMonthValue() - 1) % rent.everyMonths() == 0) {
            day.emit(day.nextId(), 10 * SECONDS_PER_HOUR, cents(rent.monthlyByTier()[tier - 1] * rent.everyMonths()),
                    Direction.OUT, TransactionKind.RENT, PaymentChannel.BANK_TRANSFER, company(rent.landlord()),
                    invoice(date, random), List.of(), null, date, false,
                    rent.everyMonths() == 1 ? "rent" : "rent for " + rent.everyMonths() + " months");
        }
        var payroll = costs.payroll();
        if (date.getDayOfMonth() == payroll.dayOfMonth()) {
            double wage = payroll.monthlyWageByTier()[tier - 1];
            for (int s = 0; s < staffWageFactors.length; s++) {
                day.emit(day.nextId(), 11 * SECONDS_PER_HOUR + s, cents(wage * staffWageFactors[s]), Direction.OUT,
                        TransactionKind.PAYROLL, PaymentChannel.BANK_TRANSFER,
                        new Counterparty(CounterpartyType.PERSON, "staff-" + Long.toHexString(Seeds.mix(salt + s)), false),
                        null, List.of(), null, date, false, "salary");
            }
        }
        var utilitiesAnomaly = plants.on(PlantedEvent.UTILITIES_ANOMALY, date);
        for (var utility : costs.utilities()) {
            if (date.getDayOfMonth() == utility.dayOfMonth()) {
                double amount = utility.monthly() * utility.monthFactor()[date.getMonthValue() - 1]
                        * (1 + 0.05 * random.nextGaussian());
                List<String> rowLabels = List.of();
                if (utilitiesAnomaly != null) {
                    amount *= 3;
                    rowLabels = labels.get(PlantedEvent.UTILITIES_ANOMALY);
                    day.plantedRow(PlantedEvent.UTILITIES_ANOMALY);
                }
                day.emit(day.nextId(), 9 * SECONDS_PER_HOUR + random.nextInt(8 * SECONDS_PER_HOUR), cents(amount),
                        Direction.OUT, TransactionKind.UTILITIES, PaymentChannel.BANK_TRANSFER, company(utility.payee()),
                        invoice(date, random), rowLabels, null, date, false, utility.name());
            }
        }
        var marketing = costs.marketing();
        if (marketing != null && Math.floorMod(epochDay, marketing.everyDays()) == 0) {
            double amount = marketing.ratio() * model.expectedRevenueBefore(date, marketing.everyDays())
                    * Math.max(0.5, 1 + 0.1 * random.nextGaussian());
            day.emit(day.nextId(), 9 * SECONDS_PER_HOUR + random.nextInt(SECONDS_PER_HOUR), cents(amount),
                    Direction.OUT, TransactionKind.MARKETING, PaymentChannel.BANK_TRANSFER, company(marketing.payee()),
                    invoice(date, random), List.of(), null, date, false, "advertising");
        }
        var tax = costs.tax();
        if (date.getDayOfMonth() == tax.dayOfMonth() && (date.getMonthValue() - 1) % 3 == 0) {
            LocalDate quarterStart = date.withDayOfMonth(1).minusMonths(3);
            double revenue = 0;
            for (LocalDate d = quarterStart; d.isBefore(date.withDayOfMonth(1)); d = d.plusDays(1)) {
                revenue += model.expectedRevenue(d);
            }
            if (revenue > tax.exemptQuarterlySales()) {
                // Sales include VAT: the tax is rate/(1+rate) of them.
                day.emit(day.nextId(), 14 * SECONDS_PER_HOUR, cents(revenue * tax.vatRate() / (1 + tax.vatRate())),
                        Direction.OUT, TransactionKind.TAX, PaymentChannel.BANK_TRANSFER,
                        company("State Taxation Administration"), null, List.of(), null, date, false,
                        "VAT for the quarter");
            }
        }
        var commission = costs.platformCommission();
        for (int c = 0; c < channels.length; c++) {
            Channel channel = channels[c];
            if (channel.commission > 0 && day.salesCents[c] > 0) {
                day.emit(day.nextId(), 24 * SECONDS_PER_HOUR - 300, Math.round(day.salesCents[c] * channel.commission),
                        Direction.OUT, TransactionKind.PLATFORM_COMMISSION, channel.channel,
                        company(commission.platform()), null, List.of(), null, day.settlement[channel.lag], false,
                        commission.platform() + " commission");
            }
        }
    }

    /** The average share of orders kept over the {@code days} days before {@code date}: 1 without a decline. */
    private double keptBefore(LocalDate date, int days) {
        if (decline == null) {
            return 1;
        }
        double kept = 0;
        for (int k = 1; k <= days; k++) {
            kept += decline.salesKept(date.minusDays(k));
        }
        return kept / days;
    }

    /** The till's takings go to the bank: a deposit into the account and the matching transfer out of the till. */
    private void cashDeposit(Day day) {
        if (cash == null || plants.on(PlantedEvent.STRUCTURING, day.date) != null) {
            return;
        }
        long deposit = day.cashInTillCents / 10_000 * 10_000;
        if (deposit <= 0) {
            return;
        }
        long second = archetype.cash().hour() * SECONDS_PER_HOUR + day.random.nextInt(SECONDS_PER_HOUR / 2);
        day.emit(day.nextId(), second, deposit, Direction.IN, TransactionKind.CASH_DEPOSIT, PaymentChannel.CASH,
                null, null, List.of(), null, day.date, false, "till takings deposited");
        day.emit(day.nextId(), second, deposit, Direction.OUT, TransactionKind.TRANSFER, PaymentChannel.CASH,
                null, null, List.of(), null, day.date, false, "till emptied to the bank");
    }

    private void plantedRows(Day day) {
        if (plants.isEmpty()) {
            return;
        }
        LocalDate date = day.date;
        for (var plant : plants.all()) {
            if (!plant.covers(date)) {
                continue;
            }
            PlantedEvent event = plant.event();
            SplittableRandom random = Seeds.plant(seed, date.toEpochDay(), event.ordinal());
            String prefix = day.idPrefix + "p" + event.ordinal() + "-";
            List<String> rowLabels = labels.get(event);
            switch (event) {
                case LARGE_CASH_DEPOSIT -> {
                    long cents = (520 + random.nextInt(361)) * 10_000L;
                    day.emit(prefix + 0, 10 * SECONDS_PER_HOUR + random.nextInt(5 * SECONDS_PER_HOUR), cents,
                            Direction.IN, TransactionKind.CASH_DEPOSIT, PaymentChannel.CASH, null, null, rowLabels, null,
                            date, false, "cash deposit");
                    day.plantedRow(event);
                }
                case STRUCTURING -> {
                    long cents = (450 + random.nextInt(50)) * 10_000L;
                    day.emit(prefix + 0, 10 * SECONDS_PER_HOUR + random.nextInt(5 * SECONDS_PER_HOUR), cents,
                            Direction.IN, TransactionKind.CASH_DEPOSIT, PaymentChannel.CASH, null, null, rowLabels, null,
                            date, false, "cash deposit");
                    day.plantedRow(event);
                }
                case CARD_CASH_OUT -> {
                    Counterparty sameCard = new Counterparty(CounterpartyType.PERSON, plant.cardId(), false);
                    for (int k = 0; k < plant.countOn(date); k++) {
                        long cents = plant.limitCents() - (1 + random.nextInt(5)) * 10_000L;
                        day.emit(prefix + k, random.nextInt(5 * SECONDS_PER_HOUR), cents, Direction.IN,
                                TransactionKind.SALE, card.channel, sameCard, null, rowLabels, fee(cents, card.feePpm),
                                day.settlement[card.lag], false, null);
                        day.plantedRow(event);
                    }
                }
                case REFUND_CHARGEBACK_SPIKE -> {
                    double priceMultiplier = model.priceMultiplier(date);
                    int chargebacks = plant.countOn(date);
                    for (int k = 0; k < chargebacks + (chargebacks + 1) / 2; k++) {
                        long cents = ticketCents(random, priceMultiplier);
                        boolean chargeback = k < chargebacks;
                        day.emit(prefix + k, secondOfDay(random), cents, Direction.OUT,
                                chargeback ? TransactionKind.CHARGEBACK : TransactionKind.REFUND, card.channel,
                                payer(card, random), null, rowLabels, null, day.settlement[card.lag], false,
                                chargeback ? "chargeback" : "refund");
                        day.plantedRow(event);
                    }
                }
                case CASH_SHORTFALL -> {
                    // handled below: the decline outlives its planned day until the balance is below zero
                }
                default -> {
                    // The others change regular rows (fees, personal codes, utilities) or the merchant (licences).
                }
            }
        }
        long promotion = decline == null ? 0 : decline.promotionCents();
        if (promotion > 0) {
            SplittableRandom random = Seeds.plant(seed, date.toEpochDay(), PlantedEvent.CASH_SHORTFALL.ordinal());
            var marketing = archetype.costs().marketing();
            day.emit(day.idPrefix + "p" + PlantedEvent.CASH_SHORTFALL.ordinal() + "-0",
                    9 * SECONDS_PER_HOUR + random.nextInt(SECONDS_PER_HOUR), promotion, Direction.OUT,
                    TransactionKind.MARKETING, PaymentChannel.BANK_TRANSFER,
                    company(marketing != null ? marketing.payee() : "local promotion"), invoice(date, random),
                    labels.get(PlantedEvent.CASH_SHORTFALL), null, date, false,
                    "promotion to win customers back");
            day.plantedRow(PlantedEvent.CASH_SHORTFALL);
        }
    }

    private Counterparty payer(Channel channel, SplittableRandom random) {
        if (channel == cash) {
            return null;
        }
        double u = random.nextDouble();
        long customer = (long) (customerPool * u * u);
        return new Counterparty(CounterpartyType.PERSON, channel.prefix + Long.toHexString(Seeds.mix(salt + customer)),
                false);
    }

    private Counterparty company(String name) {
        return new Counterparty(CounterpartyType.COMPANY,
                "co-" + Long.toHexString(Seeds.mix(salt ^ name.hashCode())), false);
    }

    /** A 20-digit fully digital invoice number (全电发票): year, then digits. */
    private static String invoice(LocalDate date, SplittableRandom random) {
        return String.format("%02d%018d", date.getYear() % 100, random.nextLong(1_000_000_000_000_000_000L));
    }

    private long ticketCents(SplittableRandom random, double priceMultiplier) {
        var ticket = archetype.ticket();
        double amount = Math.exp(mu + sigma * random.nextGaussian());
        amount = Math.min(Math.max(amount, ticket.min()), ticket.max()) * priceMultiplier;
        return Math.max(1, Math.round(amount * 100));
    }

    private long secondOfDay(SplittableRandom random) {
        int hour = pick(hourCumulative, random.nextDouble());
        return (long) hour * SECONDS_PER_HOUR + random.nextInt(SECONDS_PER_HOUR);
    }

    /** The fee in cents, rounded half up, or null when the channel charges nothing. */
    private static Long fee(long cents, long ppm) {
        if (ppm == 0) {
            return null;
        }
        long fee = (cents * ppm + MILLION / 2) / MILLION;
        return fee == 0 ? null : fee;
    }

    private static long cents(double amount) {
        return Math.round(amount * 100);
    }

    private double share(Channel channel) {
        for (int c = 0; c < channels.length; c++) {
            if (channels[c] == channel) {
                return channelCumulative[c] - (c == 0 ? 0 : channelCumulative[c - 1]);
            }
        }
        return 0;
    }

    private Channel find(PaymentChannel channel) {
        return Arrays.stream(channels).filter(c -> c.channel == channel).findFirst().orElse(null);
    }

    private static boolean isWallet(PaymentChannel channel) {
        return channel == PaymentChannel.WECHAT_PAY || channel == PaymentChannel.ALIPAY;
    }

    private static String prefix(PaymentChannel channel) {
        return switch (channel) {
            case WECHAT_PAY -> "wx-";
            case ALIPAY -> "ali-";
            case UNIONPAY_CARD -> "card-";
            case DELIVERY_PLATFORM -> "dlv-";
            default -> "p-";
        };
    }

    /** Poisson draws: exact for small means, normal approximation above 30. */
    private static int poisson(SplittableRandom random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }

    private static double[] cumulative(double[] weights) {
        double total = Arrays.stream(weights).sum();
        double[] cumulative = new double[weights.length];
        double running = 0;
        for (int i = 0; i < weights.length; i++) {
            running += weights[i] / total;
            cumulative[i] = running;
        }
        cumulative[weights.length - 1] = 1.0;
        return cumulative;
    }

    private static int pick(double[] cumulative, double u) {
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }
}
