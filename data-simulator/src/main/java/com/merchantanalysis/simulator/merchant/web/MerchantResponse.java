package com.merchantanalysis.simulator.merchant.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.MerchantDocument;

record MerchantResponse(
        String id,
        String name,
        Industry industry,
        String city,
        LocalDate openingDate,
        String zoneId,
        List<LicenceView> licences,
        List<ChannelView> channels,
        BigDecimal openingCashBalance,
        long dataVersion,
        Instant createdAt,
        String archetype,
        int cityTier) {

    static MerchantResponse of(MerchantDocument merchant) {
        return new MerchantResponse(merchant.id(), merchant.name(), merchant.industry(), merchant.city(),
                merchant.openingDate(), merchant.zoneId(),
                merchant.licences().stream().map(LicenceView::of).toList(),
                merchant.channels().stream().map(ChannelView::of).toList(),
                merchant.openingCashBalance(), merchant.dataVersion(), merchant.createdAt(),
                merchant.archetype(), merchant.cityTier());
    }
}
