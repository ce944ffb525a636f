package com.merchantanalysis.costs.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import com.merchantanalysis.common.data.MerchantDataWriter;
import com.merchantanalysis.common.data.PaymentChannel;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Two hotpot restaurants with fourteen months of data (2024-01-01 to 2025-02-28), stored once per test JVM:
 * one with planted events (WeChat Pay charging 0.8% against a 0.6% contract from December 2024, and
 * utilities tripled in October 2024), and a clean one of the same archetype.
 */
public final class Fixtures {

    public static final String PLANTED = "fixture-planted-hotpot";
    public static final String CLEAN = "fixture-clean-hotpot";
    public static final LocalDate START = LocalDate.of(2024, 1, 1);
    public static final LocalDate END = LocalDate.of(2025, 2, 28);
    public static final LocalDate OVERCHARGE_FROM = LocalDate.of(2024, 12, 1);
    public static final YearMonth UTILITIES_MONTH = YearMonth.of(2024, 10);

    private static RestaurantSimulation.Result planted;
    private static RestaurantSimulation.Result clean;

    private Fixtures() {
    }

    public static synchronized RestaurantSimulation.Result planted(MongoTemplate mongo) {
        if (planted == null) {
            planted = store(mongo, new RestaurantSimulation(PLANTED, 2024, START, END)
                    .overcharge(PaymentChannel.WECHAT_PAY, "0.008", OVERCHARGE_FROM, END)
                    .tripleUtilities(UTILITIES_MONTH));
        }
        return planted;
    }

    public static synchronized RestaurantSimulation.Result clean(MongoTemplate mongo) {
        if (clean == null) {
            clean = store(mongo, new RestaurantSimulation(CLEAN, 7, START, END));
        }
        return clean;
    }

    /**
     * Runs the simulation and stores the merchant, then its transactions through the merchant-data writer,
     * which also writes the daily summaries and the merchant's data range.
     */
    public static RestaurantSimulation.Result store(MongoOperations mongo, RestaurantSimulation simulation) {
        return store(mongo, simulation.run());
    }

    /** Stores a simulation's result (any archetype's) as {@link #store(MongoOperations, RestaurantSimulation)} does. */
    public static RestaurantSimulation.Result store(MongoOperations mongo, RestaurantSimulation.Result result) {
        mongo.insert(result.merchant());
        new MerchantDataWriter(mongo, Clock.systemUTC()).store(result.merchant(), result.transactions());
        return result;
    }
}
