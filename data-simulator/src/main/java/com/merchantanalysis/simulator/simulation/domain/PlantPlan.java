package com.merchantanalysis.simulator.simulation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.merchantanalysis.common.data.ChannelContract;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.PlantedEvent;
import com.merchantanalysis.common.web.InvalidFieldException;

/**
 * The planted events of one simulation, resolved against its period and the merchant: each event's
 * days, and the choices made once for the whole event (how many transactions, which card, which
 * channel). Invalid requests are refused naming the field, e.g. {@code inject[1].from}.
 */
public final class PlantPlan {

    /** Cash deposits are counted against this limit (PBOC large-value cash report, 50,000 CNY). */
    static final long LARGE_CASH_CENTS = 5_000_000;
    /** Planted fee overcharges add this much to the contracted rate unless a rate is given: 0.6% -> 0.8%. */
    static final BigDecimal DEFAULT_OVERCHARGE = new BigDecimal("0.002");
    private static final int CARD_CASH_OUT_DAYS = 14;
    private static final int PERSONAL_CODE_DAYS = 30;
    private static final int FEE_OVERCHARGE_DAYS = 60;
    private static final int STRUCTURING_MAX_DEPOSITS = 5;
    /** A planted cash shortfall: by default the balance is meant to reach zero this many days after it starts. */
    private static final int SHORTFALL_DAYS = 84;
    /** ...and never fewer: a decline that a forecast can see takes weeks. */
    private static final int SHORTFALL_MIN_DAYS = 14;

    /**
     * One planted event.
     *
     * @param count      transactions to plant over the window (events that add rows)
     * @param feePpm     FEE_OVERCHARGE: charged rate in millionths
     * @param cardId     CARD_CASH_OUT: the hashed card used every time
     * @param limitCents CARD_CASH_OUT: the limit the amounts stay just under
     */
    public record Plant(PlantedEvent event, LocalDate from, LocalDate to, PaymentChannel channel, long feePpm,
            int count, String cardId, long limitCents) {

        boolean covers(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }

        int days() {
            return (int) ChronoUnit.DAYS.between(from, to) + 1;
        }

        /** This day's share of {@code count}, spread evenly over the window. */
        int countOn(LocalDate date) {
            long i = ChronoUnit.DAYS.between(from, date);
            int days = days();
            return (int) ((count * (i + 1)) / days - (count * i) / days);
        }
    }

    private final Map<PlantedEvent, Plant> plants;

    private PlantPlan(Map<PlantedEvent, Plant> plants) {
        this.plants = plants;
    }

    public static PlantPlan none() {
        return new PlantPlan(Map.of());
    }

    public Collection<Plant> all() {
        return plants.values();
    }

    public Optional<Plant> get(PlantedEvent event) {
        return Optional.ofNullable(plants.get(event));
    }

    /** The plant of {@code event} if it covers {@code date}, else null. */
    Plant on(PlantedEvent event, LocalDate date) {
        Plant plant = plants.get(event);
        return plant != null && plant.covers(date) ? plant : null;
    }

    public boolean isEmpty() {
        return plants.isEmpty();
    }

    /** The same plan without {@code event}. */
    PlantPlan without(PlantedEvent event) {
        Map<PlantedEvent, Plant> rest = new EnumMap<>(PlantedEvent.class);
        rest.putAll(plants);
        rest.remove(event);
        return new PlantPlan(rest);
    }

    /**
     * Resolves the requested events for a simulation of {@code from..to}.
     *
     * @param meanTicket the merchant's usual ticket (CNY), which card cash-out amounts must dwarf
     */
    public static PlantPlan resolve(List<InjectSpec> specs, LocalDate from, LocalDate to, MerchantDocument merchant,
            long seed, double meanTicket) {
        Map<PlantedEvent, Plant> plants = new EnumMap<>(PlantedEvent.class);
        for (int i = 0; i < specs.size(); i++) {
            InjectSpec spec = specs.get(i);
            String field = "inject[" + i + "]";
            if (spec == null || spec.event() == null) {
                throw new InvalidFieldException(field + ".event", "is required");
            }
            if (plants.containsKey(spec.event())) {
                throw new InvalidFieldException(field + ".event", spec.event() + " is listed more than once");
            }
            plants.put(spec.event(), resolve(spec, field, from, to, merchant, seed, meanTicket));
        }
        return new PlantPlan(plants);
    }

    private static Plant resolve(InjectSpec spec, String field, LocalDate from, LocalDate to, MerchantDocument merchant,
            long seed, double meanTicket) {
        PlantedEvent event = spec.event();
        var random = Seeds.setup(seed, event.ordinal());
        return switch (event) {
            case LARGE_CASH_DEPOSIT -> {
                LocalDate day = start(spec, field, from, to, 1);
                yield new Plant(event, day, day, PaymentChannel.CASH, 0, 1, null, 0);
            }
            case CASH_SHORTFALL -> {
                // from: the decline's first day; to: the day the balance is meant to be below zero by.
                LocalDate first = start(spec, field, from, to, spec.to() == null ? SHORTFALL_DAYS : SHORTFALL_MIN_DAYS);
                LocalDate planned = spec.to() != null ? spec.to() : first.plusDays(SHORTFALL_DAYS - 1);
                if (planned.isBefore(first.plusDays(SHORTFALL_MIN_DAYS - 1)) || planned.isAfter(to)) {
                    throw new InvalidFieldException(field + ".to", "must be at least " + SHORTFALL_MIN_DAYS
                            + " days from the decline's first day " + first + " and not after the period's end " + to);
                }
                yield new Plant(event, first, planned, PaymentChannel.BANK_TRANSFER, 0, 0, null, 0);
            }
            case STRUCTURING -> {
                int deposits = random.nextInt(3, STRUCTURING_MAX_DEPOSITS + 1);
                LocalDate first = start(spec, field, from, to, STRUCTURING_MAX_DEPOSITS);
                yield new Plant(event, first, first.plusDays(deposits - 1), PaymentChannel.CASH, 0, deposits, null, 0);
            }
            case CARD_CASH_OUT -> {
                ChannelContract card = channel(merchant, PaymentChannel.UNIONPAY_CARD, field);
                LocalDate first = start(spec, field, from, to, CARD_CASH_OUT_DAYS);
                long limit = meanTicket * 20 < 20_000 ? 20_000 : 50_000;
                String cardId = "card-" + Long.toHexString(Seeds.mix(seed ^ random.nextLong()));
                yield new Plant(event, first, first.plusDays(CARD_CASH_OUT_DAYS - 1), card.channel(), 0,
                        random.nextInt(10, 17), cardId, limit * 100);
            }
            case REFUND_CHARGEBACK_SPIKE -> {
                channel(merchant, PaymentChannel.UNIONPAY_CARD, field);
                YearMonth month = month(spec, field, from, to);
                yield new Plant(event, month.atDay(1), month.atEndOfMonth(), PaymentChannel.UNIONPAY_CARD, 0,
                        random.nextInt(110, 141), null, 0);
            }
            case UTILITIES_ANOMALY -> {
                YearMonth month = month(spec, field, from, to);
                yield new Plant(event, month.atDay(1), month.atEndOfMonth(), PaymentChannel.BANK_TRANSFER, 0, 0, null, 0);
            }
            case PERSONAL_CODE_BUSINESS -> {
                PaymentChannel channel = merchant.channels().stream().map(ChannelContract::channel)
                        .filter(c -> c == PaymentChannel.WECHAT_PAY || c == PaymentChannel.ALIPAY).findFirst()
                        .orElseThrow(() -> new InvalidFieldException(field + ".event",
                                "needs the merchant to take WECHAT_PAY or ALIPAY"));
                LocalDate first = start(spec, field, from, to, 1);
                yield new Plant(event, first, end(spec, field, first, to, PERSONAL_CODE_DAYS), channel, 0, 0, null, 0);
            }
            case FEE_OVERCHARGE -> {
                ChannelContract contract = spec.channel() != null ? channel(merchant, spec.channel(), field + ".channel")
                        : merchant.channels().stream().filter(c -> c.feeRate().signum() > 0).findFirst()
                                .orElseThrow(() -> new InvalidFieldException(field + ".channel",
                                        "the merchant has no channel that charges a fee"));
                BigDecimal rate = spec.feeRate() != null ? spec.feeRate() : contract.feeRate().add(DEFAULT_OVERCHARGE);
                if (rate.compareTo(contract.feeRate()) <= 0 || rate.compareTo(new BigDecimal("0.2")) > 0
                        || rate.scale() > 6) {
                    throw new InvalidFieldException(field + ".feeRate", "must be above the contracted "
                            + contract.feeRate().toPlainString() + ", at most 0.2, with at most 6 decimals");
                }
                LocalDate first = start(spec, field, from, to, 1);
                yield new Plant(event, first, end(spec, field, first, to, FEE_OVERCHARGE_DAYS), contract.channel(),
                        ppm(rate), 0, null, 0);
            }
            case EXPIRING_LICENCE -> new Plant(event, to, to, null, 0, 0, null, 0);
        };
    }

    private static long ppm(BigDecimal rate) {
        return rate.movePointRight(6).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    private static ChannelContract channel(MerchantDocument merchant, PaymentChannel channel, String field) {
        return merchant.channels().stream().filter(c -> c.channel() == channel).findFirst()
                .orElseThrow(() -> new InvalidFieldException(field.endsWith(".channel") ? field : field + ".event",
                        "needs the merchant to take " + channel));
    }

    /** The event's first day: as requested, or a month into the period; the event must fit in the period. */
    private static LocalDate start(InjectSpec spec, String field, LocalDate from, LocalDate to, int days) {
        long periodDays = ChronoUnit.DAYS.between(from, to) + 1;
        if (periodDays < days) {
            throw new InvalidFieldException(field + ".event", spec.event() + " needs a period of at least " + days
                    + " days");
        }
        LocalDate first = spec.from() != null ? spec.from() : from.plusDays(Math.min(30, (periodDays - days) / 2));
        if (first.isBefore(from) || first.plusDays(days - 1).isAfter(to)) {
            throw new InvalidFieldException(field + ".from", "must leave " + days + " day(s) for " + spec.event()
                    + " inside the simulated period " + from + ".." + to);
        }
        return first;
    }

    private static LocalDate end(InjectSpec spec, String field, LocalDate first, LocalDate to, int defaultDays) {
        LocalDate last = spec.to() != null ? spec.to() : min(first.plusDays(defaultDays - 1), to);
        if (last.isBefore(first) || last.isAfter(to)) {
            throw new InvalidFieldException(field + ".to", "must be between " + first + " and the period's end " + to);
        }
        return last;
    }

    /** A whole calendar month inside the period: the month of {@code from}, or the first full one. */
    private static YearMonth month(InjectSpec spec, String field, LocalDate from, LocalDate to) {
        YearMonth month = spec.from() != null ? YearMonth.from(spec.from())
                : YearMonth.from(from.getDayOfMonth() == 1 ? from : from.plusMonths(1));
        if (month.atDay(1).isBefore(from) || month.atEndOfMonth().isAfter(to)) {
            throw new InvalidFieldException(spec.from() != null ? field + ".from" : field + ".event",
                    spec.event() + " needs a whole calendar month inside the simulated period " + from + ".." + to);
        }
        return month;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
