package com.merchantanalysis.gateway.auth.domain;

/** Unknown client or wrong secret: deliberately one answer for both. */
public class InvalidClientException extends RuntimeException {

    public InvalidClientException() {
        super("Unknown client or wrong secret");
    }
}
