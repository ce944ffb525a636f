package com.merchantanalysis.costs.support;

import java.time.LocalDate;
import java.time.YearMonth;

import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.testsupport.MerchantData;
import com.merchantanalysis.common.testsupport.MerchantDataStore;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Two hotpot restaurants of the test kit with fourteen months of data (2024-01-01 to 2025-02-28), stored once per
 * test JVM: one with planted events (WeChat Pay charging 0.8% against a 0.6% contract from December 2024, and
 * utilities tripled in October 2024), and a clean one of the same archetype.
 */
public final class Fixtures {

    public static final String PLANTED = "fixture-planted-hotpot";
    public static final String CLEAN = "fixture-clean-hotpot";
    public static final LocalDate START = LocalDate.of(2024, 1, 1);
    public static final LocalDate END = LocalDate.of(2025, 2, 28);
    public static final LocalDate OVERCHARGE_FROM = LocalDate.of(2024, 12, 1);
    public static final YearMonth UTILITIES_MONTH = YearMonth.of(2024, 10);

    private static MerchantData.Result planted;
    private static MerchantData.Result clean;

    private Fixtures() {
    }

    public static synchronized MerchantData.Result planted(MongoTemplate mongo) {
        if (planted == null) {
            planted = MerchantDataStore.store(mongo, MerchantData.hotpot(PLANTED, 2024, START, END)
                    .overcharge(PaymentChannel.WECHAT_PAY, "0.008", OVERCHARGE_FROM, END)
                    .tripleUtilities(UTILITIES_MONTH).build());
        }
        return planted;
    }

    public static synchronized MerchantData.Result clean(MongoTemplate mongo) {
        if (clean == null) {
            clean = MerchantDataStore.store(mongo, MerchantData.hotpot(CLEAN, 7, START, END).build());
        }
        return clean;
    }
}
