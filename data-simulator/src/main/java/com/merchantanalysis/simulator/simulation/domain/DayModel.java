package com.merchantanalysis.simulator.simulation.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.merchantanalysis.common.calendar.ChineseCalendar;
import com.merchantanalysis.common.calendar.DayType;
import com.merchantanalysis.common.calendar.Festival;
import com.merchantanalysis.common.calendar.ShoppingFestival;
import com.merchantanalysis.simulator.archetype.domain.Archetype;

/**
 * The expected business of a merchant on a day, before randomness: orders (weekday, holidays, Spring
 * Festival, shopping festivals, paydays) and the mean ticket (city tier, yearly price drift). Costs are
 * derived from these expectations rather than from the generated sales, so that every day can be
 * generated on its own.
 */
public final class DayModel {

    private static final int MEMO_DAYS = 128;

    private final Archetype archetype;
    private final ChineseCalendar calendar;
    private final double priceFactor;
    private final double workdayFactor;
    private final double weekendFactor;
    private final Map<LocalDate, Double> ordersMemo = new LinkedHashMap<>(MEMO_DAYS * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LocalDate, Double> eldest) {
            return size() > MEMO_DAYS;
        }
    };

    public DayModel(Archetype archetype, ChineseCalendar calendar, int cityTier) {
        this.archetype = archetype;
        this.calendar = calendar;
        this.priceFactor = archetype.tierFactor(cityTier);
        double[] weekday = archetype.weekday();
        this.workdayFactor = (weekday[0] + weekday[1] + weekday[2] + weekday[3] + weekday[4]) / 5;
        this.weekendFactor = (weekday[5] + weekday[6]) / 2;
    }

    public Archetype archetype() {
        return archetype;
    }

    /** Expected number of orders on the day. */
    public double expectedOrders(LocalDate date) {
        return ordersMemo.computeIfAbsent(date, d -> archetype.ordersPerDay() * orderFactor(d));
    }

    /** Expected mean ticket on the day (CNY): tier and yearly drift applied. */
    public double meanTicket(LocalDate date) {
        return archetype.ticket().mean() * priceMultiplier(date);
    }

    /** Multiplier of the archetype's ticket parameters on the day (tier times yearly drift). */
    public double priceMultiplier(LocalDate date) {
        return priceFactor * Math.pow(1 + archetype.ticket().annualDrift(), yearsSinceReference(date));
    }

    /** Expected sales (CNY) on the day. */
    public double expectedRevenue(LocalDate date) {
        return expectedOrders(date) * meanTicket(date);
    }

    /** Expected sales over {@code days} days ending the day before {@code date}. */
    public double expectedRevenueBefore(LocalDate date, int days) {
        double total = 0;
        for (int k = 1; k <= days; k++) {
            total += expectedRevenue(date.minusDays(k));
        }
        return total;
    }

    /** Supplier prices relative to the reference date: the COGS ratio drifts up by this factor. */
    public double cogsDrift(LocalDate date) {
        return Math.pow(1 + archetype.costs().cogs().annualDrift(), yearsSinceReference(date));
    }

    /** How much busier than an average day this day is expected to be. */
    public double orderFactor(LocalDate date) {
        var effects = archetype.calendar();
        DayType type = calendar.dayType(date);
        double factor = switch (type) {
            case WORKDAY, WEEKEND -> archetype.weekday()[date.getDayOfWeek().getValue() - 1];
            case MAKEUP_WORKDAY -> workdayFactor;
            case HOLIDAY -> weekendFactor * holidayFactor(calendar.holiday(date));
        };
        long fromNewYear = calendar.daysFromSpringFestival(date);
        for (Archetype.Window window : effects.springFestival()) {
            if (fromNewYear >= window.fromDay() && fromNewYear <= window.toDay()) {
                factor *= window.factor();
                // The shape replaces the generic holiday factor inside the Spring Festival break.
                if (type == DayType.HOLIDAY) {
                    factor /= holidayFactor(calendar.holiday(date));
                }
                break;
            }
        }
        factor *= shoppingFactor(date);
        var paydays = effects.paydays();
        for (int payday : paydays.days()) {
            int since = date.getDayOfMonth() - payday;
            if (since >= 0 && since < paydays.lengthDays()) {
                factor *= paydays.factor();
                break;
            }
        }
        return factor;
    }

    /** How much the refund rate rises on the day (the refund tail after 618 and Double 11). */
    public double refundFactor(LocalDate date) {
        return calendar.shoppingFestival(date).filter(f -> f.phase() == ShoppingFestival.Phase.REFUND_TAIL)
                .map(f -> archetype.calendar().shoppingFestivals().refundTailRefundFactor()).orElse(1.0);
    }

    private double shoppingFactor(LocalDate date) {
        Optional<ShoppingFestival> festival = calendar.shoppingFestival(date);
        if (festival.isEmpty()) {
            return 1;
        }
        var factors = archetype.calendar().shoppingFestivals();
        return switch (festival.get().phase()) {
            case PRESALE -> factors.presale();
            case PEAK -> isLastPeakDay(date, festival.get()) ? factors.peak() : factors.peakWindow();
            case REFUND_TAIL -> factors.refundTail();
        };
    }

    private boolean isLastPeakDay(LocalDate date, ShoppingFestival festival) {
        return !calendar.shoppingFestival(date.plusDays(1)).filter(festival::equals).isPresent();
    }

    private double holidayFactor(Optional<Festival> festival) {
        var effects = archetype.calendar();
        return festival.filter(f -> f == Festival.LABOUR_DAY || f == Festival.NATIONAL_DAY)
                .map(f -> effects.goldenWeekFactor()).orElse(effects.holidayFactor());
    }

    private double yearsSinceReference(LocalDate date) {
        return ChronoUnit.DAYS.between(archetype.costs().referenceDate(), date) / 365.25;
    }
}
