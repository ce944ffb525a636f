package com.merchantanalysis.simulator.archetype.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.simulator.archetype.domain.Archetype;

/** An archetype as clients see it: what a merchant created from it gets and how it sells. */
record ArchetypeView(
        String name,
        String displayName,
        Industry industry,
        String version,
        LocalDate effectiveFrom,
        String defaultCity,
        int defaultCityTier,
        BigDecimal defaultOpeningCashBalance,
        String size,
        BigDecimal meanTicket,
        double ordersPerDay,
        double refundRate,
        List<ChannelShareView> channels) {

    record ChannelShareView(PaymentChannel channel, double share, BigDecimal feeRate, int settlementLagDays) {
    }

    static ArchetypeView of(Archetype a) {
        return new ArchetypeView(a.name(), a.displayName(), a.industry(), a.version(), a.effectiveFrom(),
                a.defaults().city(), a.defaults().cityTier(), a.defaults().openingCashBalance(), a.defaults().size(),
                BigDecimal.valueOf(a.ticket().mean()).setScale(2, java.math.RoundingMode.HALF_UP), a.ordersPerDay(),
                a.refundRate(), a.channels().stream()
                        .map(c -> new ChannelShareView(c.channel(), c.share(), c.feeRate(), c.settlementLagDays()))
                        .toList());
    }
}
