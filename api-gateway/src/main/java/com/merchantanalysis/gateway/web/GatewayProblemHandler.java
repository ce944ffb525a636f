package com.merchantanalysis.gateway.web;

import java.net.ConnectException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeoutException;

import com.merchantanalysis.common.log.ThrottledWarning;
import com.merchantanalysis.common.web.FieldError;
import com.merchantanalysis.common.web.InvalidFieldException;
import com.merchantanalysis.common.web.JsonInputErrors;
import com.merchantanalysis.common.web.NotFoundException;
import com.merchantanalysis.common.web.StoreOutages;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Every error the gateway answers itself — from its controllers, its routes (no instance, refused
 * connection, timeout) or the web layer (404, 405, 413, 415) — as problem+json with a traceId. The auth
 * feature maps its own errors first (auth.web's handlers).
 * Internals (exception classes, hosts, stack traces) stay in the log.
 */
@Component
@Order(-2)
class GatewayProblemHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayProblemHandler.class);
    /** As the services answer a store outage (common's ProblemDetailsAdvice). */
    private static final String STORE_RETRY_AFTER_SECONDS = "5";

    /** A store outage fails every request that reads it: one line per interval, not a trace each. */
    private final ThrottledWarning storeWarning = new ThrottledWarning(log, Duration.ofSeconds(10));

    private final ReactiveProblemWriter problems;

    GatewayProblemHandler(ReactiveProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        HttpStatus badRequest = HttpStatus.BAD_REQUEST;
        if (error instanceof InvalidFieldException invalid) {
            return problems.writeInvalid(exchange, badRequest, List.of(new FieldError(invalid.field(), invalid.getMessage())));
        }
        if (error instanceof WebExchangeBindException bind) {
            return problems.writeInvalid(exchange, badRequest, bind.getFieldErrors().stream()
                    .map(e -> new FieldError(e.getField(), e.getDefaultMessage())).toList());
        }
        if (error instanceof HandlerMethodValidationException validation) {
            return problems.writeInvalid(exchange, badRequest, validation.getParameterValidationResults().stream()
                    .flatMap(r -> r.getResolvableErrors().stream().map(e -> new FieldError(
                            r.getMethodParameter().getParameterName(), e.getDefaultMessage())))
                    .toList());
        }
        if (error instanceof ServerWebInputException input && input.getMethodParameter() != null
                && input.getCause() instanceof TypeMismatchException mismatch) {
            return problems.writeInvalid(exchange, badRequest, List.of(new FieldError(
                    input.getMethodParameter().getParameterName(), mismatchMessage(mismatch.getRequiredType()))));
        }
        if (error instanceof ServerWebInputException input) {
            return problems.writeInvalid(exchange, badRequest, List.of(JsonInputErrors.describe(input)));
        }
        if (error instanceof NotFoundException) {
            return problems.write(exchange, HttpStatus.NOT_FOUND, "Not found", error.getMessage());
        }
        if (error instanceof AccessDeniedException) {
            return problems.write(exchange, HttpStatus.FORBIDDEN, "Forbidden",
                    "Your client's role does not allow this operation");
        }
        if (error instanceof AuthenticationException) {
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "Unauthorized", "A valid bearer token is required");
        }
        if (error instanceof ResponseStatusException status) {
            return statusProblem(exchange, status.getStatusCode(), error);
        }
        if (StoreOutages.explain(error)) {
            storeWarning.warn("The store did not answer for {}: {}", exchange.getRequest().getPath(), error.toString());
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, STORE_RETRY_AFTER_SECONDS);
            return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                    "The data store did not answer in time; retry after the time in Retry-After");
        }
        if (causedBy(error, ConnectException.class)) {
            log.warn("Upstream refused the connection for {}: {}", exchange.getRequest().getPath(), error.toString());
            return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                    "The service behind this route is not reachable; try again shortly");
        }
        if (causedBy(error, TimeoutException.class)) {
            log.warn("Upstream timed out for {}", exchange.getRequest().getPath());
            return problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "Gateway timeout",
                    "The service behind this route did not answer in time");
        }
        log.error("Unhandled error on {}", exchange.getRequest().getPath(), error);
        return problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The request could not be completed; quote the traceId when reporting it");
    }

    /** What a query parameter of the wrong type must be, in the words the hand-written checks used. */
    private static String mismatchMessage(Class<?> required) {
        if (required == LocalDate.class) {
            return "must be a date (yyyy-MM-dd)";
        }
        if (required == Integer.class || required == int.class || required == Long.class || required == long.class) {
            return "must be a whole number";
        }
        return "is not a valid " + (required == null ? "value" : required.getSimpleName());
    }

    private Mono<Void> statusProblem(ServerWebExchange exchange, HttpStatusCode status, Throwable error) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = switch (status.value()) {
            case 404 -> "No route or resource at this path";
            case 405 -> "This method is not allowed here";
            case 413 -> "The request body is larger than allowed";
            case 415 -> "This content type is not supported here";
            case 503 -> "No instance of the service behind this route is available";
            case 504 -> "The service behind this route did not answer in time";
            default -> title;
        };
        if (status.is5xxServerError()) {
            log.warn("{} on {}: {}", status.value(), exchange.getRequest().getPath(), error.toString());
        }
        return problems.write(exchange, status, title, detail);
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
