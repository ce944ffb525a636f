package com.merchantanalysis.common.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every error of a service as RFC 9457 problem+json: the status, a type, a detail that names
 * the offending field, the request path as {@code instance} and the {@code traceId}. Nothing internal
 * (stack traces, class names, queries, hosts) is ever part of the answer.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException exception, WebRequest request) {
        ProblemDetail problem = ProblemTypes.problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found",
                exception.getMessage());
        return createResponseEntity(problem, null, HttpStatus.NOT_FOUND, request);
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> invalidField(InvalidFieldException exception, WebRequest request) {
        return validationProblem(List.of(new FieldError(exception.field(), exception.getMessage())), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException exception, WebRequest request) {
        List<FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return validationProblem(errors, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException exception, WebRequest request) {
        ProblemDetail problem = ProblemTypes.problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
                "Your client's role does not allow this operation");
        return createResponseEntity(problem, null, HttpStatus.FORBIDDEN, request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException exception, WebRequest request) {
        ProblemDetail problem = ProblemTypes.problem(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED,
                "Unauthorized", "A valid bearer token is required");
        return createResponseEntity(problem, null, HttpStatus.UNAUTHORIZED, request);
    }

    @ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class })
    ResponseEntity<Object> storeUnavailable(Exception exception, WebRequest request) {
        log.warn("Data store unavailable on {}: {}", path(request), exception.getMessage());
        ProblemDetail problem = ProblemTypes.problem(HttpStatus.SERVICE_UNAVAILABLE,
                ProblemTypes.type("store-unavailable"), "Service unavailable",
                "The data store is not reachable right now; nothing was changed, try again shortly");
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "5");
        return createResponseEntity(problem, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    @ExceptionHandler(TemporarilyUnavailableException.class)
    ResponseEntity<Object> notReady(TemporarilyUnavailableException exception, WebRequest request) {
        ProblemDetail problem = ProblemTypes.problem(HttpStatus.SERVICE_UNAVAILABLE,
                ProblemTypes.type(exception.problemType()), "Service unavailable", exception.getMessage());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "5");
        return createResponseEntity(problem, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception exception, WebRequest request) {
        if (StoreOutages.explain(exception)) {
            return storeUnavailable(exception, request);
        }
        log.error("Unhandled error on {}", path(request), exception);
        ProblemDetail problem = ProblemTypes.problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL,
                "Internal error", "The request could not be completed; quote the traceId when reporting it");
        return createResponseEntity(problem, null, HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldError(e.getField(), e.getDefaultMessage()))
                .toList();
        return validationProblem(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldError(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return validationProblem(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedBy(exception, PayloadTooLargeException.class)) {
            ProblemDetail problem = ProblemTypes.problem(HttpStatus.PAYLOAD_TOO_LARGE,
                    ProblemTypes.forStatus(HttpStatus.PAYLOAD_TOO_LARGE), "Payload too large",
                    "The request body is larger than allowed");
            return createResponseEntity(problem, null, HttpStatus.PAYLOAD_TOO_LARGE, request);
        }
        FieldError error = JsonInputErrors.describe(exception);
        ProblemDetail problem = ProblemTypes.problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST,
                "Malformed request", error.field() + ": " + error.message());
        problem.setProperty("errors", List.of(error));
        return createResponseEntity(problem, null, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = exception.getPropertyName() == null ? "parameter" : exception.getPropertyName();
        String expected = exception.getRequiredType() == null ? "value"
                : JsonInputErrors.simpleTypeName(exception.getRequiredType());
        return validationProblem(List.of(new FieldError(field, "must be a valid " + expected)), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException exception, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return validationProblem(List.of(new FieldError(exception.getParameterName(), "is required")), request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            enrich(problem, status, request);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private ResponseEntity<Object> validationProblem(List<FieldError> errors, WebRequest request) {
        List<FieldError> sorted = errors.stream().sorted(Comparator.comparing(FieldError::field)).toList();
        String detail = sorted.isEmpty() ? "The request is not valid"
                : sorted.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElseThrow();
        ProblemDetail problem = ProblemTypes.problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION,
                "Invalid request", detail);
        problem.setProperty("errors", sorted);
        return createResponseEntity(problem, null, HttpStatus.BAD_REQUEST, request);
    }

    private static void enrich(ProblemDetail problem, HttpStatusCode status, WebRequest request) {
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(ProblemTypes.forStatus(status));
        }
        String path = path(request);
        if (path != null && problem.getInstance() == null) {
            problem.setInstance(ProblemTypes.instance(path));
        }
        if (request instanceof NativeWebRequest nativeRequest
                && nativeRequest.getNativeRequest() instanceof HttpServletRequest servletRequest) {
            String traceId = TraceContextFilter.traceIdOf(servletRequest);
            if (traceId != null) {
                problem.setProperty("traceId", traceId);
            }
        }
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servletRequest ? servletRequest.getRequest().getRequestURI() : null;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
