package com.merchantanalysis.gateway.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.common.testsupport.TestHttp;
import com.merchantanalysis.common.testsupport.TestTokens;
import com.merchantanalysis.gateway.support.GatewayTestStores;
import com.merchantanalysis.gateway.support.ServiceProcesses;
import com.merchantanalysis.gateway.support.TestMerchants;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The whole platform end to end: the four services as separate processes from their own jars, the
 * gateway in this JVM, all on the embedded MongoDB wire server and a real Redis, over real sockets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    // First computations in freshly started services on a shared CI machine take seconds.
    "resilience4j.timelimiter.configs.default.timeout-duration=20s",
    "merchant.gateway.analyze.section-deadline=25s" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

    private static final List<String> SERVICES = List.of("data-simulator", "cashflow-service", "cost-analyzer",
            "compliance-checker");
    private static final ServiceProcesses services = new ServiceProcesses(SERVICES);
    private static final String MONGO_DATABASE = "merchant_analysis_platform_it";

    private static String merchantId;
    private static String otherMerchantId;

    @LocalServerPort
    int port;

    TestHttp gateway;

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        GatewayTestStores.register(registry);
        registry.add("spring.mongodb.uri", () -> GatewayTestStores.stores().mongoUri(MONGO_DATABASE));
        SERVICES.forEach(service -> registry.add("spring.cloud.discovery.client.simple.instances." + service + "[0].uri",
                () -> "http://127.0.0.1:" + services.port(service)));
    }

    @BeforeAll
    static void startServices() {
        services.startAll(Map.of(
                "MONGODB_URI", GatewayTestStores.stores().mongoUri(MONGO_DATABASE),
                "JWT_SECRET", TestTokens.SECRET));
    }

    @AfterAll
    static void stopServices() {
        services.close();
    }

    @BeforeEach
    void waitForPlatform() {
        gateway = TestHttp.localhost(port);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            services.assertAllAlive();
            assertThat(gateway.get("/services/health", null).status()).isIn(200, 503);
        });
    }

    private String adminToken() {
        var response = gateway.postForm("/auth/token", "grant_type=client_credentials&client_id="
                + GatewayTestStores.ADMIN_ID + "&client_secret=" + GatewayTestStores.ADMIN_SECRET);
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("access_token").asString();
    }

    @Test
    @Order(1)
    void everyServiceIsUpBehindTheGateway() {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            services.assertAllAlive();
            assertThat(gateway.get("/services/health", null).status()).isEqualTo(200);
        });
        JsonNode health = gateway.get("/services/health", null).json();
        assertThat(health.get("status").asString()).isEqualTo("UP");
        SERVICES.forEach(service -> {
            assertThat(health.get("services").get(service).get("status").asString()).isEqualTo("UP");
            assertThat(health.get("services").get(service).get("instancesUp").asInt()).isEqualTo(1);
        });
    }

    @Test
    @Order(2)
    void anAdminCreatesAMerchantThroughTheGatewayAndEveryServiceReadsIt() {
        String token = adminToken();
        merchantId = TestMerchants.create(gateway, token, "老码头火锅");
        otherMerchantId = TestMerchants.create(gateway, token, "隔壁烧烤");

        var merchant = gateway.get("/api/v1/simulator/merchants/" + merchantId, token);
        assertThat(merchant.status()).isEqualTo(200);
        assertThat(merchant.json().get("name").asString()).isEqualTo("老码头火锅");

        var balance = gateway.get("/api/v1/cashflow/merchants/" + merchantId + "/balance?asOf=2025-06-30", token);
        assertThat(balance.status()).as(balance.body()).isEqualTo(200);
        assertThat(balance.json().get("balance").decimalValue()).isEqualByComparingTo("88000.50");

        var totals = gateway.get("/api/v1/costs/merchants/" + merchantId + "/totals?from=2025-01-01&to=2025-06-30",
                token);
        assertThat(totals.status()).as(totals.body()).isEqualTo(200);
        assertThat(totals.json().get("daysWithData").asInt()).isZero();

        var licences = gateway.get("/api/v1/compliance/merchants/" + merchantId + "/licences?asOf=2030-05-15", token);
        assertThat(licences.status()).as(licences.body()).isEqualTo(200);
        assertThat(licences.json().get("licences").get(0).get("status").asString()).isEqualTo("EXPIRING_60");
    }

    @Test
    @Order(3)
    void withoutATokenTheGatewayAndEachServiceAnswer401ProblemJson() {
        var throughGateway = gateway.get("/api/v1/simulator/merchants", null);
        assertThat(throughGateway.status()).isEqualTo(401);
        assertThat(throughGateway.contentType()).startsWith("application/problem+json");

        for (String service : SERVICES) {
            var direct = TestHttp.localhost(services.port(service)).get(
                    "/api/v1/simulator/merchants/" + merchantId, null);
            assertThat(direct.status()).as(service).isEqualTo(401);
            assertThat(direct.contentType()).as(service).startsWith("application/problem+json");
            assertThat(direct.header("WWW-Authenticate")).as(service).startsWith("Bearer");
        }
    }

    @Test
    @Order(4)
    void aMerchantClientSeesItsOwnMerchantAndNoOther() {
        var client = gateway.post("/auth/clients", adminToken(), """
                {"clientId": "shop-%s", "roles": ["MERCHANT"], "merchantId": "%s"}""".formatted(merchantId, merchantId));
        assertThat(client.status()).as(client.body()).isEqualTo(201);
        var token = gateway.postForm("/auth/token", "client_id=shop-" + merchantId + "&client_secret="
                + client.json().get("clientSecret").asString()).json().get("access_token").asString();

        assertThat(gateway.get("/api/v1/simulator/merchants/" + merchantId, token).status()).isEqualTo(200);
        for (String path : List.of("/api/v1/simulator/merchants/%s", "/api/v1/cashflow/merchants/%s/balance",
                "/api/v1/costs/merchants/%s/totals?from=2025-01-01&to=2025-01-31",
                "/api/v1/compliance/merchants/%s/licences")) {
            var foreign = gateway.get(path.formatted(otherMerchantId), token);
            assertThat(foreign.status()).as(path).isEqualTo(404);
            assertThat(foreign.contentType()).as(path).startsWith("application/problem+json");
            assertThat(foreign.body()).as(path).doesNotContain("隔壁烧烤");
        }
    }

    @Test
    @Order(5)
    void theGatewayAndTheServiceShareOneTraceId() {
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        var response = gateway.send(gateway.request("/api/v1/simulator/merchants/no-such-merchant", adminToken())
                .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01").GET());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("traceId").asString()).isEqualTo(traceId);
    }

    /**
     * The contract between the gateway and the services: the gateway's view of each summary (its
     * {@code analyze.upstream} records) against the schema each running service publishes. A field renamed
     * or retyped on either side fails here, not in a merchant's report.
     */
    @Test
    @Order(6)
    void theGatewaysViewOfEverySummaryIsWhatTheServicesPublish() throws ClassNotFoundException {
        String token = adminToken();
        Map<String, List<String>> summaries = Map.of(
                "/api/v1/cashflow", List.of("/api/v1/cashflow/merchants/{merchantId}/summary", "CashflowSummary"),
                "/api/v1/costs", List.of("/api/v1/costs/merchants/{merchantId}/summary", "CostSummary"),
                "/api/v1/compliance", List.of("/api/v1/compliance/merchants/{merchantId}/summary", "ComplianceSummary"));
        for (var entry : summaries.entrySet()) {
            var docs = gateway.get(entry.getKey() + "/v3/api-docs", token);
            assertThat(docs.status()).as(entry.getKey()).isEqualTo(200);
            Class<?> view = Class.forName("com.merchantanalysis.gateway.analyze.upstream." + entry.getValue().get(1));

            assertThat(new SummaryContract(docs.json()).mismatches(entry.getValue().get(0), view))
                    .as(entry.getValue().get(1)).isEmpty();
        }
    }

    /**
     * The merchant report through the real services, for a merchant with four simulated months. Skipped
     * while data-simulator cannot simulate or a service has no summary endpoint yet (404).
     */
    @Test
    @Order(6)
    void theMerchantReportJoinsTheThreeServicesOnOneDataVersion() {
        String token = adminToken();
        var created = gateway.post("/api/v1/simulator/merchants", token, """
                {"archetype": "hotpot", "name": "川味火锅 (report)", "city": "Chengdu", "openingDate": "2022-03-01"}""");
        assertThat(created.status()).as("creating an archetype merchant: %s", created.body()).isEqualTo(201);
        String simulated = created.json().get("id").asString();
        var job = gateway.post("/api/v1/simulator/merchants/" + simulated + "/simulations", token, """
                {"from": "2026-03-01", "to": "2026-06-30", "seed": 7}""");
        assertThat(job.status()).as("starting its simulation: %s", job.body()).isEqualTo(202);
        String jobPath = "/api/v1/simulator/jobs/" + job.json().get("id").asString();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(
                () -> List.of("SUCCEEDED", "FAILED").contains(gateway.get(jobPath, token).json().get("state").asString()));
        assertThat(gateway.get(jobPath, token).json().get("state").asString()).isEqualTo("SUCCEEDED");
        for (String path : List.of("/api/v1/cashflow/merchants/%s/summary", "/api/v1/costs/merchants/%s/summary",
                "/api/v1/compliance/merchants/%s/summary")) {
            assertThat(gateway.get(path.formatted(simulated), token).status()).as(path).isEqualTo(200);
        }

        var response = gateway.get("/merchant/analyze?merchantId=" + simulated, token);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        long dataVersion = report.get("merchant").get("dataVersion").asLong();
        assertThat(dataVersion).isPositive();
        for (String section : List.of("cash", "cost", "compliance")) {
            assertThat(report.get(section).get("status").asString()).as(report.get(section).toString()).isEqualTo("ok");
            assertThat(report.get(section).get("dataVersion").asLong()).as(section).isEqualTo(dataVersion);
        }
        JsonNode top = report.get("topActions");
        assertThat(top.size()).isLessThanOrEqualTo(3);
        for (int i = 1; i < top.size(); i++) {
            assertThat(top.get(i - 1).get("monthlyImpactYuan").decimalValue())
                    .isGreaterThanOrEqualTo(top.get(i).get("monthlyImpactYuan").decimalValue());
        }
        for (JsonNode action : top) {
            assertThat(action.get("derivation").asString()).as("a saving shows how it was reached").isNotBlank();
        }
        List<String> levels = List.of("HIGH", "MEDIUM", "LOW");
        JsonNode risks = report.get("riskActions");
        for (int i = 1; i < risks.size(); i++) {
            assertThat(levels.indexOf(risks.get(i - 1).get("risk").asString()))
                    .isLessThanOrEqualTo(levels.indexOf(risks.get(i).get("risk").asString()));
        }
        var again = gateway.get("/merchant/analyze?merchantId=" + simulated, token);
        assertThat(again.header("X-Cache")).isEqualTo("HIT");
    }

    /** What Swagger UI on the gateway offers: every definition can be tried with a token. */
    @Test
    @Order(6)
    void everyDefinitionInSwaggerUiHasItsTitleTheBearerSchemeAndNoErrorPage() {
        String token = adminToken();
        Map<String, String> definitions = Map.of("api-gateway", "/v3/api-docs",
                "data-simulator", "/api/v1/simulator/v3/api-docs", "cashflow-service", "/api/v1/cashflow/v3/api-docs",
                "cost-analyzer", "/api/v1/costs/v3/api-docs", "compliance-checker", "/api/v1/compliance/v3/api-docs");

        definitions.forEach((app, path) -> {
            var docs = gateway.get(path, token);
            assertThat(docs.status()).as(path).isEqualTo(200);
            JsonNode api = docs.json();
            assertThat(api.get("info").get("title").asString()).as(path).isEqualTo(app);
            assertThat(api.get("info").get("version").asString()).as(path).isEqualTo("v1");
            assertThat(api.get("components").get("securitySchemes").get("bearer").get("scheme").asString()).as(path)
                    .isEqualTo("bearer");
            assertThat(api.get("security").findValues("bearer")).as(path).isNotEmpty();
            assertThat(api.get("paths").propertyNames()).as(path).isNotEmpty().doesNotContain("/error");
        });
    }

    @Test
    @Order(7)
    void whenAServiceStopsTheRestKeepsAnswering() {
        services.stop("cost-analyzer");
        String token = adminToken();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode health = gateway.get("/services/health", null).json();
            assertThat(health.get("services").get("cost-analyzer").get("status").asString()).isEqualTo("DOWN");
        });
        JsonNode health = gateway.get("/services/health", null).json();
        assertThat(health.get("status").asString()).isEqualTo("DEGRADED");
        assertThat(health.get("services").get("cashflow-service").get("status").asString()).isEqualTo("UP");

        var costs = gateway.get("/api/v1/costs/merchants/" + merchantId + "/totals?from=2025-01-01&to=2025-01-31", token);
        assertThat(costs.status()).isEqualTo(503);
        assertThat(costs.contentType()).startsWith("application/problem+json");
        assertThat(gateway.get("/api/v1/simulator/merchants/" + merchantId, token).status()).isEqualTo(200);
    }
}
