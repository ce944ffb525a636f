package com.merchantanalysis.common.security;

/** A token that must not be accepted. The message is safe to show to the caller. */
public class InvalidTokenException extends RuntimeException {

    public InvalidTokenException(String message) {
        super(message);
    }

    public InvalidTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
