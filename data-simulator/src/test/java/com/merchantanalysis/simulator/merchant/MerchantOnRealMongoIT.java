package com.merchantanalysis.simulator.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.merchantanalysis.common.data.Direction;
import com.merchantanalysis.common.data.MerchantDataCollections;
import com.merchantanalysis.common.data.MerchantDataLayout;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionDays;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.data.TransactionSource;
import com.merchantanalysis.simulator.store.TransactionStore;
import com.mongodb.client.model.Filters;
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
 * The merchant contract against real MongoDB 7 (a single-node replica set, as in production): money kept
 * exact, and transactions read back by key through the {@code _id} index (explain plans).
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

    @Autowired
    TransactionStore store;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl("merchant_analysis"));
        registry.add("merchant.security.jwt.secret", () -> TestTokens.SECRET);
    }

    @Test
    void merchantsRoundTripWithExactMoneyAndPeriodsAreReadThroughTheIdIndex() {
        TestHttp http = TestHttp.localhost(port);
        var created = http.post("/api/v1/simulator/merchants", TestTokens.admin(), """
                {"name": "便利蜂 (test)", "industry": "CONVENIENCE_STORE", "city": "Beijing",
                 "openingDate": "2019-09-09", "openingCashBalance": 12345678901.23}""");
        assertThat(created.status()).isEqualTo(201);

        var read = http.get("/api/v1/simulator/merchants/" + created.json().get("id").asString(), TestTokens.analyst());
        assertThat(read.json().get("openingCashBalance").decimalValue()).isEqualByComparingTo("12345678901.23");

        Document stored = mongo.getCollection(MerchantDataCollections.MERCHANTS).find().first();
        assertThat(stored.get("openingCashBalance")).isInstanceOf(org.bson.types.Decimal128.class);

        MerchantDocument merchant = mongo.findById(created.json().get("id").asString(), MerchantDocument.class);
        LocalDate day = LocalDate.of(2025, 3, 1);
        var sale = new TransactionDocument(null, merchant.id(), "real-1", day.atTime(12, 0).atZone(ZoneId.of(
                merchant.zoneId())).toInstant(), merchant.zoneId(), new BigDecimal("18.80"), Direction.IN,
                TransactionKind.SALE, PaymentChannel.WECHAT_PAY, null, null, TransactionSource.IMPORTED, List.of(),
                new BigDecimal("0.11"), day.plusDays(1), false, null);
        assertThat(store.store(merchant, List.of(sale)).stored()).isEqualTo(1);
        try (var written = new TransactionDays(mongo).stream(mongo.findById(merchant.id(), MerchantDocument.class),
                day, day)) {
            assertThat(written.toList()).extracting(TransactionDocument::externalId).containsExactly("real-1");
        }
        // the layout's promise: a period is read by key, from the _id index, never by scanning
        for (String collection : List.of(MerchantDataCollections.TRANSACTION_DAYS,
                MerchantDataCollections.DAILY_SUMMARIES)) {
            Document plan = mongo.getCollection(collection).find(Filters.in("_id",
                    MerchantDataLayout.candidateBucketIds(merchant.id(), day))).explain();
            assertThat(plan.toJson()).as(collection).contains("_id_").doesNotContain("COLLSCAN");
        }
        assertThat(http.get("/actuator/health/readiness", null).status()).isEqualTo(200);
    }
}
