package com.merchantanalysis.gateway.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.merchantanalysis.gateway.support.GatewayWithFakeServices;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What {@code /merchant/analyze} does when a service is dead, slow or failing, or Redis is gone: the
 * report still comes, in time, with only the affected section unavailable.
 */
class AnalyzeResilienceIT extends GatewayWithFakeServices {

    @Autowired
    ReactiveStringRedisTemplate redis;

    @Test
    void aDeadServiceMakesOnlyItsSectionUnavailableAndTheReportComesAtOnce() {
        String merchantId = newMerchant();
        COMPLIANCE.stop();

        long started = System.nanoTime();
        var response = analyze(adminToken(), "?merchantId=" + merchantId);
        long tookMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("compliance").get("status").asString()).isEqualTo("unavailable");
        assertThat(report.get("compliance").get("detail").asString()).isEqualTo("服务无法连接");
        assertThat(report.get("compliance").get("summary").isNull()).isTrue();
        assertThat(report.get("cash").get("status").asString()).isEqualTo("ok");
        assertThat(report.get("cost").get("status").asString()).isEqualTo("ok");
        assertThat(report.get("consistent").asBoolean()).isFalse();
        assertThat(report.get("topActions")).extracting(action -> action.get("section").asString())
                .containsExactly("cost", "cost");
        assertThat(report.get("riskActions")).extracting(action -> action.get("section").asString())
                .containsExactly("cash", "cost");
        assertThat(tookMs).as("a refused connection is not waited for").isLessThan(SECTION_DEADLINE_MS);
    }

    @Test
    void aSlowServiceTimesOutAloneAndTheOthersAnswer() {
        String merchantId = newMerchant();
        COSTS.delay(5_000);

        long started = System.nanoTime();
        var response = analyze(adminToken(), "?merchantId=" + merchantId);
        long tookMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(response.status()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("cost").get("status").asString()).isEqualTo("unavailable");
        assertThat(report.get("cost").get("detail").asString()).isEqualTo("服务未能及时响应");
        assertThat(report.get("cash").get("status").asString()).isEqualTo("ok");
        assertThat(report.get("compliance").get("status").asString()).isEqualTo("ok");
        assertThat(tookMs).as("answered by the section deadline, not after the slow service")
                .isBetween(CALL_TIMEOUT_MS, SECTION_DEADLINE_MS + 1_000);
        assertThat(COSTS.summaryCalls()).as("a timeout is not retried").isEqualTo(1);
    }

    @Test
    void anUnavailableServiceIsRetriedOnceAndAnErrorIsNot() {
        String merchantId = newMerchant();
        COSTS.failWith(503);
        COMPLIANCE.failWith(500);

        var report = analyze(adminToken(), "?merchantId=" + merchantId).json();

        assertThat(report.get("cost").get("detail").asString()).isEqualTo("服务返回错误（状态码 503）");
        assertThat(report.get("compliance").get("detail").asString()).isEqualTo("服务返回错误（状态码 500）");
        assertThat(COSTS.summaryCalls()).isEqualTo(2);
        assertThat(COMPLIANCE.summaryCalls()).isEqualTo(1);
    }

    @Test
    void repeatedFailuresOpenTheCircuitAndTheServiceIsNoLongerCalled() {
        COMPLIANCE.failWith(500);
        String token = adminToken();
        for (int i = 0; i < 4; i++) {
            var failed = analyze(token, "?merchantId=" + newMerchant()).json();
            assertThat(failed.get("compliance").get("detail").asString()).isEqualTo("服务返回错误（状态码 500）");
        }

        var shed = analyze(token, "?merchantId=" + newMerchant()).json();

        assertThat(shed.get("compliance").get("status").asString()).isEqualTo("unavailable");
        assertThat(shed.get("compliance").get("detail").asString()).contains("已暂停调用");
        assertThat(shed.get("cash").get("status").asString()).isEqualTo("ok");
        assertThat(COMPLIANCE.summaryCalls()).isEqualTo(4);
        assertThat(metric("resilience4j_circuitbreaker_state", "name=\"compliance-checker\"", "state=\"open\""))
                .isEqualTo(1.0);
        assertThat(metric("merchant_analyze_sections_total", "section=\"compliance\"", "status=\"unavailable\""))
                .isGreaterThanOrEqualTo(5.0);
    }

    @Test
    void withRedisStoppedReportsComeFromMemoryOrUncachedAndRoutesUnlimited() {
        String merchantId = newMerchant();
        String token = adminToken();
        double cacheErrorsBefore = metric("merchant_cache_errors_total");
        double failOpenBefore = metric("gateway_ratelimiter_fail_open_total");
        REDIS.stop();
        try {
            var first = analyze(token, "?merchantId=" + merchantId);
            var again = analyze(token, "?merchantId=" + merchantId);
            var otherHorizon = analyze(token, "?merchantId=" + merchantId + "&horizon=60");
            List<Integer> routeStatuses = new java.util.ArrayList<>();
            for (int i = 0; i < ROUTE_BURST + 2; i++) {
                routeStatuses.add(gateway.get("/api/v1/cashflow/ping", token).status());
            }

            assertThat(first.status()).isEqualTo(200);
            assertThat(first.json().get("cash").get("status").asString()).isEqualTo("ok");
            assertThat(again.header("X-Cache")).as("the report just computed, kept in memory").isEqualTo("HIT");
            assertThat(otherHorizon.status()).isEqualTo(200);
            assertThat(otherHorizon.header("X-Cache")).isEqualTo("MISS");
            assertThat(CASHFLOW.summaryCalls()).isEqualTo(2);
            assertThat(routeStatuses).as("the limiter fails open: more than the burst gets through")
                    .containsOnly(200);
            assertThat(metric("merchant_cache_errors_total")).isGreaterThan(cacheErrorsBefore);
            assertThat(metric("gateway_ratelimiter_fail_open_total"))
                    .isGreaterThanOrEqualTo(failOpenBefore + ROUTE_BURST + 2 + 2);
        } finally {
            REDIS.start();
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> "PONG".equals(
                    redis.getConnectionFactory().getReactiveConnection().ping().block(Duration.ofSeconds(1))));
        }
        // Redis is skipped for the breaker's openFor (2 s) after the failures, then tried again: a report
        // asked for the first time is stored in Redis again within 10 s.
        AtomicInteger horizon = new AtomicInteger(1);
        await("stored in Redis again").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).until(() -> {
            analyze(token, "?merchantId=" + merchantId + "&horizon=" + horizon.incrementAndGet());
            return !redis.keys("analyze-report:*:" + merchantId + ":*").collectList().block(Duration.ofSeconds(1))
                    .isEmpty();
        });
    }
}
