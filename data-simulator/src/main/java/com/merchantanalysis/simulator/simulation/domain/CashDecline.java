package com.merchantanalysis.simulator.simulation.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * A planted cash shortfall as it happens to real merchants: from its first day sales fall (customers
 * lost to a new competitor, a share of orders that grows over {@link #RAMP_DAYS} days; supplier bills
 * shrink with them, rent, payroll and utilities do not), and the owner pays a new daily promotion that
 * rises a little every day. Nothing about it is sudden, so a forecast made a week before can see the
 * balance heading for zero.
 *
 * <p>Both are sized on the first day from the balance and the days the merchant would have had without
 * the decline (simulated ahead, rent and payroll days included), so that the balance reaches zero about
 * the planned day: the lost share (at most {@link #MAX_SALES_LOST}) so that the lost margin alone does
 * not get there first, the promotion's daily rise for the rest. The rise is planned again each week from
 * the balance then, until two weeks are left. The promotion keeps rising until the balance ends a day
 * below zero (recorded as {@link #floorCrossedOn()}), then stops; the lost sales stay lost.
 */
final class CashDecline {

    /** The largest share of orders lost once the decline is fully under way... */
    static final double MAX_SALES_LOST = 0.4;
    /** ...and the smallest. */
    private static final double MIN_SALES_LOST = 0.15;
    /** Days over which the lost share grows from nothing to its full size. */
    static final int RAMP_DAYS = 28;
    /** The balance is aimed this many average days of sales below zero on the planned day, so it does cross. */
    private static final double AIM_BELOW_DAYS = 0.5;
    /** The promotion rises at least this share of a day's sales per day, so the new cost is always there. */
    private static final double MIN_RISE_SHARE = 0.001;
    /** The rise is planned again every this many days... */
    private static final int REPLAN_DAYS = 7;
    /** ...while at least this many days are left to the planned day, so the last weeks rise steadily. */
    private static final int LAST_PLAN_DAYS = 14;

    private final LocalDate start;
    private final LocalDate planned;
    private long[] usualNet;
    private long[] usualSales;
    private double averageSales;
    private double marginShare;
    private double salesLost;
    private long risePerDayCents = -1;
    private long promotionCents;
    private LocalDate crossedOn;

    CashDecline(LocalDate start, LocalDate planned) {
        this.start = start;
        this.planned = planned;
    }

    /** Whether the decline has begun on {@code date}. */
    boolean under(LocalDate date) {
        return !date.isBefore(start);
    }

    boolean begun() {
        return risePerDayCents >= 0;
    }

    /** Days from the first day to the planned one, both included. */
    int days() {
        return (int) ChronoUnit.DAYS.between(start, planned) + 1;
    }

    /**
     * Sizes the decline on its first day.
     *
     * @param balanceCents  the balance at the start of the first day
     * @param usualNet      net cash of each day from the first to the planned one without the decline (cents)
     * @param usualSales    sales of those days without the decline (cents)
     * @param marginShare   the share of a lost sale's money that is lost cash (what the supplier is not paid for)
     */
    void begin(long balanceCents, long[] usualNet, long[] usualSales, double marginShare) {
        this.usualNet = usualNet.clone();
        this.usualSales = usualSales.clone();
        this.marginShare = marginShare;
        this.averageSales = Math.max(1, Arrays.stream(usualSales).average().orElse(0));
        // The lost share that, with the least promotion, would just reach the aim on the planned day.
        int days = days();
        double lostIfAll = 0;
        for (int d = 0; d < days; d++) {
            lostIfAll += ramp(d) * usualSales[d] * marginShare;
        }
        double leastPromotion = MIN_RISE_SHARE * averageSales * days * (days + 1) / 2.0;
        double toLose = Math.max(balanceCents, 0) + Arrays.stream(usualNet).sum() - leastPromotion
                + AIM_BELOW_DAYS * averageSales;
        this.salesLost = Math.min(MAX_SALES_LOST, Math.max(MIN_SALES_LOST, toLose / Math.max(1, lostIfAll)));
        this.risePerDayCents = 0;
    }

    /** How far the loss has grown on the {@code d}-th day under way: from 1/RAMP_DAYS to all of it. */
    private static double ramp(long d) {
        return Math.min(1.0, (d + 1.0) / RAMP_DAYS);
    }

    /** The share of the day's orders still made on {@code date} (and bought from suppliers). */
    double salesKept(LocalDate date) {
        if (!under(date) || !begun()) {
            return 1;
        }
        return 1 - salesLost * ramp(ChronoUnit.DAYS.between(start, date));
    }

    /**
     * Sets the day's promotion (cents), planning the rise again when due: what the balance at the start of
     * {@code date} and the expected days up to the planned one leave to be spent, spread as a steady rise.
     */
    void startOfDay(LocalDate date, long balanceCents) {
        if (!under(date) || !begun() || crossedOn != null) {
            promotionCents = 0;
            return;
        }
        int day = (int) ChronoUnit.DAYS.between(start, date);
        int left = days() - day;
        if (day % REPLAN_DAYS == 0 && left >= LAST_PLAN_DAYS) {
            double net = 0;
            for (int d = day; d < day + left; d++) {
                net += usualNet[d] - salesLost * ramp(d) * usualSales[d] * marginShare;
            }
            double spend = Math.max(balanceCents, 0) + net + AIM_BELOW_DAYS * averageSales - left * promotionCents;
            double rise = spend / (left * (left + 1) / 2.0);
            risePerDayCents = Math.round(Math.max(rise, MIN_RISE_SHARE * averageSales));
        }
        promotionCents += risePerDayCents;
    }

    /** The promotion paid on the day last started (cents): zero outside the decline and once below zero. */
    long promotionCents() {
        return promotionCents;
    }

    /** Records the first day under way that ends with the balance below zero. */
    void endOfDay(LocalDate date, long balanceCents) {
        if (crossedOn == null && under(date) && balanceCents < 0) {
            crossedOn = date;
        }
    }

    /** The share of orders lost once under way (set on the first day). */
    double salesLost() {
        return salesLost;
    }

    long risePerDayCents() {
        return risePerDayCents;
    }

    /** The day the balance first ended below zero, or null. */
    LocalDate floorCrossedOn() {
        return crossedOn;
    }
}
