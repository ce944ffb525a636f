package com.merchantanalysis.gateway.ratelimit;

import com.merchantanalysis.gateway.web.ReactiveProblemWriter;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Turns the routes' RequestRateLimiter refusal (raised as an error with {@code throw-on-limit}) into
 * the same 429 problem+json as the gateway's own endpoints; the X-RateLimit-* headers it already set
 * stay. Runs before the general problem handler; anything else passes on to it.
 */
@Component
@Order(-3)
class TooManyRequestsProblemHandler implements WebExceptionHandler {

    private final TooManyRequests tooManyRequests;

    TooManyRequestsProblemHandler(ReactiveProblemWriter problems) {
        this.tooManyRequests = new TooManyRequests(problems);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (error instanceof HttpClientErrorException.TooManyRequests) {
            return tooManyRequests.write(exchange);
        }
        return Mono.error(error);
    }
}
