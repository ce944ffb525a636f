package com.merchantanalysis.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

class ConsoleHeadersWebFilterTest {

    private static HttpHeaders answer(String path) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(path));
        new ConsoleHeadersWebFilter(ConsoleSettings.DEFAULT_POLICY).filter(exchange, e -> Mono.empty())
                .then(exchange.getResponse().setComplete()).block();
        return exchange.getResponse().getHeaders();
    }

    @Test
    void everyConsoleAnswerCarriesTheStrictPolicy() {
        for (String path : new String[] { "/console", "/console/", "/console/js/app.js", "/console/no-such-file" }) {
            HttpHeaders headers = answer(path);
            String policy = headers.getFirst("Content-Security-Policy");
            assertThat(policy).as(path).contains("default-src 'none'", "script-src 'self'", "style-src 'self'",
                    "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'");
            assertThat(policy).as(path).doesNotContain("unsafe-inline", "unsafe-eval", "data:", "blob:", "*");
            assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        }
    }

    @Test
    void theApiIsLeftAlone() {
        for (String path : new String[] { "/api/v1/simulator/merchants", "/merchant/analyze", "/consoles", "/auth/login" }) {
            assertThat(answer(path).getFirst("Content-Security-Policy")).as(path).isNull();
        }
    }
}
