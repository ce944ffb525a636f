package com.merchantanalysis.gateway.analyze.model;

import java.time.LocalDate;

import com.merchantanalysis.common.data.MerchantDocument;

/** Who the report is about, and the data version every section should have been computed on. */
public record MerchantSummary(String id, String name, String industry, String city, int cityTier, String archetype,
        String zoneId, LocalDate openingDate, long dataVersion) {

    public static MerchantSummary of(MerchantDocument merchant) {
        return new MerchantSummary(merchant.id(), merchant.name(),
                merchant.industry() == null ? null : merchant.industry().name(), merchant.city(), merchant.cityTier(),
                merchant.archetype(), merchant.zoneId(), merchant.openingDate(), merchant.dataVersion());
    }
}
