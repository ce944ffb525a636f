package com.merchantanalysis.gateway.auth.domain;

import java.time.Duration;

/** Too many failed token requests for one client id, or sign-ins for one user; nothing was checked. */
public class TokenRequestsThrottledException extends RuntimeException {

    private final Duration retryAfter;

    public TokenRequestsThrottledException(Duration retryAfter) {
        this(retryAfter, "Too many failed token requests for this client; retry after the time in Retry-After");
    }

    public TokenRequestsThrottledException(Duration retryAfter, String message) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
