package com.merchantanalysis.gateway.console;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The console's browser defences on every answer under {@code /console}, whatever wrote it (a file, the
 * page, a 404): the Content-Security-Policy, no referrer, no framing, and its own browsing context.
 */
class ConsoleHeadersWebFilter implements WebFilter, Ordered {

    private final String policy;

    ConsoleHeadersWebFilter(String policy) {
        this.policy = policy;
    }

    static boolean isConsole(String path) {
        return path.equals("/console") || path.startsWith("/console/");
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (isConsole(exchange.getRequest().getPath().value())) {
            exchange.getResponse().beforeCommit(() -> {
                HttpHeaders headers = exchange.getResponse().getHeaders();
                headers.set("Content-Security-Policy", policy);
                headers.set("Referrer-Policy", "no-referrer");
                headers.set("X-Frame-Options", "DENY");
                headers.set("Cross-Origin-Opener-Policy", "same-origin");
                headers.set("Cross-Origin-Resource-Policy", "same-origin");
                headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
                return Mono.empty();
            });
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 4;
    }
}
