package com.merchantanalysis.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

class ResponseHeadersWebFilterTest {

    private static MockServerWebExchange answer(GatewaySecuritySettings settings, String path, String cacheControl) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(path));
        new ResponseHeadersWebFilter(settings).filter(exchange, e -> {
            if (cacheControl != null) {
                e.getResponse().getHeaders().setCacheControl(cacheControl);
            }
            return Mono.empty();
        }).then(exchange.getResponse().setComplete()).block();
        return exchange;
    }

    private static GatewaySecuritySettings settings(boolean hsts) {
        return new GatewaySecuritySettings(hsts, Duration.ofDays(365), List.of(), List.of());
    }

    @Test
    void merchantDataIsNeverCachedAndNeverSniffed() {
        var headers = answer(settings(false), "/api/v1/cashflow/merchants/m-1/balance", "max-age=3600")
                .getResponse().getHeaders();

        assertThat(headers.getCacheControl()).isEqualTo("no-store");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("Strict-Transport-Security")).isNull();
    }

    @Test
    void hstsIsSentWhenConfigured() {
        var headers = answer(settings(true), "/health", null).getResponse().getHeaders();

        assertThat(headers.getFirst("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(headers.getCacheControl()).as("not merchant data: left alone").isNull();
    }

    /** The deployment (docker profile) turns HSTS on; local runs leave it off. */
    @Test
    void theDockerProfileTurnsHstsOn() throws Exception {
        List<PropertySource<?>> documents = new YamlPropertySourceLoader().load("application.yml",
                new ClassPathResource("application.yml"));

        assertThat(documents).anySatisfy(document -> {
            assertThat(document.getProperty("spring.config.activate.on-profile")).isEqualTo("docker");
            assertThat(document.getProperty("merchant.gateway.security.hsts")).isEqualTo(true);
        });
        assertThat(documents).noneSatisfy(document -> {
            assertThat(document.getProperty("spring.config.activate.on-profile")).isNull();
            assertThat(document.getProperty("merchant.gateway.security.hsts")).isEqualTo(true);
        });
    }
}
