package com.merchantanalysis.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.merchantanalysis.common.testsupport.TestHttp;
import com.merchantanalysis.gateway.support.GatewayWithFakeServices;

import org.junit.jupiter.api.Test;

/**
 * Per-client rate limits through the real gateway and Redis: a route's RequestRateLimiter and the
 * same limiter in front of {@code /merchant/analyze}, each answering 429 problem+json past its burst.
 */
class RateLimitIT extends GatewayWithFakeServices {

    @Test
    void aRouteAnswers429ProblemJsonAfterTheBurst() {
        String token = adminToken();

        List<TestHttp.Response> responses = untilRefused(() -> gateway.get("/api/v1/cashflow/ping", token));

        TestHttp.Response first = responses.get(0);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("X-RateLimit-Burst-Capacity")).isEqualTo(String.valueOf(ROUTE_BURST));
        assertThat(first.header("X-RateLimit-Replenish-Rate")).isEqualTo("1");
        assertThat(first.header("X-RateLimit-Remaining")).isEqualTo(String.valueOf(ROUTE_BURST - 1));
        assertAllowedThenRefused(responses, ROUTE_BURST);
    }

    @Test
    void analyzeSpendsTheSameKindOfBudgetAndAnswersTheSame429() {
        String merchantId = newMerchant();
        String token = adminToken();

        List<TestHttp.Response> responses = untilRefused(() -> analyze(token, "?merchantId=" + merchantId));

        assertThat(responses.get(0).header("X-RateLimit-Burst-Capacity")).isEqualTo(String.valueOf(ANALYZE_BURST));
        assertAllowedThenRefused(responses, ANALYZE_BURST);
    }

    @Test
    void eachClientHasItsOwnBudget() {
        String greedy = adminToken();
        untilRefused(() -> gateway.get("/api/v1/cashflow/ping", greedy));

        var other = gateway.get("/api/v1/cashflow/ping", adminToken());

        assertThat(other.status()).isEqualTo(200);
        assertThat(other.header("X-RateLimit-Remaining")).isEqualTo(String.valueOf(ROUTE_BURST - 1));
    }

    /** Calls until the first 429 (or 30 calls), as fast as it can. */
    private static List<TestHttp.Response> untilRefused(Supplier<TestHttp.Response> call) {
        List<TestHttp.Response> responses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            TestHttp.Response response = call.get();
            responses.add(response);
            if (response.status() == 429) {
                break;
            }
        }
        return responses;
    }

    private static void assertAllowedThenRefused(List<TestHttp.Response> responses, int burst) {
        TestHttp.Response refused = responses.get(responses.size() - 1);
        assertThat(refused.status()).as("refused within 30 calls").isEqualTo(429);
        // The bucket refills by one per second, so a slow machine may let one or two more through.
        assertThat(responses.size() - 1).isBetween(burst, burst + 3);
        assertThat(responses.subList(0, responses.size() - 1)).allMatch(r -> r.status() == 200);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("status").asInt()).isEqualTo(429);
        assertThat(refused.json().get("title").asString()).isEqualTo("Too many requests");
        assertThat(refused.json().get("traceId").asString()).isEqualTo(refused.header("X-Trace-Id"));
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(refused.header("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(refused.header("X-RateLimit-Burst-Capacity")).isEqualTo(String.valueOf(burst));
    }
}
