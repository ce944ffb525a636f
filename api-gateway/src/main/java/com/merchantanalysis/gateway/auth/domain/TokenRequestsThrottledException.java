package com.merchantanalysis.gateway.auth.domain;

import java.time.Duration;

/** Too many failed token requests for one client id; nothing was checked. */
public class TokenRequestsThrottledException extends RuntimeException {

    private final Duration retryAfter;

    public TokenRequestsThrottledException(Duration retryAfter) {
        super("Too many failed token requests for this client; retry after the time in Retry-After");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
