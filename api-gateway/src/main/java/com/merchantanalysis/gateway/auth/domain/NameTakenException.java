package com.merchantanalysis.gateway.auth.domain;

/** A user or API client with that name exists already: users and clients share one namespace of token subjects. */
public class NameTakenException extends RuntimeException {

    public NameTakenException(String name) {
        super("A user or client named '" + name + "' already exists");
    }
}
