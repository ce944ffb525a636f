package com.merchantanalysis.simulator.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantanalysis.common.data.MerchantDataCollections;
import com.merchantanalysis.common.testsupport.TestHttp;
import com.merchantanalysis.common.testsupport.TestTokens;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The merchant contract against real MongoDB 7 (a single-node replica set, as in production).
 * Runs where Docker is available and is reported as skipped where it is not.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MerchantOnRealMongoIT {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl("merchant_analysis"));
        registry.add("merchant.security.jwt.secret", () -> TestTokens.SECRET);
    }

    @Test
    void merchantsRoundTripWithExactMoneyAndTheContractsIndexesExist() {
        TestHttp http = TestHttp.localhost(port);
        var created = http.post("/api/v1/simulator/merchants", TestTokens.admin(), """
                {"name": "便利蜂 (test)", "industry": "CONVENIENCE_STORE", "city": "Beijing",
                 "openingDate": "2019-09-09", "openingCashBalance": 12345678901.23}""");
        assertThat(created.status()).isEqualTo(201);

        var read = http.get("/api/v1/simulator/merchants/" + created.json().get("id").asString(), TestTokens.analyst());
        assertThat(read.json().get("openingCashBalance").decimalValue()).isEqualByComparingTo("12345678901.23");

        Document stored = mongo.getCollection(MerchantDataCollections.MERCHANTS).find().first();
        assertThat(stored.get("openingCashBalance")).isInstanceOf(org.bson.types.Decimal128.class);
        assertThat(mongo.getCollection(MerchantDataCollections.TRANSACTIONS).listIndexes()
                .map(index -> index.getString("name")).into(new java.util.ArrayList<>()))
                .contains("merchant_time", "merchant_external_id");
        assertThat(http.get("/actuator/health/readiness", null).status()).isEqualTo(200);
    }
}
