package com.merchantanalysis.gateway.security;

import java.time.Duration;
import java.util.List;

import com.merchantanalysis.gateway.web.ReactiveProblemWriter;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * CORS for the whole of port 8000, before the token check (a browser's preflight carries no token):
 * only the configured origins get CORS headers; any other origin gets 403 problem+json. Same-origin
 * requests (Swagger UI) and non-browser clients are not affected.
 */
class CorsProblemWebFilter implements WebFilter, Ordered {

    private final CorsConfiguration config = new CorsConfiguration();
    private final DefaultCorsProcessor processor = new DefaultCorsProcessor();
    private final ReactiveProblemWriter problems;

    CorsProblemWebFilter(List<String> allowedOrigins, ReactiveProblemWriter problems) {
        this.problems = problems;
        config.setAllowedOrigins(List.copyOf(allowedOrigins));
        config.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        config.setAllowedHeaders(List.of("Authorization", "Content-Type", "traceparent"));
        config.setExposedHeaders(List.of("X-Trace-Id", "Retry-After", "Location", "X-RateLimit-Remaining"));
        config.setAllowCredentials(false);
        config.setMaxAge(Duration.ofHours(1));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!CorsUtils.isCorsRequest(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        if (!processor.process(config, exchange)) {
            return problems.write(exchange, HttpStatus.FORBIDDEN, "Forbidden",
                    "Cross-origin requests from this origin, or with this method or these headers, are not allowed");
        }
        if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
            return exchange.getResponse().setComplete();
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        // After trace and header filters, before Spring Security (-100).
        return -200;
    }
}
