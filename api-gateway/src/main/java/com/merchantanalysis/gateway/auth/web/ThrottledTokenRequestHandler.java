package com.merchantanalysis.gateway.auth.web;

import com.merchantanalysis.gateway.auth.domain.TokenRequestsThrottledException;
import com.merchantanalysis.gateway.web.ReactiveProblemWriter;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/** A locked client id's token request: 429 problem+json with Retry-After. Anything else passes on. */
@Component
@Order(-4)
class ThrottledTokenRequestHandler implements WebExceptionHandler {

    private final ReactiveProblemWriter problems;

    ThrottledTokenRequestHandler(ReactiveProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (!(error instanceof TokenRequestsThrottledException throttled)) {
            return Mono.error(error);
        }
        long seconds = Math.max(1, throttled.retryAfter().toSeconds() + (throttled.retryAfter().toNanosPart() > 0 ? 1 : 0));
        exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(seconds));
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "Too many requests", error.getMessage());
    }
}
