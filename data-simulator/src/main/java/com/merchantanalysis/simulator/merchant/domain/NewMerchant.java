package com.merchantanalysis.simulator.merchant.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.merchantanalysis.common.data.ChannelContract;
import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.Licence;

/** A merchant to create, already validated; {@code channels} empty means "the defaults". */
public record NewMerchant(
        String name,
        Industry industry,
        String city,
        LocalDate openingDate,
        ZoneId zone,
        List<Licence> licences,
        List<ChannelContract> channels,
        BigDecimal openingCashBalance) {
}
