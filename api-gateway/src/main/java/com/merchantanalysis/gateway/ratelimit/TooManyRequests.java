package com.merchantanalysis.gateway.ratelimit;

import com.merchantanalysis.gateway.web.ReactiveProblemWriter;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The gateway's 429: problem+json and a Retry-After, where the library would send an empty body. */
final class TooManyRequests {

    /** The bucket refills every second; one second is the soonest a retry can succeed. */
    private static final String RETRY_AFTER_SECONDS = "1";

    private final ReactiveProblemWriter problems;

    TooManyRequests(ReactiveProblemWriter problems) {
        this.problems = problems;
    }

    Mono<Void> write(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set("Retry-After", RETRY_AFTER_SECONDS);
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                "This client has used its request budget; retry after the time in Retry-After. The budget is in "
                        + "the X-RateLimit-* headers.");
    }
}
