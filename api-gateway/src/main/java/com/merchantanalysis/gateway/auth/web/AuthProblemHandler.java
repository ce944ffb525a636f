package com.merchantanalysis.gateway.auth.web;

import com.merchantanalysis.gateway.auth.domain.ClientAlreadyExistsException;
import com.merchantanalysis.gateway.auth.domain.InvalidClientException;
import com.merchantanalysis.gateway.auth.domain.InvalidLoginException;
import com.merchantanalysis.gateway.auth.domain.NameTakenException;
import com.merchantanalysis.gateway.web.ReactiveProblemWriter;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * The auth feature's own errors as problem+json (401 for a bad client or login, 409 for a taken name);
 * anything else passes on to the gateway's general handler, which so needs to know nothing of auth.
 */
@Component
@Order(-3)
class AuthProblemHandler implements WebExceptionHandler {

    private final ReactiveProblemWriter problems;

    AuthProblemHandler(ReactiveProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (error instanceof InvalidClientException) {
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "Invalid client", error.getMessage());
        }
        if (error instanceof InvalidLoginException) {
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "Invalid login", error.getMessage());
        }
        if (error instanceof ClientAlreadyExistsException || error instanceof NameTakenException) {
            return problems.write(exchange, HttpStatus.CONFLICT, "Conflict", error.getMessage());
        }
        return Mono.error(error);
    }
}
