package com.merchantanalysis.gateway.auth.domain;

/** Unknown user or wrong password; deliberately the same answer for both. */
public class InvalidLoginException extends RuntimeException {

    public InvalidLoginException() {
        super("Unknown user or wrong password");
    }
}
