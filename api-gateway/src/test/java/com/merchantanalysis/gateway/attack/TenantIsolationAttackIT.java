package com.merchantanalysis.gateway.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.merchantanalysis.common.testsupport.TestHttp;
import com.merchantanalysis.common.testsupport.TestTokens;
import com.merchantanalysis.gateway.attack.RouteCatalogue.Access;
import com.merchantanalysis.gateway.attack.RouteCatalogue.Route;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;

/**
 * API1/API5: for every route in {@link RouteCatalogue}, a MERCHANT token for A asking for B gets the same
 * 404 as for a merchant that does not exist, through the gateway and directly at the service, whatever
 * identity headers it adds; an ANALYST cannot call ADMIN endpoints.
 */
class TenantIsolationAttackIT extends AttackTest {

    private static final String CATEGORY = "tenant-isolation";
    static final List<Route> ROUTES = RouteCatalogue.ROUTES;
    static final List<Route> ADMIN_ROUTES = RouteCatalogue.ADMIN_ROUTES;

    /** Client-sent identity claims: the gateway strips them and nothing behind it reads them. */
    private static final Map<String, String> SPOOFED_IDENTITY = Map.of("X-Merchant-Id", "%s", "X-Client-Id", "test-admin",
            "X-Roles", "ADMIN", "X-User-Id", "test-admin");

    private TestHttp.Response call(TestHttp http, Route route, String token, String merchantId, boolean spoof) {
        HttpRequest.Builder request = http.request(route.pathFor(merchantId), token);
        if (spoof) {
            SPOOFED_IDENTITY.forEach((name, value) -> request.header(name, value.formatted(merchantId)));
        }
        if (route.body() != null) {
            request.header("Content-Type", route.contentType())
                    .method(route.method(), HttpRequest.BodyPublishers.ofString(route.body()));
        } else {
            request.method(route.method(), HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request);
    }

    private List<TestHttp> targets(Route route) {
        List<TestHttp> targets = new ArrayList<>(List.of(gateway));
        if (!route.service().equals("api-gateway")) {
            targets.add(direct(route.service()));
        }
        return targets;
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("ROUTES")
    void aMerchantTokenForAAskingForBGetsTheSame404AsForNoMerchant(Route route) {
        String tokenA = TestTokens.merchant(fixtures.merchantA());
        AttackPlatform.SECRETS.add(tokenA);
        for (TestHttp target : targets(route)) {
            String where = (target == gateway ? "gateway " : "direct ") + route;
            if (route.access() == Access.ADMIN) {
                expect(CATEGORY, where + " own merchant, not ADMIN", call(target, route, tokenA, fixtures.merchantA(), false),
                        Set.of(403));
                expect(CATEGORY, where + " other merchant, not ADMIN", call(target, route, tokenA, fixtures.merchantB(), true),
                        Set.of(403));
                continue;
            }
            // Staff read B first, so that any cache in front of the data holds B's answer (cache keys must
            // include the merchant, or A would now be served B's cached data).
            var warm = call(target, route, fixtures.adminToken(), fixtures.merchantB(), false);
            assertThat(warm.status()).as(where + " as ADMIN for B").isLessThan(500);
            var own = call(target, route, tokenA, fixtures.merchantA(), false);
            expect(CATEGORY, where + " own merchant", own, route.ownStatuses());

            for (boolean spoof : new boolean[] { false, true }) {
                var foreign = call(target, route, tokenA, fixtures.merchantB(), spoof);
                var missing = call(target, route, tokenA, "no-such-merchant-0000", spoof);
                expect(CATEGORY, where + " other merchant" + (spoof ? " + identity headers" : ""), foreign, Set.of(404));
                assertThat(foreign.body()).as(where).doesNotContain(fixtures.victimName()).doesNotContain("88000");
                JsonNode a = foreign.json();
                JsonNode b = missing.json();
                assertThat(missing.status()).as(where).isEqualTo(404);
                assertThat(a.get("title")).as(where).isEqualTo(b.get("title"));
                assertThat(a.get("type")).as(where).isEqualTo(b.get("type"));
                assertThat(a.get("detail").asString().replace(fixtures.merchantB(), "?"))
                        .as(where + ": the answer must not tell an existing merchant from a missing one")
                        .isEqualTo(b.get("detail").asString().replace("no-such-merchant-0000", "?"));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("ADMIN_ROUTES")
    void anAnalystCannotCallAdminEndpoints(Route route) {
        String analyst = TestTokens.analyst();
        AttackPlatform.SECRETS.add(analyst);
        for (TestHttp target : targets(route)) {
            expect(CATEGORY, (target == gateway ? "gateway " : "direct ") + route + " as ANALYST",
                    call(target, route, analyst, fixtures.merchantB(), true), Set.of(403));
        }
        // Nothing was done: the merchant is still there and no client or user was created.
        assertThat(gateway.get("/api/v1/simulator/merchants/" + fixtures.merchantB(), fixtures.adminToken()).status())
                .isEqualTo(200);
        assertThat(gateway.postForm("/auth/token", "client_id=analyst-made-admin&client_secret=x").status())
                .isEqualTo(401);
        assertThat(gateway.post("/auth/login", null, """
                {"username": "analyst-made-user", "password": "analyst-chosen-password"}""").status()).isEqualTo(401);
    }

    @Test
    void identityHeadersFromTheClientNeverReachAService() {
        var echoed = gateway.send(gateway.request(AttackTest.EchoRoute.PATH + "/whoami", fixtures.adminToken())
                .header("X-Merchant-Id", fixtures.merchantB()).header("X-Client-Id", "someone-else")
                .header("X-Roles", "ADMIN").header("X-User-Id", "root").GET());

        assertThat(echoed.status()).as(echoed.body()).isEqualTo(200);
        JsonNode headers = echoed.json().get("headers");
        boolean stripped = headers.get("x-merchant-id") == null && headers.get("x-client-id") == null
                && headers.get("x-roles") == null && headers.get("x-user-id") == null;
        AttackPlatform.LEDGER.record(CATEGORY, "gateway strips client identity headers", echoed.status(), stripped);
        assertThat(stripped).as(headers.toString()).isTrue();
        assertThat(headers.get("authorization")).as("the token itself is passed on for the service's own check")
                .isNotNull();
    }

    /** A merchant route a service offers but the catalogue lacks would escape every attack above. */
    @Test
    void everyMerchantRouteTheServicesOfferIsInTheCatalogue() {
        Set<String> offered = new TreeSet<>();
        Map<String, String> docs = Map.of("data-simulator", "/api/v1/simulator/v3/api-docs",
                "cashflow-service", "/api/v1/cashflow/v3/api-docs", "cost-analyzer", "/api/v1/costs/v3/api-docs",
                "compliance-checker", "/api/v1/compliance/v3/api-docs");
        docs.forEach((service, path) -> offered.addAll(merchantOperations(direct(service).get(path, TestTokens.admin()))));
        offered.addAll(merchantOperations(gateway.get("/v3/api-docs", fixtures.adminToken())));

        Set<String> catalogued = new TreeSet<>();
        ROUTES.forEach(route -> catalogued.add(route.method() + " " + route.template()));
        Set<String> missing = new TreeSet<>(offered);
        missing.removeAll(catalogued);
        AttackPlatform.LEDGER.record(CATEGORY, "route catalogue complete (" + offered.size() + " merchant routes)",
                200, missing.isEmpty());
        assertThat(missing).as("merchant routes offered by the services but missing from RouteCatalogue").isEmpty();
    }

    /** Operations whose path or query names a merchant: "METHOD /path/{merchantId}". */
    private static Set<String> merchantOperations(TestHttp.Response docs) {
        assertThat(docs.status()).as(docs.body()).isEqualTo(200);
        Set<String> operations = new TreeSet<>();
        JsonNode paths = docs.json().get("paths");
        for (String path : paths.propertyNames()) {
            for (String method : paths.get(path).propertyNames()) {
                JsonNode operation = paths.get(path).get(method);
                boolean namesMerchant = path.contains("{merchantId}");
                if (operation.has("parameters")) {
                    for (JsonNode parameter : operation.get("parameters")) {
                        namesMerchant |= "merchantId".equals(parameter.get("name").asString());
                    }
                }
                if (namesMerchant) {
                    operations.add(method.toUpperCase() + " " + path);
                }
            }
        }
        return operations;
    }
}
