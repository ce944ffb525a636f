package com.merchantanalysis.simulator.merchant.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.merchantanalysis.common.data.ChannelContract;
import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.Licence;

/**
 * A merchant to create, with its fields validated one by one. {@code archetype} null means a merchant
 * for imported data (then the other fields are required); otherwise every null field, an empty
 * {@code licences} or {@code channels}, takes the archetype's default.
 */
public record NewMerchant(
        String archetype,
        String name,
        Industry industry,
        String city,
        Integer cityTier,
        LocalDate openingDate,
        ZoneId zone,
        List<Licence> licences,
        List<ChannelContract> channels,
        BigDecimal openingCashBalance) {
}
