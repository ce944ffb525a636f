package com.merchantanalysis.gateway.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantanalysis.common.testsupport.LoopbackPorts;
import com.merchantanalysis.common.testsupport.TestHttp;
import com.merchantanalysis.common.testsupport.TestTokens;
import com.merchantanalysis.gateway.support.GatewayTestStores;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The gateway on its own, with every service down: health answers honestly, routes fail as
 * problem+json, and nothing but health and token issuance is open without a token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayEdgeIT {

    @LocalServerPort
    int port;

    TestHttp http;

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        GatewayTestStores.register(registry);
        for (String service : new String[] { "data-simulator", "cashflow-service", "cost-analyzer", "compliance-checker" }) {
            registry.add("spring.cloud.discovery.client.simple.instances." + service + "[0].uri",
                    () -> "http://127.0.0.1:" + LoopbackPorts.unused());
        }
    }

    @BeforeEach
    void client() {
        http = TestHttp.localhost(port);
    }

    @Test
    void gatewayHealthIsUpWithoutAToken() {
        var health = http.get("/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void servicesHealthReportsEachServiceDownAndStillAnswers() {
        var health = http.get("/services/health", null);

        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().get("status").asString()).isEqualTo("DEGRADED");
        var cashflow = health.json().get("services").get("cashflow-service");
        assertThat(cashflow.get("status").asString()).isEqualTo("DOWN");
        assertThat(cashflow.get("instances").asInt()).isEqualTo(1);
        assertThat(cashflow.get("instancesUp").asInt()).isZero();
    }

    @Test
    void aRouteWhoseServiceIsDownAnswers503ProblemJson() {
        var response = http.get("/api/v1/cashflow/merchants/m-1/balance", TestTokens.admin());

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("127.0.0.1").doesNotContain("Exception");
        assertThat(response.json().get("traceId").asString()).isEqualTo(response.header("X-Trace-Id"));
    }

    @Test
    void withoutAValidTokenRoutesAnswer401WithABearerChallenge() {
        var none = http.get("/api/v1/simulator/merchants", null);
        var forged = http.get("/api/v1/simulator/merchants", TestTokens.admin().replace('.', '.') + "tampered");

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
    }

    @Test
    void unknownPathsAndTheActuatorAre404ProblemJsonOnThePublicPort() {
        var unknown = http.get("/no/such/route", TestTokens.admin());
        var actuator = http.get("/actuator/health", null);
        var gatewayActuator = http.get("/actuator/gateway/routes", TestTokens.admin());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(actuator.status()).isEqualTo(404);
        assertThat(gatewayActuator.status()).isEqualTo(404);
    }

    @Test
    void aTraceparentFromTheClientIsContinued() {
        var response = http.send(http.request("/no/such/route", TestTokens.admin())
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").GET());

        assertThat(response.header("X-Trace-Id")).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(response.json().get("traceId").asString()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    /** Swagger UI can try /merchant/analyze only if the definition says how to send the token. */
    @Test
    void theGatewaysOpenApiHasATitleTheBearerSchemeAndTheReportButNoErrorPage() {
        var docs = http.get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        JsonNode api = docs.json();
        assertThat(api.get("info").get("title").asString()).isEqualTo("api-gateway");
        assertThat(api.get("info").get("version").asString()).isEqualTo("v1");
        JsonNode bearer = api.get("components").get("securitySchemes").get("bearer");
        assertThat(bearer.get("type").asString()).isEqualTo("http");
        assertThat(bearer.get("scheme").asString()).isEqualTo("bearer");
        assertThat(api.get("paths").propertyNames()).contains("/merchant/analyze").doesNotContain("/error");
        JsonNode analyze = api.get("paths").get("/merchant/analyze").get("get");
        assertThat(analyze.has("security") ? analyze.get("security") : api.get("security"))
                .anySatisfy(requirement -> assertThat(requirement.has("bearer")).isTrue());
        // getting a token needs none
        JsonNode token = api.get("paths").get("/auth/token").get("post");
        assertThat(token.get("security")).isEmpty();
    }
}
