package com.merchantanalysis.cashflow.support;

import com.merchantanalysis.common.testsupport.ServiceApiTest;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The service on a random port with the shared embedded MongoDB and a real Redis; one context for all API tests. */
public abstract class CashflowApiTest extends ServiceApiTest {

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.url", () -> CashflowTestStores.redis().redisUri());
    }
}
