package com.merchantanalysis.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.TestingAuthenticationToken;

class ClientKeyResolverTest {

    private final ClientKeyResolver resolver = new ClientKeyResolver();

    @Test
    void aVerifiedClientIsLimitedByItsClientId() {
        var exchange = MockServerWebExchange.builder(MockServerHttpRequest.get("/api/v1/cashflow/x")
                        .remoteAddress(new InetSocketAddress("10.1.2.3", 5555)))
                .principal(new TestingAuthenticationToken("shop-42", null, List.of()) {
                    {
                        setAuthenticated(true);
                    }
                })
                .build();

        assertThat(resolver.resolve(exchange).block()).isEqualTo("client:shop-42");
    }

    @Test
    void withoutATokenTheCallerIsLimitedByItsAddressNotByAHeaderItChose() {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/health")
                .remoteAddress(new InetSocketAddress("10.1.2.3", 5555))
                .header("X-Forwarded-For", "203.0.113.9"));

        assertThat(resolver.resolve(exchange).block()).isEqualTo("ip:10.1.2.3");
    }
}
