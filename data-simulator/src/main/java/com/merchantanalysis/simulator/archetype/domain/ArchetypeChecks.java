package com.merchantanalysis.simulator.archetype.domain;

import java.math.BigDecimal;
import java.util.EnumSet;

import com.merchantanalysis.common.data.PaymentChannel;

/** What makes an archetype file usable; mistakes are reported with the file and the field. */
final class ArchetypeChecks {

    private ArchetypeChecks() {
    }

    static void check(String file, Archetype a) {
        require(file, a.name() != null && a.name().matches("[a-z][a-z0-9-]{1,40}"), "name",
                "must be lower-case letters, digits and '-'");
        require(file, a.industry() != null, "industry", "is required");
        require(file, a.defaults() != null && a.defaults().cityTier() >= 1 && a.defaults().cityTier() <= 5
                && a.defaults().openingDate() != null && a.defaults().openingCashBalance() != null,
                "defaults", "needs cityTier 1-5, openingDate and openingCashBalance");
        require(file, a.ticket() != null && a.ticket().mean() > 0 && a.ticket().sd() > 0
                && a.ticket().min() < a.ticket().mean() && a.ticket().max() > a.ticket().mean(), "ticket",
                "needs mean > 0, sd > 0 and min < mean < max");
        require(file, a.ordersPerDay() > 0, "ordersPerDay", "must be positive");
        require(file, length(a.tierScale()) == 5, "tierScale", "needs 5 factors (tiers 1-5)");
        require(file, length(a.hourly()) == 24, "hourly", "needs 24 weights");
        require(file, length(a.weekday()) == 7, "weekday", "needs 7 factors (Monday first)");
        require(file, a.channels() != null && !a.channels().isEmpty(), "channels", "is required");
        double shares = 0;
        EnumSet<PaymentChannel> seen = EnumSet.noneOf(PaymentChannel.class);
        for (var channel : a.channels()) {
            require(file, seen.add(channel.channel()), "channels", "lists " + channel.channel() + " twice");
            require(file, channel.feeRate() != null && channel.feeRate().signum() >= 0
                    && channel.feeRate().compareTo(new BigDecimal("0.2")) <= 0 && channel.feeRate().scale() <= 6,
                    "channels." + channel.channel(), "feeRate must be 0..0.2 with at most 6 decimals");
            shares += channel.share();
        }
        require(file, Math.abs(shares - 1) < 1e-6, "channels", "shares must add up to 1, not " + shares);
        require(file, a.refundRate() >= 0 && a.refundRate() < 0.5, "refundRate", "must be in [0, 0.5)");
        var costs = a.costs();
        require(file, costs != null && costs.referenceDate() != null && costs.cogs() != null && costs.rent() != null
                && costs.payroll() != null && costs.utilities() != null && costs.tax() != null, "costs",
                "needs referenceDate, cogs, rent, payroll, utilities and tax");
        require(file, costs.cogs().everyDays() >= 1 && costs.cogs().suppliers() >= 1, "costs.cogs",
                "needs everyDays >= 1 and suppliers >= 1");
        require(file, length(costs.rent().monthlyByTier()) == 5 && costs.rent().everyMonths() >= 1
                && validDay(costs.rent().dayOfMonth()), "costs.rent", "needs 5 amounts, everyMonths, dayOfMonth 1-28");
        require(file, length(costs.payroll().monthlyWageByTier()) == 5 && validDay(costs.payroll().dayOfMonth()),
                "costs.payroll", "needs 5 wages and dayOfMonth 1-28");
        for (var utility : costs.utilities()) {
            require(file, length(utility.monthFactor()) == 12 && validDay(utility.dayOfMonth()),
                    "costs.utilities." + utility.name(), "needs 12 month factors and dayOfMonth 1-28");
        }
        require(file, costs.marketing() == null || costs.marketing().everyDays() >= 1, "costs.marketing",
                "needs everyDays >= 1");
        require(file, validDay(costs.tax().dayOfMonth()), "costs.tax", "needs dayOfMonth 1-28");
        require(file, a.cash() != null && a.cash().hour() >= 0 && a.cash().hour() < 24,
                "cash", "needs hour 0-23");
        require(file, a.calendar() != null && a.calendar().springFestival() != null
                && a.calendar().shoppingFestivals() != null && a.calendar().paydays() != null, "calendar",
                "needs springFestival, shoppingFestivals and paydays");
    }

    private static boolean validDay(int day) {
        return day >= 1 && day <= 28;
    }

    private static int length(double[] values) {
        return values == null ? -1 : values.length;
    }

    private static void require(String file, boolean ok, String field, String message) {
        if (!ok) {
            throw new IllegalStateException("Archetype file " + file + ": " + field + " " + message);
        }
    }
}
