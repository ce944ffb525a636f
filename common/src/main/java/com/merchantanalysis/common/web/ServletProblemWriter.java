package com.merchantanalysis.common.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem+json answer outside Spring MVC's handlers, e.g. from Spring Security's filters,
 * in the same shape the {@link ProblemDetailsAdvice} produces.
 */
public class ServletProblemWriter {

    private final JsonMapper jsonMapper;

    public ServletProblemWriter(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
            String detail) throws IOException {
        ProblemDetail problem = ProblemTypes.problem(status, ProblemTypes.forStatus(status), title, detail);
        problem.setInstance(ProblemTypes.instance(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        jsonMapper.writeValue(response.getOutputStream(), asMap(problem, TraceContextFilter.traceIdOf(request)));
    }

    /** The problem as the JSON members RFC 9457 defines, plus its extension members. */
    public static Map<String, Object> asMap(ProblemDetail problem, String traceId) {
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
