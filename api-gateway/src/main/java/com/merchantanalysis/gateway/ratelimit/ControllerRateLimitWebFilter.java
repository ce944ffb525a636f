package com.merchantanalysis.gateway.ratelimit;

import com.merchantanalysis.gateway.web.ReactiveProblemWriter;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The routes' rate limit for the gateway's own endpoints (such as {@code /merchant/analyze}), which
 * are controllers and so never pass a route's RequestRateLimiter filter: same limiter, same key,
 * same headers, same 429. Runs after the security chain, so the key is the verified client.
 */
@Component
class ControllerRateLimitWebFilter implements WebFilter, Ordered {

    static final String LIMITER_ID = "gateway-controllers";

    private final FailOpenRedisRateLimiter limiter;
    private final KeyResolver keys;
    private final RateLimitSettings settings;
    private final TooManyRequests tooManyRequests;

    ControllerRateLimitWebFilter(FailOpenRedisRateLimiter limiter, KeyResolver keys, RateLimitSettings settings,
            ReactiveProblemWriter problems) {
        this.limiter = limiter;
        this.keys = keys;
        this.settings = settings;
        this.tooManyRequests = new TooManyRequests(problems);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!settings.controllerPaths().contains(exchange.getRequest().getPath().pathWithinApplication().value())) {
            return chain.filter(exchange);
        }
        return keys.resolve(exchange)
                .flatMap(key -> limiter.isAllowed(LIMITER_ID, key))
                .flatMap(response -> {
                    response.getHeaders().forEach(exchange.getResponse().getHeaders()::set);
                    return response.isAllowed() ? chain.filter(exchange) : tooManyRequests.write(exchange);
                });
    }

    @Override
    public int getOrder() {
        // After Spring Security's chain (-100): the principal is known.
        return 0;
    }
}
