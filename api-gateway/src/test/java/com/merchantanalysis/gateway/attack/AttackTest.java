package com.merchantanalysis.gateway.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Set;

import com.merchantanalysis.common.testsupport.TestHttp;
import com.merchantanalysis.gateway.support.GatewayTestStores;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.handler.predicate.PredicateDefinition;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.cloud.gateway.route.RouteDefinitionLocator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.publisher.Flux;

/**
 * Base of the attack suite: the real gateway (this JVM) in front of the real services (processes), on
 * the embedded MongoDB and a real Redis. Every attack class extends it, so they share one Spring context
 * and one platform. Rate limits are lifted so that hundreds of attacks in a row are not throttled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(AttackPlatform.class)
@Import(AttackTest.EchoRoute.class)
abstract class AttackTest {

    /** Words that would show a stack trace, a class, a query or a host in an answer. */
    private static final List<String> INTERNALS = List.of("Exception", "\tat ", "at com.", "at org.",
            "org.springframework", "tools.jackson", "com.mongodb", "java.lang", "127.0.0.1:", "localhost:");

    @LocalServerPort
    protected int port;

    protected TestHttp gateway;
    protected AttackPlatform.Fixtures fixtures;

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        GatewayTestStores.register(registry);
        registry.add("spring.mongodb.uri", () -> GatewayTestStores.stores().mongoUri(AttackPlatform.DATABASE));
        AttackPlatform.SERVICE_IDS.forEach(service -> registry.add(
                "spring.cloud.discovery.client.simple.instances." + service + "[0].uri",
                () -> "http://127.0.0.1:" + AttackPlatform.SERVICES.port(service)));
        for (String limit : new String[] { "RATE_LIMIT_REPLENISH_RATE", "ANALYZE_RATE_LIMIT_REPLENISH_RATE" }) {
            registry.add(limit, () -> "100000");
        }
        for (String limit : new String[] { "RATE_LIMIT_BURST_CAPACITY", "ANALYZE_RATE_LIMIT_BURST_CAPACITY" }) {
            registry.add(limit, () -> "200000");
        }
        registry.add("merchant.gateway.security.cors-allowed-origins", () -> AttackPlatform.ALLOWED_ORIGIN);
    }

    @BeforeEach
    void platformReady() {
        gateway = TestHttp.localhost(port);
        fixtures = AttackPlatform.ready(gateway);
    }

    protected TestHttp direct(String service) {
        return TestHttp.localhost(AttackPlatform.SERVICES.port(service));
    }

    protected int directPort(String service) {
        return AttackPlatform.SERVICES.port(service);
    }

    /**
     * Records the case in the ledger, then asserts it: the status is one of those expected, never 5xx;
     * an error is problem+json with a traceId; no answer shows internals.
     */
    protected static Answer expect(String category, String name, Answer answer, Set<Integer> statuses) {
        boolean asExpected = statuses.contains(answer.status()) && answer.status() < 500
                && (answer.status() < 400 || answer.isProblemJson() && answer.body().contains("\"traceId\""))
                && INTERNALS.stream().noneMatch(answer.body()::contains);
        AttackPlatform.LEDGER.record(category, name, answer.status(), asExpected);
        assertThat(answer.status()).as("%s: %s → %s", category, name, answer.body()).isIn(statuses).isLessThan(500);
        if (answer.status() >= 400) {
            assertThat(answer.contentType()).as("%s: %s", category, name).startsWith("application/problem+json");
            assertThat(answer.body()).as("%s: %s", category, name).contains("\"traceId\"");
        }
        assertThat(INTERNALS).as("%s: %s leaks internals: %s", category, name, answer.body())
                .noneMatch(answer.body()::contains);
        return answer;
    }

    protected static Answer expect(String category, String name, TestHttp.Response response, Set<Integer> statuses) {
        return expect(category, name, Answer.of(response), statuses);
    }

    /** A route to the echo upstream, built like the configured routes so the default filters apply. */
    @TestConfiguration(proxyBeanMethods = false)
    static class EchoRoute {

        static final String PATH = "/attack-echo";

        @Bean
        RouteDefinitionLocator attackEchoRoute() {
            RouteDefinition route = new RouteDefinition();
            route.setId("attack-echo");
            route.setUri(URI.create(AttackPlatform.ECHO.uri()));
            route.setPredicates(List.of(new PredicateDefinition("Path=" + PATH + "/**")));
            return () -> Flux.just(route);
        }
    }
}
