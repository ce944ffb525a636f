package com.merchantanalysis.compliance.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.Licence;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.testsupport.MerchantData;
import com.merchantanalysis.common.testsupport.MerchantDataStore;
import com.merchantanalysis.common.testsupport.ServiceApiTest;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service on a random port against the shared embedded MongoDB and a real Redis (for the summary
 * cache). Every API test of this module extends it, so they share one Spring context.
 */
public abstract class ComplianceApiTest extends ServiceApiTest {

    @DynamicPropertySource
    static void cacheStore(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.url", CacheRedis::uri);
    }

    /** A merchant with a random id, written the way data-simulator writes it. */
    protected String merchant(List<Licence> licences) {
        String id = "compliance-" + UUID.randomUUID();
        mongo.insert(new MerchantDocument(id, "老码头火锅", Industry.RESTAURANT, "Chengdu", LocalDate.of(2021, 5, 1),
                MerchantData.ZONE.getId(), licences, List.of(), new BigDecimal("120000.00"), 1, Instant.now(),
                "hotpot", 2));
        return id;
    }

    /**
     * Stores test-kit data the way data-simulator does (the merchant, then its transactions and daily rollups
     * through the one writer, which raises the merchant's dataVersion to 1) and returns the merchant id.
     */
    protected String store(MerchantData.Result data) {
        return MerchantDataStore.store(mongo, data).merchant().id();
    }
}
