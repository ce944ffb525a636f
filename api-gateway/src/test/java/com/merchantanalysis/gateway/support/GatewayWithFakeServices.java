package com.merchantanalysis.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.merchantanalysis.common.testsupport.LoopbackPorts;
import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.security.Role;
import com.merchantanalysis.common.testsupport.TestHttp;
import com.merchantanalysis.common.testsupport.TestTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real gateway in front of fake cashflow, cost and compliance services (real HTTP servers this
 * test controls: slow, failing, dead), on the embedded MongoDB and a Redis of its own that a test may
 * stop. Every test class extending this shares one Spring context. Short timeouts and small rate
 * limits keep the tests quick; each test uses its own merchants and its own client ids, so caches and
 * rate-limit buckets do not leak between tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "resilience4j.timelimiter.configs.default.timeout-duration=800ms",
    "resilience4j.circuitbreaker.configs.default.sliding-window-size=4",
    "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=4",
    "merchant.gateway.analyze.section-deadline=1500ms",
    "merchant.gateway.rate-limit.controllers.replenish-rate=1",
    "merchant.gateway.rate-limit.controllers.burst-capacity=6",
    "RATE_LIMIT_REPLENISH_RATE=1",
    "RATE_LIMIT_BURST_CAPACITY=3",
    "GATEWAY_MAX_REQUEST_BODY_SIZE=64KB",
    "SIMULATOR_MAX_REQUEST_BODY=128KB" })
public abstract class GatewayWithFakeServices {

    /** Timeout of one call to a service in this context; a section is unavailable by the deadline. */
    protected static final long CALL_TIMEOUT_MS = 800;
    protected static final long SECTION_DEADLINE_MS = 1500;
    protected static final int ANALYZE_BURST = 6;
    protected static final int ROUTE_BURST = 3;

    protected static final ControlledRedis REDIS = new ControlledRedis();
    /** The data version each fake service says it computed on, per merchant (default: 1). */
    protected static final Map<String, Long> SERVICE_VERSIONS = new ConcurrentHashMap<>();
    protected static final FakeService CASHFLOW = new FakeService("cashflow-service", id -> """
            {"merchantId": "%s", "dataVersion": %d, "asOf": "2026-06-30", "horizonDays": 30,
             "currentBalance": 88000.5, "projectedBalanceEnd": 70321.456,
             "lowestBalance": {"date": "2026-07-20", "mean": 65000.00, "lower95": 41000.00},
             "shortfall": {"floor": 50000.00, "firstDateLikely": "2026-07-15", "maxProbability": 0.31},
             "model": "ETS", "accuracy": {"mase": 0.82, "smape": 0.11, "coverage80": 0.79, "coverage95": 0.94},
             "riskActions": [{"title": "Cash likely to fall below ¥50,000.00 on 2026-07-15", "category": "cashflow",
                              "risk": "MEDIUM", "evidence": "probability below floor up to 31%%"}],
             "computedBy": "a field the gateway does not know"}""".formatted(id, version(id)));
    protected static final FakeService COSTS = new FakeService("cost-analyzer", id -> """
            {"merchantId": "%s", "dataVersion": %d, "from": "2026-04-02", "to": "2026-06-30",
             "revenue": 412345.67, "grossMarginPct": 61.2, "netMarginPct": 8.4, "primeCostPct": 63.5,
             "topLeaks": [{"category": "PAYMENT_FEE", "amountYuan": 3800.00, "detail": "0.6%% charged, 0.38%% contracted"}],
             "feeOverchargeYuan": 3800.00,
             "actions": [{"title": "Claim back payment-fee overcharge", "category": "fees",
                          "monthlyImpactYuan": 3800.00, "evidence": "WeChat Pay fee above contract", "confidence": 0.9,
                          "derivation": "0.22 points over contract x 1,727,272.73 monthly WeChat Pay sales"},
                         {"title": "Cut food waste", "category": "cogs",
                          "monthlyImpactYuan": 450.00, "evidence": "COGS 4 points above hotpot median", "confidence": 0.5}],
             "riskActions": [{"title": "Import the records of rent", "category": "records", "risk": "LOW",
                              "evidence": "no rent over the period"}],
             "benchmarks": {"unknown": true}}""".formatted(id, version(id)));
    protected static final FakeService COMPLIANCE = new FakeService("compliance-checker", id -> """
            {"merchantId": "%s", "dataVersion": %d, "from": "2026-04-02", "to": "2026-06-30",
             "riskScore": 64, "level": "MEDIUM",
             "topFindings": [{"ruleId": "pboc-large-cash", "ruleVersion": 3, "severity": "HIGH",
                              "title": "Large cash deposits", "detail": "3 deposits over 50,000 yuan", "citation": "x"}],
             "riskActions": [{"title": "Stop collecting business income on a personal QR code", "category": "compliance",
                              "risk": "HIGH", "evidence": "personal code used 41 times"},
                             {"title": "Renew food licence", "category": "licence", "risk": "MEDIUM",
                              "evidence": "expires in 45 days"}]}"""
            .formatted(id, version(id)));

    @LocalServerPort
    protected int port;

    @LocalManagementPort
    protected int managementPort;

    @Autowired
    protected ReactiveMongoTemplate mongo;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    protected TestHttp gateway;

    @DynamicPropertySource
    static void gatewayInFrontOfFakes(DynamicPropertyRegistry registry) {
        GatewayTestStores.register(registry, "merchant_analysis_fake_services_it", REDIS::uri);
        registry.add("spring.cloud.discovery.client.simple.instances.data-simulator[0].uri",
                () -> "http://127.0.0.1:" + LoopbackPorts.unused());
        registry.add("spring.cloud.discovery.client.simple.instances.cashflow-service[0].uri", CASHFLOW::uri);
        registry.add("spring.cloud.discovery.client.simple.instances.cost-analyzer[0].uri", COSTS::uri);
        registry.add("spring.cloud.discovery.client.simple.instances.compliance-checker[0].uri", COMPLIANCE::uri);
    }

    private static long version(String merchantId) {
        return SERVICE_VERSIONS.getOrDefault(merchantId, 1L);
    }

    @BeforeEach
    void healthyPlatform() {
        REDIS.start();
        for (FakeService service : new FakeService[] { CASHFLOW, COSTS, COMPLIANCE }) {
            service.reset();
        }
        circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        gateway = TestHttp.localhost(port);
    }

    /** A new merchant at data version 1, which the fake services also report. */
    protected String newMerchant() {
        MerchantDocument merchant = mongo.insert(new MerchantDocument(null, "老码头火锅", Industry.RESTAURANT, "Chengdu",
                LocalDate.of(2021, 5, 1), "Asia/Shanghai", null, null, new BigDecimal("120000.00"), 1, Instant.now(),
                "hotpot", 2)).block();
        return merchant.id();
    }

    /** A new merchant whose data runs from {@code dataFrom} to its last day with transactions. */
    protected String newMerchantWithData(LocalDate dataFrom, LocalDate lastTransactionDay) {
        MerchantDocument merchant = mongo.insert(new MerchantDocument(null, "老码头火锅", Industry.RESTAURANT, "Chengdu",
                LocalDate.of(2021, 5, 1), "Asia/Shanghai", null, null, new BigDecimal("120000.00"), 1, Instant.now(),
                "hotpot", 2, dataFrom, lastTransactionDay, lastTransactionDay)).block();
        return merchant.id();
    }

    /** What data-simulator does after an import: the merchant's data version goes up (the services follow). */
    protected void raiseDataVersion(String merchantId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(merchantId)), new Update().inc("dataVersion", 1),
                MerchantDocument.class).block();
        SERVICE_VERSIONS.merge(merchantId, 2L, (old, ignored) -> old + 1);
    }

    /** A token for a client of its own, so that this test's rate-limit budget is untouched by others. */
    protected static String adminToken() {
        return TestTokens.token("admin-" + UUID.randomUUID(), Role.ADMIN, null);
    }

    protected TestHttp.Response analyze(String token, String query) {
        return gateway.get("/merchant/analyze" + query, token);
    }

    /** The value of one Prometheus sample line, e.g. {@code merchant_cache_errors_total{...cache="x"...}}. */
    protected double metric(String name, String... labels) {
        String body = TestHttp.localhost(managementPort).get("/actuator/prometheus", null).body();
        return body.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> {
                    for (String label : labels) {
                        if (!line.contains(label)) {
                            return false;
                        }
                    }
                    return true;
                })
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    protected String prometheus() {
        var response = TestHttp.localhost(managementPort).get("/actuator/prometheus", null);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }
}
