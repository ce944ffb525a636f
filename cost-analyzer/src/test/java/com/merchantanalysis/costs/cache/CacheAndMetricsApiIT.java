package com.merchantanalysis.costs.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantFields;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.testsupport.TestTokens;
import com.merchantanalysis.costs.config.CostMetrics;
import com.merchantanalysis.costs.support.CostApiTest;
import com.merchantanalysis.costs.support.Fixtures;
import com.merchantanalysis.costs.support.TestRedis;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Answers are cached per merchant, data version and parameters; without Redis they are still answered. The
 * memory in front of Redis is off here, so that every cached answer is read back from Redis's JSON.
 */
@TestPropertySource(properties = "merchant.cache.memory-size=0")
class CacheAndMetricsApiIT extends CostApiTest {

    @Autowired
    private StringRedisTemplate redis;

    @Autowired
    private MeterRegistry registry;

    @Test
    void anAnswerIsServedFromTheCacheUntilTheDataVersionChanges() {
        String id = merchant("cache-shop");
        String path = MERCHANTS + id + "/structure?from=2024-05-01&to=2024-05-31";

        BigDecimal first = ok(path).get("revenue").decimalValue();
        assertThat(redis.keys("cost-analyzer:structure:" + id + ":v1:*")).hasSize(1);
        // A change written without raising the data version is not seen: the cached answer stands.
        day(id, LocalDate.of(2024, 5, 2), "700.00");
        assertThat(ok(path).get("revenue").decimalValue()).isEqualByComparingTo(first);
        // data-simulator raises the version with every write; the next answer is computed afresh.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("dataVersion", 2L),
                MerchantDocument.class);
        assertThat(ok(path).get("revenue").decimalValue()).isEqualByComparingTo(first.add(new BigDecimal("700.00")));
        assertThat(redis.keys("cost-analyzer:structure:" + id + ":v2:*")).hasSize(1);
    }

    @Test
    void aSummaryAskedAtTheDataVersionTheCallerReadIsServedFromTheCacheWithoutReadingTheMerchant() {
        String id = merchant("known-version-shop");
        String path = MERCHANTS + id + "/summary?from=2024-05-01&to=2024-05-31";
        assertThat(ok(path).get("dataVersion").asLong()).isEqualTo(1);
        // New data raises the stored version; a caller that has read version 1 gets version 1's answer.
        mongo.updateFirst(Query.query(Criteria.where(MerchantFields.ID).is(id)),
                new Update().set(MerchantFields.DATA_VERSION, 2L), MerchantDocument.class);

        JsonNode known = ok(path + "&dataVersion=1");
        JsonNode neverReal = ok(path + "&dataVersion=30");

        assertThat(known.get("dataVersion").asLong()).as("served without reading the merchant").isEqualTo(1);
        assertThat(neverReal.get("dataVersion").asLong()).as("read and computed at the real version").isEqualTo(2);
        assertThat(redis.keys("cost-analyzer:summary:" + id + ":v30:*")).isEmpty();
        assertThat(http.get(path + "&dataVersion=1", TestTokens.merchant("another-merchant")).status()).isEqualTo(404);
        assertThat(http.get(path + "&dataVersion=-1", TestTokens.admin()).status()).isEqualTo(400);
    }

    @Test
    void everyAnalysisReadBackFromTheCacheIsTheAnswerItComputed() {
        Fixtures.planted(mongo);
        String period = "?from=2024-09-01&to=2024-11-30";
        for (String analysis : List.of("structure", "break-even", "benchmarks", "fee-audit", "anomalies", "actions",
                "summary")) {
            redis.delete(redis.keys("cost-analyzer:" + analysis + ":" + Fixtures.PLANTED + ":*"));
            String path = MERCHANTS + Fixtures.PLANTED + "/" + analysis + period;

            String computed = ok(path).toString();

            assertThat(redis.keys("cost-analyzer:" + analysis + ":" + Fixtures.PLANTED + ":*")).as(analysis).hasSize(1);
            assertThat(ok(path).toString()).as(analysis).isEqualTo(computed);
        }
    }

    @Test
    void withRedisDownRequestsAreAnsweredUncachedAndCounted() {
        String id = merchant("cache-down-shop");
        double errorsBefore = cacheErrors();
        TestRedis.stop();
        try {
            var response = http.get(MERCHANTS + id + "/structure?from=2024-05-01&to=2024-05-31",
                    com.merchantanalysis.common.testsupport.TestTokens.admin());

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("revenue").decimalValue()).isEqualByComparingTo("1200.00");
            assertThat(cacheErrors()).isGreaterThan(errorsBefore);
        } finally {
            TestRedis.start();
            // The service's connection reconnects with a back-off: the next test must find Redis working.
            await().atMost(Duration.ofSeconds(15)).ignoreExceptions()
                    .until(() -> "PONG".equals(redis.execute(RedisConnection::ping)));
        }
    }

    @Test
    void aDeadRedisIsSkippedAfterAFewFailuresAndUsedAgainSoonAfterItReturns() throws InterruptedException {
        String id = merchant("breaker-shop");
        // Each request asks for another period: an answer served once is served again from memory, without Redis.
        AtomicInteger day = new AtomicInteger();
        Supplier<String> anotherPeriod = () -> MERCHANTS + id + "/structure?from=2024-05-01&to="
                + LocalDate.of(2024, 5, 2).plusDays(day.getAndIncrement());
        double skippedBefore = skipped();
        TestRedis.stop();
        try {
            for (int i = 0; i < 12; i++) {
                assertThat(http.get(anotherPeriod.get(), com.merchantanalysis.common.testsupport.TestTokens.admin())
                        .status()).isEqualTo(200);
            }
            assertThat(skipped()).as("calls that did not wait for the dead Redis").isGreaterThan(skippedBefore);
        } finally {
            TestRedis.start();
        }
        // The breaker lets a trial call through every openFor (2 s): answers are cached again within 10 s.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).until(() -> {
            http.get(anotherPeriod.get(), com.merchantanalysis.common.testsupport.TestTokens.admin());
            return !redis.keys("cost-analyzer:structure:" + id + ":*").isEmpty();
        });
    }

    @Test
    void theBusinessMetricsAreExposedForEveryAnalysis() {
        String metrics = http.get("/actuator/prometheus", null).body();

        for (String analysis : CostMetrics.ANALYSES) {
            assertThat(metrics).contains("cost_analysis_seconds_count{analysis=\"" + analysis + "\"");
        }
        assertThat(metrics).contains("cost_anomalies_found_total").contains("merchant_cache_errors_total{application=\"cost-analyzer\",cache=\"cost-analyzer\",cause=\"error\",operation=\"read\"}");
    }

    private double skipped() {
        return registry.get("merchant.cache.errors").tag("cache", "cost-analyzer").tag("cause", "skipped").counters()
                .stream().mapToDouble(Counter::count).sum();
    }

    private double cacheErrors() {
        return registry.get("merchant.cache.errors").tag("cache", "cost-analyzer").counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    private String merchant(String prefix) {
        String id = prefix + "-" + System.nanoTime();
        mongo.insert(new MerchantDocument(id, "便利店", Industry.CONVENIENCE_STORE, "Hangzhou", LocalDate.of(2022, 1, 1),
                "Asia/Shanghai", List.of(), List.of(), new BigDecimal("20000.00"), 1, Instant.now(), null, 2));
        day(id, LocalDate.of(2024, 5, 1), "1200.00");
        return id;
    }

    private void day(String id, LocalDate date, String sales) {
        BigDecimal amount = new BigDecimal(sales);
        mongo.insert(new DailySummaryDocument(DailySummaryDocument.idOf(id, date), id, date, amount, BigDecimal.ZERO,
                amount, 10, Map.of(TransactionKind.SALE, amount), Map.of(), Map.of(), Map.of(), Map.of(), 10, 0));
    }
}
