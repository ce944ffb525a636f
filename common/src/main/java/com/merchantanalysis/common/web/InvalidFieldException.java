package com.merchantanalysis.common.web;

/** A request value that passed its annotations but breaks a rule only the code can check. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
