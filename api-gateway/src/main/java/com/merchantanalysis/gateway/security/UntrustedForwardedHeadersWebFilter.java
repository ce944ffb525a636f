package com.merchantanalysis.gateway.security;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Removes {@code Forwarded}, {@code X-Forwarded-*} and {@code X-Real-IP} sent by a client that is not a
 * trusted proxy, before anything reads them: a client must not choose the address, host, scheme or
 * prefix the services see (CVE-2025-41235). The gateway then adds truthful ones when it routes.
 */
class UntrustedForwardedHeadersWebFilter implements WebFilter, Ordered {

    private static final Set<String> EXACT = Set.of("forwarded", "x-real-ip");

    private final List<String> trustedProxies;

    UntrustedForwardedHeadersWebFilter(List<String> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (isTrusted(request.getRemoteAddress()) || request.getHeaders().headerNames().stream().noneMatch(
                UntrustedForwardedHeadersWebFilter::isForwarding)) {
            return chain.filter(exchange);
        }
        ServerHttpRequest stripped = request.mutate().headers(headers -> List.copyOf(headers.headerNames()).stream()
                .filter(UntrustedForwardedHeadersWebFilter::isForwarding)
                .forEach(headers::remove)).build();
        return chain.filter(exchange.mutate().request(stripped).build());
    }

    static boolean isForwarding(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("x-forwarded-") || EXACT.contains(lower);
    }

    private boolean isTrusted(InetSocketAddress remote) {
        return remote != null && remote.getAddress() != null
                && trustedProxies.contains(remote.getAddress().getHostAddress());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }
}
