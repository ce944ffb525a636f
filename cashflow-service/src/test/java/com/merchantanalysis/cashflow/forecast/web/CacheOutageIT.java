package com.merchantanalysis.cashflow.forecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.merchantanalysis.cashflow.forecast.simulation.SimulatedMerchant;
import com.merchantanalysis.cashflow.support.MerchantFixture;
import com.merchantanalysis.common.localstores.LocalStores;
import com.merchantanalysis.common.testsupport.ServiceApiTest;
import com.merchantanalysis.common.testsupport.TestTokens;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Redis stopped under a running service: answers still come (from memory, or computed), and the failure is counted.
 * Its own Redis, so that stopping it does not disturb the other API tests' context.
 */
class CacheOutageIT extends ServiceApiTest {

    private static final LocalStores REDIS = LocalStores.start(0, 0, null);

    @Autowired
    private MeterRegistry registry;

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.url", REDIS::redisUri);
    }

    @AfterAll
    static void stop() {
        REDIS.close();
    }

    @Test
    void withRedisStoppedSummariesAreStillAnsweredAndTheErrorCounted() {
        String id = MerchantFixture.store(mongo, new SimulatedMerchant(SimulatedMerchant.CAFE, 21),
                LocalDate.of(2025, 1, 1), 90, new BigDecimal("20000.00"), 4);
        String path = "/api/v1/cashflow/merchants/" + id + "/summary?horizon=";
        var served = http.get(path + 14, TestTokens.merchant(id));
        assertThat(served.status()).isEqualTo(200);
        double errorsBefore = errors();

        REDIS.close();
        var fromMemory = http.get(path + 14, TestTokens.merchant(id));
        var uncached = http.get(path + 21, TestTokens.merchant(id));

        assertThat(fromMemory.status()).isEqualTo(200);
        assertThat(fromMemory.json().get("projectedBalanceEnd").decimalValue())
                .isEqualByComparingTo(served.json().get("projectedBalanceEnd").decimalValue());
        assertThat(uncached.status()).isEqualTo(200);
        assertThat(uncached.json().get("merchantId").asString()).isEqualTo(id);
        assertThat(uncached.json().get("horizonDays").asInt()).isEqualTo(21);
        assertThat(errors()).isGreaterThan(errorsBefore);
    }

    private double errors() {
        return registry.get("merchant.cache.errors").tag("cache", "cashflow-service").counters().stream()
                .mapToDouble(Counter::count).sum();
    }
}
