package com.merchantanalysis.simulator.merchant.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.merchantanalysis.common.data.ChannelContract;
import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.Licence;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantFields;

/**
 * An edit of a merchant's profile: each non-null field replaces the stored one (a list as a whole), a
 * null field keeps it. The zone, opening date and archetype are not here: the stored days and the
 * simulations depend on them.
 */
public record MerchantChanges(
        String name,
        Industry industry,
        String city,
        Integer cityTier,
        BigDecimal openingCashBalance,
        List<ChannelContract> channels,
        List<Licence> licences) {

    /** The stored fields this edit changes, by their name in the merchant document, with the new values. */
    Map<String, Object> differencesFrom(MerchantDocument merchant) {
        Map<String, Object> changed = new LinkedHashMap<>();
        put(changed, MerchantFields.NAME, name, merchant.name());
        put(changed, MerchantFields.INDUSTRY, industry, merchant.industry());
        put(changed, MerchantFields.CITY, city, merchant.city());
        put(changed, MerchantFields.CITY_TIER, cityTier, merchant.cityTier());
        // 120000 and 120000.00 are the same balance: no new version for a different scale
        if (openingCashBalance != null && (merchant.openingCashBalance() == null
                || openingCashBalance.compareTo(merchant.openingCashBalance()) != 0)) {
            changed.put(MerchantFields.OPENING_CASH_BALANCE, openingCashBalance);
        }
        put(changed, MerchantFields.CHANNELS, channels, merchant.channels());
        put(changed, MerchantFields.LICENCES, licences, merchant.licences());
        return changed;
    }

    private static void put(Map<String, Object> changed, String field, Object value, Object stored) {
        if (value != null && !Objects.equals(value, stored)) {
            changed.put(field, value);
        }
    }
}
