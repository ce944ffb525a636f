package com.merchantanalysis.common.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem details with the platform's type URIs, so that every service and the
 * gateway describe the same kind of error the same way.
 */
public final class ProblemTypes {

    private static final String PREFIX = "urn:merchant-analysis:problem:";

    public static final URI VALIDATION = type("validation-error");
    public static final URI MALFORMED_REQUEST = type("malformed-request");
    public static final URI NOT_FOUND = type("not-found");
    public static final URI UNAUTHORIZED = type("unauthorized");
    public static final URI FORBIDDEN = type("forbidden");
    public static final URI CONFLICT = type("conflict");
    public static final URI INTERNAL = type("internal-error");

    private ProblemTypes() {
    }

    public static URI type(String slug) {
        return URI.create(PREFIX + slug);
    }

    /** A type for any status we have no specific type for, e.g. {@code http-405}. */
    public static URI forStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 409 -> CONFLICT;
            case 500 -> INTERNAL;
            default -> type("http-" + status.value());
        };
    }

    /** The request path as a problem's {@code instance}; null if it is not a valid URI reference. */
    public static URI instance(String rawPath) {
        try {
            return URI.create(rawPath);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static ProblemDetail problem(HttpStatusCode status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    /** The problem as the JSON members RFC 9457 defines, plus its extension members. */
    public static Map<String, Object> body(ProblemDetail problem, String traceId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        if (traceId != null) {
            body.put("traceId", traceId);
        }
        return body;
    }
}
