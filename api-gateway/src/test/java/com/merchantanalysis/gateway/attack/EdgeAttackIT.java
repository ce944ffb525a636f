package com.merchantanalysis.gateway.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * API8/API9 at port 8000: no actuator, no route reachable through path tricks, no trust in a client's
 * X-Forwarded-*, no TRACE, CORS only for configured origins, and the security headers on every answer.
 */
class EdgeAttackIT extends AttackTest {

    private static final String CATEGORY = "gateway-edge";

    @Value("${local.management.port}")
    int managementPort;

    /** The management port (not exposed by a deployment) serves health and metrics, never the gateway actuator. */
    @Test
    void theGatewayActuatorEndpointIsOffEvenOnTheManagementPort() {
        var management = com.merchantanalysis.common.testsupport.TestHttp.localhost(managementPort);
        for (String path : List.of("/actuator/gateway/routes", "/actuator/gateway/refresh", "/actuator/env",
                "/actuator/heapdump")) {
            int status = management.get(path, fixtures.adminToken()).status();
            AttackPlatform.LEDGER.record(CATEGORY, "management port " + path, status, status == 404);
            assertThat(status).as(path).isEqualTo(404);
        }
        assertThat(management.get("/actuator/health", null).status()).isEqualTo(200);
    }

    static Stream<Arguments> actuatorPaths() {
        List<Arguments> paths = new ArrayList<>();
        for (String prefix : List.of("", "/api/v1/simulator", "/api/v1/cashflow", "/api/v1/costs", "/api/v1/compliance")) {
            for (String endpoint : List.of("/actuator", "/actuator/health", "/actuator/prometheus", "/actuator/env",
                    "/actuator/gateway/routes", "/actuator/heapdump")) {
                paths.add(Arguments.of(prefix + endpoint));
            }
        }
        return paths.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actuatorPaths")
    void noActuatorIsReachableThroughPort8000(String path) {
        expect(CATEGORY, "actuator " + path + " without token", gateway.get(path, null), Set.of(401, 404));
        expect(CATEGORY, "actuator " + path + " as ADMIN", gateway.get(path, fixtures.adminToken()), Set.of(404));
        expect(CATEGORY, "POST actuator " + path + " as ADMIN", gateway.post(path, fixtures.adminToken(), "{}"),
                Set.of(404, 405));
    }

    /** Raw request targets no client would send as they are, and what each must get, even as ADMIN. */
    static Stream<Arguments> pathTricks() {
        return Stream.of(
                Arguments.of("/merchant/analyze/?merchantId=%s", Set.of(404)),
                Arguments.of("//merchant/analyze?merchantId=%s", Set.of(400)),
                Arguments.of("/MERCHANT/analyze?merchantId=%s", Set.of(404)),
                Arguments.of("/merchant/analyze;jsessionid=1?merchantId=%s", Set.of(400)),
                Arguments.of("/merchant/%2e%2e/actuator/health", Set.of(400)),
                Arguments.of("/api/v1/simulator/../../../actuator/health", Set.of(400)),
                Arguments.of("/api/v1/simulator/%2e%2e/%2e%2e/%2e%2e/actuator/prometheus", Set.of(400)),
                Arguments.of("/api/v1/simulator/merchants/..%2f..%2f..%2factuator%2fenv", Set.of(400)),
                Arguments.of("/api/v1/cashflow/..;/simulator/merchants", Set.of(400)),
                Arguments.of("/health/../api/v1/simulator/merchants", Set.of(400)),
                Arguments.of("/auth/token/../../api/v1/simulator/merchants", Set.of(400)),
                Arguments.of("/api/v1/simulator/./merchants", Set.of(400)),
                Arguments.of("/api/v1/simulator//merchants", Set.of(400)),
                Arguments.of("/api/v1/simulator\\merchants", Set.of(400)),
                Arguments.of("/api/v1/simulator/merchants/%00", Set.of(400)),
                Arguments.of("/api/v1/simulator/merchants%", Set.of(400)),
                Arguments.of("/api/v1/simulator/merchants/%zz", Set.of(400)),
                Arguments.of("/API/V1/SIMULATOR/merchants", Set.of(404)),
                Arguments.of("/api/v1/simulator/merchants/%s%%0d%%0aX-Injected:%%20yes", Set.of(400, 404)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathTricks")
    void pathTricksReachNothingTheyShouldNot(String target, Set<Integer> statuses) {
        String raw = target.contains("%s") ? target.formatted(fixtures.merchantA()) : target;
        var withToken = RawHttp.send(port, "GET", raw, Map.of("Authorization", "Bearer " + fixtures.adminToken()));
        var withoutToken = RawHttp.send(port, "GET", raw, Map.of());

        expect(CATEGORY, "path " + raw + " as ADMIN", Answer.of(withToken), statuses);
        expect(CATEGORY, "path " + raw + " without token", Answer.of(withoutToken), union(statuses, 401));
        assertThat(withToken.header("X-Injected")).isNull();
    }

    @Test
    void forwardedHeadersFromAClientAreReplacedNotPassedOn() {
        var echoed = gateway.send(gateway.request(AttackTest.EchoRoute.PATH + "/forwarded", fixtures.adminToken())
                .header("X-Forwarded-For", "6.6.6.6").header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Prefix", "/evil")
                .header("X-Forwarded-Port", "6666").header("Forwarded", "for=6.6.6.6;host=evil.example;proto=https")
                .header("X-Real-IP", "6.6.6.6").GET());

        assertThat(echoed.status()).as(echoed.body()).isEqualTo(200);
        JsonNode headers = echoed.json().get("headers");
        boolean clean = !headers.toString().contains("6.6.6.6") && !headers.toString().contains("evil.example")
                && !headers.toString().contains("/evil") && !headers.toString().contains("6666");
        AttackPlatform.LEDGER.record(CATEGORY, "client X-Forwarded-*/Forwarded not passed on", echoed.status(), clean);
        assertThat(clean).as(headers.toString()).isTrue();
    }

    @Test
    void traceIsRefusedWith405ProblemJsonByTheGatewayAndEachService() {
        for (String path : List.of("/api/v1/simulator/merchants", "/health", "/auth/token", "/merchant/analyze")) {
            var answer = expect(CATEGORY, "TRACE " + path, gateway.send(gateway.request(path, fixtures.adminToken())
                    .method("TRACE", HttpRequest.BodyPublishers.noBody())), Set.of(405));
            assertThat(answer.header("Allow")).doesNotContain("TRACE");
        }
        for (String service : AttackPlatform.SERVICE_IDS) {
            expect(CATEGORY, "TRACE direct " + service, direct(service).send(direct(service)
                    .request("/api/v1/simulator/merchants", fixtures.adminToken())
                    .method("TRACE", HttpRequest.BodyPublishers.noBody())), Set.of(405));
        }
    }

    @Test
    void corsAllowsOnlyTheConfiguredOrigin() {
        var allowed = gateway.send(gateway.request("/api/v1/simulator/merchants", null)
                .header("Origin", AttackPlatform.ALLOWED_ORIGIN).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        expect(CATEGORY, "CORS preflight from the configured origin", allowed, Set.of(200));
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(AttackPlatform.ALLOWED_ORIGIN);

        var foreignPreflight = gateway.send(gateway.request("/api/v1/simulator/merchants", null)
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        expect(CATEGORY, "CORS preflight from another origin", foreignPreflight, Set.of(403));
        assertThat(foreignPreflight.header("Access-Control-Allow-Origin")).isNull();

        var foreignCall = gateway.send(gateway.request("/api/v1/simulator/merchants", fixtures.adminToken())
                .header("Origin", "https://evil.example").GET());
        expect(CATEGORY, "cross-origin GET from another origin", foreignCall, Set.of(403));
        assertThat(foreignCall.body()).doesNotContain(fixtures.victimName());

        var allowedCall = gateway.send(gateway.request("/api/v1/simulator/merchants/" + fixtures.merchantA(),
                fixtures.adminToken()).header("Origin", AttackPlatform.ALLOWED_ORIGIN).GET());
        expect(CATEGORY, "cross-origin GET from the configured origin", allowedCall, Set.of(200));
        assertThat(allowedCall.header("Access-Control-Allow-Origin")).isEqualTo(AttackPlatform.ALLOWED_ORIGIN);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        var merchantData = gateway.get("/api/v1/simulator/merchants/" + fixtures.merchantA(), fixtures.adminToken());
        var error = gateway.get("/api/v1/simulator/merchants/no-such-merchant", fixtures.adminToken());
        var refused = RawHttp.send(port, "GET", "/api/v1/simulator/../merchants", Map.of());
        var analyze = gateway.get("/merchant/analyze?merchantId=" + fixtures.merchantA(), fixtures.adminToken());

        for (Answer answer : List.of(Answer.of(merchantData), Answer.of(error), Answer.of(refused), Answer.of(analyze))) {
            boolean ok = "nosniff".equals(answer.header("X-Content-Type-Options"))
                    && answer.header("Cache-Control") != null && answer.header("Cache-Control").contains("no-store")
                    && answer.header("Strict-Transport-Security") == null;
            AttackPlatform.LEDGER.record(CATEGORY, "security headers on a " + answer.status(), answer.status(), ok);
            assertThat(answer.header("X-Content-Type-Options")).as("status %d", answer.status()).isEqualTo("nosniff");
            assertThat(answer.header("Cache-Control")).as("status %d", answer.status()).contains("no-store");
            assertThat(answer.header("Strict-Transport-Security")).as("no HSTS outside the docker profile").isNull();
        }
        assertThat(merchantData.raw().headers().allValues("X-Trace-Id")).hasSize(1);
    }

    /** Declared lengths only: the answer must come before a single byte of the body is read. */
    @Test
    void bodiesAboveTheLimitAre413ProblemJson() {
        Map<String, String> gatewayHeaders = Map.of("Authorization", "Bearer " + fixtures.adminToken(),
                "Content-Type", "application/json", "Content-Length", String.valueOf(11 * 1024 * 1024));
        expect(CATEGORY, "11 MB body through the gateway (limit 10 MB)", Answer.of(RawHttp.send(port, "POST",
                "/api/v1/simulator/merchants", gatewayHeaders)), Set.of(413));
        Map<String, String> serviceHeaders = Map.of("Authorization", "Bearer " + fixtures.adminToken(),
                "Content-Type", "application/json", "Content-Length", String.valueOf(2 * 1024 * 1024));
        for (String service : AttackPlatform.SERVICE_IDS) {
            expect(CATEGORY, "2 MB body directly to " + service + " (limit 1 MB here)", Answer.of(RawHttp.send(
                    directPort(service), "POST", "/api/v1/simulator/merchants", serviceHeaders)), Set.of(413));
        }
    }

    private static Set<Integer> union(Set<Integer> statuses, int extra) {
        Set<Integer> all = new java.util.HashSet<>(statuses);
        all.add(extra);
        return all;
    }
}
