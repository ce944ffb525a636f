package com.merchantanalysis.common.web;

/**
 * The request cannot be served now but will be shortly (data being migrated, a merchant being written):
 * answered 503 problem+json of the given type with {@code Retry-After}.
 */
public class TemporarilyUnavailableException extends RuntimeException {

    private final String problemType;

    public TemporarilyUnavailableException(String problemType, String message) {
        super(message);
        this.problemType = problemType;
    }

    /** The last part of the problem's {@code type} URI, e.g. {@code merchant-busy}. */
    public String problemType() {
        return problemType;
    }
}
