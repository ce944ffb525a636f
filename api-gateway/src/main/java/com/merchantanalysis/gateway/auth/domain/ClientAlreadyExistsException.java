package com.merchantanalysis.gateway.auth.domain;

public class ClientAlreadyExistsException extends RuntimeException {

    public ClientAlreadyExistsException(String clientId) {
        super("A client with id '" + clientId + "' already exists");
    }
}
